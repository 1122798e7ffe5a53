import BeaconCore

/// One bilingual slogan of `content/slogans.yaml`, shared by the site, LED boards and leaflets.
public struct Slogan: Sendable, Hashable {
    public let text: Localized
    /// 0-based position in the file; leaflets select slogans by it.
    public let index: Int
    public let line: Int?

    public static let path = "content/slogans.yaml"

    /// Reads the list of `{zh: …, en: …}` pairs; a missing file means no slogans.
    public static func load(_ source: SourceText, languages: [String]) throws -> [Slogan] {
        let root = try YAMLDocument.parse(source.text, file: source.path)
        let problems = DiagnosticCollector()
        var out: [Slogan] = []
        guard let items = problems.capture({ try root.items() }) else { try problems.throwIfErrors(); return [] }
        for (i, item) in items.enumerated() {
            guard let text = problems.capture({ try Localized.read(item, what: ("slogan \(i + 1)" as Message).description, languages: languages) }) else { continue }
            out.append(Slogan(text: text, index: i, line: item.line))
        }
        try problems.throwIfErrors()
        return out
    }
}
