/// One piece of a section's content, not yet set at a width.
struct BlockSpec {
    enum Kind {
        /// Running text; may continue in the next frame when `splittable`.
        case text(String, TextStyle)
        /// Drawn by a closure once the frame's width and colours are known.
        case fixed((_ width: Double, _ frame: Frame, _ engine: TextEngine) -> FixedLayout)
    }

    var kind: Kind
    var spaceBefore = 0.0
    /// Headings stay with the first lines of what follows.
    var keepWithNext = false
    /// Start in a new frame when the section has one left (each case on its own panel).
    var breakBefore = false
    var splittable = true
    /// The case (index in the leaflet) the block belongs to, to name it when it does not fit.
    var owner: Int?
    /// Blocks with the same value stay on one frame (the police advice box).
    var keepTogether: Int?
    /// Blocks with the same value stay on one side of the sheet when they are short enough to
    /// (a short case is not parted between the front and the back): the run moves whole to the
    /// next side rather than start where the rest of this side cannot hold it.
    var keepOnSide: Int?
    /// The section's heading (its first block) is set again where the run goes on overleaf: the
    /// stock tips continued on the back with their heading left on the front read as stray points.
    var headedOnEachSide = false
    /// How much of a panel's spare height goes before this block when the panel is spread.
    var stretch = 1.0
    /// Set this much narrower than its frame and this much in from its left edge, in points (a
    /// list item continued in the next frame keeps its hang; a quoted passage is set in).
    var inset = 0.0

    static func text(_ s: String, _ style: TextStyle, space: Double = 0, keep: Bool = false, split: Bool = true) -> BlockSpec {
        BlockSpec(kind: .text(s, style), spaceBefore: space, keepWithNext: keep, splittable: split)
    }
}
