import Foundation

/// Output files made only when asked for: the preview server draws a share poster when a
/// browser requests it, so saving a file never waits for posters. Each is made once.
public final class DeferredFiles: Sendable {
    public typealias Maker = @Sendable () throws -> Data
    private let makers: [String: Maker]
    private let made = Locked<[String: Data]>([:])

    /// `makers`: output path (`share/cases/x.zh.png`) → how to make its bytes.
    public init(_ makers: [String: Maker]) { self.makers = makers }

    /// The output paths that can be made.
    public var paths: [String] { makers.keys.sorted() }

    public func contains(_ path: String) -> Bool { makers[path] != nil }

    /// The file's bytes, made on the first call; nil for a path it does not make or a failure.
    public func data(_ path: String) -> Data? {
        if let d = made.update({ $0[path] }) { return d }
        guard let maker = makers[path], let data = try? maker() else { return nil }
        made.update { $0[path] = data }
        return data
    }
}
