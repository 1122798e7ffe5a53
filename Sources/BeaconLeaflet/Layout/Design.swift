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
