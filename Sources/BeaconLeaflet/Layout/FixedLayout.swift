/// A laid-out block that is not running text (the figures grid, the contact box): its height
/// at the frame's width and how to draw it there.
struct FixedLayout {
    var height: Double
    var draw: (CairoCanvas, _ x: Double, _ y: Double) -> Void
}
