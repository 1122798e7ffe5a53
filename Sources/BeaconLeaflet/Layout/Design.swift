/// The parts of a leaflet's content; each frame of a design lists the parts it holds.
enum Section: String, Sendable, CaseIterable {
    case cover, tagline, intro, figures, cases, slogans, contact, footer
}

/// A rectangle of a page that text flows into. Coordinates are points from the trim's top left.
struct Frame: Sendable {
    enum VerticalAlign: Sendable { case top, centre, bottom }

    /// How messages name it: "inside right panel (97 mm, folds in)".
    var name: String
    var page: Int
    var rect: Rect
    var sections: [Section]
    var align: VerticalAlign = .top
    /// White text on the brand colour.
    var onDark = false
}

/// A background filled on a page; may run into the bleed.
struct Fill: Sendable {
    var page: Int
    var rect: Rect
    var colour: Colour
}

/// The complete plan of one format: frames in reading order, backgrounds, folds.
struct Design: Sendable {
    var format: LeafletFormat
    var frames: [Frame]
    var fills: [Fill]
    /// Per page, x positions (points from the trim's left) of the folds, for fold marks.
    var folds: [[Double]] = []
    var pageNames: [String]
    var pageCount: Int { pageNames.count }
}
