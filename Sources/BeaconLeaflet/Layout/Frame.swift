import BeaconCore

/// A rectangle of a page that text flows into. Coordinates are points from the trim's top left.
struct Frame: Sendable {
    enum VerticalAlign: Sendable { case top, centre, bottom }

    /// How messages name it, as a clerk holding the sheet would: "inside right panel",
    /// "left column of the back page" (not "inside page, right panel (97 mm, folds in)").
    var name: Message
    var page: Int
    var rect: Rect
    var sections: [Section]
    var align: VerticalAlign = .top
    /// White text on the brand colour.
    var onDark = false
    /// How the figures grid may use the frame: rows as needed (fewer columns before smaller
    /// type), or one row (a band across an A4 page).
    enum FigureRows: Sendable {
        /// Fewer columns, down to two rows, before the type steps down.
        case many
        /// One row if the figures fit it at nearly full size, else rows as needed (too tall for
        /// the band: the plan with a taller band is taken instead).
        case oneIfLarge
        /// One row, the type as small as it takes.
        case one
    }

    var figureRows: FigureRows = .many
    /// Takes the stock tips only when its other parts print nothing (the A4 back's slogans
    /// frame: tips there under slogans would sit apart from their own heading).
    var tipsOnlyAlone = false
}
