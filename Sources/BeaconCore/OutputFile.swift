import Foundation

/// A file a renderer wants written under the output folder.
public struct OutputFile: Sendable {
    /// Path under the output folder, without a leading slash: `led/shop-strip/program.txt`.
    public let path: String
    public let data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }
}
