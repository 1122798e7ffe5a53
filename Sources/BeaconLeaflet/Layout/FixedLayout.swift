/// A laid-out block that is not running text (the figures grid, the contact box): its height
/// at the frame's width and how to draw it there.
struct FixedLayout {
    var height: Double
    /// Overrides the block's stretch (an empty row of the figures grid takes none).
    var stretch: Double?
    var draw: (CairoCanvas, _ x: Double, _ y: Double) -> Void

    init(height: Double, stretch: Double? = nil, draw: @escaping (CairoCanvas, _ x: Double, _ y: Double) -> Void) {
        self.height = height
        self.stretch = stretch
        self.draw = draw
    }
}
