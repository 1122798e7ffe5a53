/// The complete plan of one format: frames in reading order, backgrounds, folds.
struct Design: Sendable {
    var format: LeafletFormat
    var frames: [Frame]
    var fills: [Fill]
    /// Per page, x positions (points from the trim's left) of the folds, for fold marks.
    var folds: [[Double]] = []
    /// Per page, where a reader's eye runs down one column when the page has no folds (A4's two
    /// columns): x ranges in points. A column left half blank reads as unfinished however full
    /// its neighbour is, so each is measured on its own (SPEC §7: "no blank band taller than a
    /// quarter of a panel").
    var columns: [[ClosedRange<Double>]] = []
    var pageNames: [String]
    var pageCount: Int { pageNames.count }
}
