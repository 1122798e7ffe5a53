/// The three kinds of Markdown content, each in its own folder under `content/`.
public enum ContentKind: String, Sendable, CaseIterable, Hashable {
    case bulletin
    case `case`
    case page

    /// Folder under `content/`, also the URL section for bulletins and cases.
    public var folder: String {
        switch self {
        case .bulletin: return "bulletins"
        case .case: return "cases"
        case .page: return "pages"
        }
    }

    public init?(folder: String) {
        guard let k = ContentKind.allCases.first(where: { $0.folder == folder }) else { return nil }
        self = k
    }

    /// Front-matter keys this kind accepts (SPEC §3).
    public var knownKeys: [String] {
        let common = ["title", "date", "summary", "tags", "draft", "publish_at", "translation_of", "pii_ok", "slug"]
        switch self {
        case .bulletin: return common + ["fraud_type", "amount", "arrested", "led"]
        case .case: return common + ["fraud_type", "loss", "victim", "led"]
        case .page: return common + ["menu", "weight"]
        }
    }

    public var requiredKeys: [String] {
        switch self {
        case .bulletin: return ["title", "date"]
        case .case: return ["title", "date", "fraud_type"]
        case .page: return ["title"]
        }
    }
}
