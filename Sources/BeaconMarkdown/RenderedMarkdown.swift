/// A Markdown body turned into what pages, feeds, search and checks need.
public struct RenderedMarkdown: Sendable, Hashable {
    public struct Heading: Sendable, Hashable {
        public let level: Int
        public let text: String
        /// The `id` given to the heading, the target of `#anchor` links.
        public let id: String
    }

    /// A link between content files, kept for `beacon check` (anchors, reachability).
    public struct InternalLink: Sendable, Hashable {
        /// `cases/task-rebate.md`, as written after `@/`.
        public let target: String
        public let fragment: String?
        public let line: Int
    }

    public var html: String
    /// The body as plain text, for the search index.
    public var plainText: String
    /// The first paragraph as plain text, the summary when front matter gives none.
    public var firstParagraph: String
    public var headings: [Heading]
    public var internalLinks: [InternalLink]
    /// Image and file paths referenced that are not web addresses, for `beacon check`.
    public var localReferences: [InternalLink]
    /// Links written as a path into the site (`/cases/x/`), as written, for the build to check
    /// that a page is there (SPEC §10).
    public var pathLinks: [InternalLink] = []
    /// The body's blocks with their inline runs, from the same parse as `html`, each shortcode
    /// as its plain words: what the leaflets print of a case. Empty unless asked for
    /// (`MarkdownRenderer.render(…, withBlocks: true)`; the build asks for cases).
    public var blocks: [MarkdownBlock] = []

    public init(html: String, plainText: String, firstParagraph: String, headings: [Heading],
                internalLinks: [InternalLink], localReferences: [InternalLink], pathLinks: [InternalLink] = [],
                blocks: [MarkdownBlock] = []) {
        self.html = html
        self.plainText = plainText
        self.firstParagraph = firstParagraph
        self.headings = headings
        self.internalLinks = internalLinks
        self.localReferences = localReferences
        self.pathLinks = pathLinks
        self.blocks = blocks
    }
}
