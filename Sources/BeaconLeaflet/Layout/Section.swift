/// The parts of a leaflet's content; each frame of a design lists the parts it holds.
enum Section: String, Sendable, CaseIterable {
    case cover, tagline, intro, figures, cases, slogans, footer
    /// Stock advice from the theme (`leaflet.tips`): only the designs for little content use
    /// it, as many tips as fit, so short content fills its panels without a blank band.
    case tips
    /// Hotlines, office and date with the QR code; `hotlines` is the same without it, `qr` the code alone.
    case contact, hotlines, qr
}
