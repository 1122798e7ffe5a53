/// A background filled on a page; may run into the bleed.
struct Fill: Sendable {
    var page: Int
    var rect: Rect
    var colour: Colour
}
