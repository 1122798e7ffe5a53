/// The picture a chat app or browser shows in a page's link preview (`og:image`): a path
/// inside the site (`/share/cases/x.zh.png`) and its size in pixels.
public struct OGImage: Sendable, Hashable {
    public var path: String
    public var width: Int
    public var height: Int

    public init(path: String, width: Int, height: Int) {
        self.path = path
        self.width = width
        self.height = height
    }
}
