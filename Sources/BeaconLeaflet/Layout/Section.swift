/// The parts of a leaflet's content; each frame of a design lists the parts it holds.
enum Section: String, Sendable, CaseIterable {
    case cover, tagline, intro, figures, cases, slogans, contact, footer
}
