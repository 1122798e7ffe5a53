import Foundation

/// Collects problems from many files, possibly from many threads, so a build reports them
/// all together instead of one per run.
public final class DiagnosticCollector: Sendable {
    private let items = Locked<[Diagnostic]>([])

    public init() {}

    public func add(_ d: Diagnostic) { items.update { $0.append(d) } }
    public func add(contentsOf ds: [Diagnostic]) { items.update { $0.append(contentsOf: ds) } }

    /// Runs `body`, recording a thrown `Diagnostic` or `BuildFailure` instead of propagating it.
    /// Returns nil when it threw.
    @discardableResult
    public func capture<T>(_ body: () throws -> T) -> T? {
        do { return try body() } catch let d as Diagnostic {
            add(d)
        } catch let f as BuildFailure {
            add(contentsOf: f.diagnostics)
        } catch {
            add(.error(nil, "\(error)"))
        }
        return nil
    }

    public var all: [Diagnostic] { items.get() }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    /// Throws a `BuildFailure` carrying everything collected when any of it is an error.
    public func throwIfErrors() throws {
        let snapshot = all
        if snapshot.contains(where: { $0.severity == .error }) { throw BuildFailure(snapshot) }
    }
}
