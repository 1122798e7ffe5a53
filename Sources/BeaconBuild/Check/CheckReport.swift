import BeaconCore
import Foundation

/// What `beacon check` found: errors (which fail it) and warnings, in report order.
public struct CheckReport: Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sortedForReport() }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// True when nothing would stop a build; warnings do not count.
    public var passed: Bool { errors.isEmpty }

    /// The report for other tools: `{"errors": n, "warnings": n, "problems": [...]}`.
    public func json() -> String {
        struct Problem: Encodable {
            let severity: String
            let file: String?
            let line: Int?
            let column: Int?
            let message: String
            let hint: String?
            let excerpt: String?
        }
        struct Report: Encodable { let errors: Int; let warnings: Int; let problems: [Problem] }
        let report = Report(errors: errors.count, warnings: warnings.count, problems: diagnostics.map {
            Problem(severity: $0.severity.rawValue, file: $0.file, line: $0.line, column: $0.column,
                    message: $0.message, hint: $0.hint, excerpt: $0.excerpt)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self)
    }
}
