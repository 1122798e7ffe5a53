import BeaconCore

/// One Markdown file of `content/bulletins`, `content/cases` or `content/pages`, with its
/// front matter read and checked. The body is still Markdown; rendering comes later.
public struct ContentPage: Sendable, Hashable, Identifiable {
    public let kind: ContentKind
    public let slug: String
    /// The site language named by the file name (`task-rebate.en.md`), or the default language.
    public let language: Language
    /// Path relative to the site folder, as every message names it.
    public let sourcePath: String
    /// Base name shared by a translation pair: `cases/task-rebate`.
    public let translationKey: String

    public var title: String
    /// The page's title in other languages, from a `title: {zh: …, en: …}` mapping: a file
    /// with no translation is listed under this title, marked as in the page's language (SPEC §3).
    public var otherTitles: [String: String] = [:]
    public var date: Day?
    public var summary: String?
    public var fraudType: String?
    public var tags: [String] = []
    public var amount: Int?
    /// `amount: {value: …, approx: true}`: "more than" the figure (余).
    public var amountApprox = false
    public var arrested: Int?
    public var loss: Int?
    public var victim: String?
    public var led: String?
    public var draft = false
    public var publishAt: Day?
    public var translationOf: String?
    public var piiOK: [String] = []
    /// Order of free pages in the menu (lower first); nil pages are not in the menu.
    public var menuWeight: Int?

    /// The Markdown after the front matter.
    public var body: String
    /// 1-based line of the file on which `body` starts, so body problems get true line numbers.
    public var bodyLine: Int
    /// Line of each front-matter key, for messages about a value.
    public var keyLines: [String: Int] = [:]

    public var id: String { "\(kind.folder)/\(slug).\(language)" }

    public init(kind: ContentKind, slug: String, language: Language, sourcePath: String, translationKey: String,
                title: String, body: String, bodyLine: Int) {
        self.kind = kind
        self.slug = slug
        self.language = language
        self.sourcePath = sourcePath
        self.translationKey = translationKey
        self.title = title
        self.body = body
        self.bodyLine = bodyLine
    }

    /// The text of front-matter values a reader sees, with the key each came from; the
    /// personal-data guard scans these as well as the body.
    public var publishedFields: [(key: String, text: String)] {
        var out: [(String, String)] = [("title", title)]
        for (_, t) in otherTitles.sorted(by: { $0.key < $1.key }) { out.append(("title", t)) }
        if let summary { out.append(("summary", summary)) }
        if let victim { out.append(("victim", victim)) }
        if let led { out.append(("led", led)) }
        for t in tags { out.append(("tags", t)) }
        return out
    }
}
