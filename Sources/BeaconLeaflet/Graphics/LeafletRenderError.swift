/// A failure of the drawing libraries themselves (not a mistake in the user's files).
struct LeafletRenderError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
