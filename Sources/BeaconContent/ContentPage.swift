import BeaconCore

/// One Markdown file of `content/bulletins`, `content/cases` or `content/pages`, with its
/// front matter read and checked. The body is still Markdown; rendering comes later.
///
/// A page is shared, not copied: its values live in one object (`Storage`), copied only when a
/// page that is shared is changed. Inline, its twenty-odd strings, arrays and tables were
/// retained and released at every copy — lists, steps and look-ups copy pages all the time —
/// which was some 8% of a build's CPU time, much of it on one core.
public struct ContentPage: Sendable, Hashable, Identifiable {
    public var kind: ContentKind { storage.fields.kind }
    public var slug: String { storage.fields.slug }
    /// The site language named by the file name (`task-rebate.en.md`), or the default language.
    public var language: Language { storage.fields.language }
    /// Path relative to the site folder, as every message names it.
    public var sourcePath: String { storage.fields.sourcePath }
    /// Base name shared by a translation pair: `cases/task-rebate`.
    public var translationKey: String { storage.fields.translationKey }

    public var title: String { get { storage.fields.title } set { change { $0.title = newValue } } }
    /// The page's title in other languages, from a `title: {zh: …, en: …}` mapping: a file
    /// with no translation is listed under this title, marked as in the page's language (SPEC §3).
    public var otherTitles: [String: String] { get { storage.fields.otherTitles } set { change { $0.otherTitles = newValue } } }
    public var date: Day? { get { storage.fields.date } set { change { $0.date = newValue } } }
    public var summary: String? { get { storage.fields.summary } set { change { $0.summary = newValue } } }
    public var fraudType: String? { get { storage.fields.fraudType } set { change { $0.fraudType = newValue } } }
    public var tags: [String] { get { storage.fields.tags } set { change { $0.tags = newValue } } }
    public var amount: Int? { get { storage.fields.amount } set { change { $0.amount = newValue } } }
    /// `amount: {value: …, approx: true}`: "more than" the figure (余).
    public var amountApprox: Bool { get { storage.fields.amountApprox } set { change { $0.amountApprox = newValue } } }
    public var arrested: Int? { get { storage.fields.arrested } set { change { $0.arrested = newValue } } }
    public var loss: Int? { get { storage.fields.loss } set { change { $0.loss = newValue } } }
    public var victim: String? { get { storage.fields.victim } set { change { $0.victim = newValue } } }
    public var led: String? { get { storage.fields.led } set { change { $0.led = newValue } } }
    public var draft: Bool { get { storage.fields.draft } set { change { $0.draft = newValue } } }
    public var publishAt: Day? { get { storage.fields.publishAt } set { change { $0.publishAt = newValue } } }
    public var translationOf: String? { get { storage.fields.translationOf } set { change { $0.translationOf = newValue } } }
    public var piiOK: [String] { get { storage.fields.piiOK } set { change { $0.piiOK = newValue } } }
    /// Order of free pages in the menu (lower first); nil pages are not in the menu.
    public var menuWeight: Int? { get { storage.fields.menuWeight } set { change { $0.menuWeight = newValue } } }

    /// The Markdown after the front matter.
    public var body: String { get { storage.fields.body } set { change { $0.body = newValue } } }
    /// 1-based line of the file on which `body` starts, so body problems get true line numbers.
    public var bodyLine: Int { get { storage.fields.bodyLine } set { change { $0.bodyLine = newValue } } }
    /// Line of each front-matter key, for messages about a value.
    public var keyLines: [String: Int] { get { storage.fields.keyLines } set { change { $0.keyLines = newValue } } }

    /// `cases/task-rebate.en`: made once, with the page (it keys the tables of every step).
    public var id: String { storage.fields.id }

    /// The page's values, compared and hashed as the page.
    private struct Fields: Sendable, Hashable {
        let kind: ContentKind
        let slug: String
        let language: Language
        let sourcePath: String
        let translationKey: String
        let id: String
        var title: String
        var otherTitles: [String: String] = [:]
        var date: Day?
        var summary: String?
        var fraudType: String?
        var tags: [String] = []
        var amount: Int?
        var amountApprox = false
        var arrested: Int?
        var loss: Int?
        var victim: String?
        var led: String?
        var draft = false
        var publishAt: Day?
        var translationOf: String?
        var piiOK: [String] = []
        var menuWeight: Int?
        var body: String
        var bodyLine: Int
        var keyLines: [String: Int] = [:]
    }

    /// A page's values. Changed only through `change`, which first copies them when another
    /// page shares them, so no two pages ever see each other's changes.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    private mutating func change(_ body: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        body(&storage.fields)
    }

    public static func == (a: ContentPage, b: ContentPage) -> Bool { a.storage === b.storage || a.storage.fields == b.storage.fields }
    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

    public init(kind: ContentKind, slug: String, language: Language, sourcePath: String, translationKey: String,
                title: String, body: String, bodyLine: Int) {
        storage = Storage(Fields(kind: kind, slug: slug, language: language, sourcePath: sourcePath, translationKey: translationKey,
                                 id: "\(kind.folder)/\(slug).\(language)", title: title, body: body, bodyLine: bodyLine))
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
