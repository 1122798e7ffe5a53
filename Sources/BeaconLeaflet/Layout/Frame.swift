import BeaconCore

/// A rectangle of a page that text flows into. Coordinates are points from the trim's top left.
struct Frame: Sendable {
    enum VerticalAlign: Sendable { case top, centre, bottom }

    /// How messages name it: "inside right panel (97 mm, folds in)".
    var name: Message
    var page: Int
    var rect: Rect
    var sections: [Section]
    var align: VerticalAlign = .top
    /// White text on the brand colour.
    var onDark = false
}
