/// The parts of a leaflet's content; each frame of a design lists the parts it holds.
enum Section: String, Sendable, CaseIterable {
    case cover, tagline, intro, figures, cases, slogans, footer
    /// Hotlines, office and date with the QR code; `hotlines` is the same without it, `qr` the code alone.
    case contact, hotlines, qr
}
