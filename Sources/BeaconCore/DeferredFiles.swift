import Foundation

/// Output files made only when asked for: the preview server draws a share poster when a
/// browser requests it, so saving a file never waits for posters. Each is made once.
public final class DeferredFiles: @unchecked Sendable {
    public typealias Maker = @Sendable () throws -> Data
    private let makers: [String: Maker]
    private let lock = NSLock()
    private var made: [String: Data] = [:]

    /// `makers`: output path (`share/cases/x.zh.png`) → how to make its bytes.
    public init(_ makers: [String: Maker]) { self.makers = makers }

    /// The output paths that can be made.
    public var paths: [String] { makers.keys.sorted() }

    public func contains(_ path: String) -> Bool { makers[path] != nil }

    /// The file's bytes, made on the first call; nil for a path it does not make or a failure.
    public func data(_ path: String) -> Data? {
        lock.lock()
        if let d = made[path] { lock.unlock(); return d }
        lock.unlock()
        guard let maker = makers[path], let data = try? maker() else { return nil }
        lock.lock()
        made[path] = data
        lock.unlock()
        return data
    }
}
