import CCmark

/// A run of inline text with the emphasis the Markdown gave it.
public struct MarkdownRun: Sendable, Hashable {
    public var text: String
    /// `**bold**`.
    public var strong = false
    /// `*emphasis*`.
    public var emphasis = false
    /// `` `code` ``.
    public var code = false
    /// The link's destination as written (`@/cases/x.md`, `https://…`), when the run is link text.
    public var link: String?

    public init(text: String, strong: Bool = false, emphasis: Bool = false, code: Bool = false, link: String? = nil) {
        self.text = text
        self.strong = strong
        self.emphasis = emphasis
        self.code = code
        self.link = link
    }
}

/// One block of a Markdown body as print needs it: a heading, a paragraph or a list item, with
/// its inline runs. Nested blocks (list items, quotes) come out flat, in document order.
public struct MarkdownBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case heading(level: Int)
        case paragraph
        /// The first paragraph of a list item: `marker` is `1.` for an ordered list, empty for a
        /// bullet list (the medium chooses its bullet); `depth` counts from 1.
        case item(marker: String, depth: Int)
        /// Something the website shows that text on paper cannot carry (no runs): print says
        /// so, naming the line, rather than leave it out without a word.
        case omitted(Omission)
    }

    /// What a printed text leaves out.
    public enum Omission: String, Sendable, Hashable {
        case image, table, code, html
    }

    public var kind: Kind
    public var runs: [MarkdownRun]
    /// Inside a list item but not its first paragraph, or inside a quote: how deep, from 0.
    public var indent = 0
    /// The line of the source file the block starts on (0: not known).
    public var line = 0
    /// Inside a block quote (`> …`: someone's own words, set apart on paper as on screen).
    public var quoted = false

    public init(kind: Kind, runs: [MarkdownRun], indent: Int = 0, line: Int = 0) {
        self.kind = kind
        self.runs = runs
        self.indent = indent
        self.line = line
    }

    /// The words a reader sees.
    public var text: String { runs.map(\.text).joined() }
}

extension MarkdownBlock {
    /// The blocks of a parsed body, read from the same libcmark tree the website's HTML comes
    /// from (no space between Chinese lines), before its links are resolved. Raw HTML, images,
    /// code blocks and pipe tables come out as `.omitted` blocks. Shortcodes are still
    /// placeholders: `MarkdownRenderer` puts in each one's words once it has them
    /// (`substituting`). `lineOffset`: the file line before the body's first.
    static func blocks(of doc: CMarkDocument, lineOffset: Int = 0) -> [MarkdownBlock] {
        var out: [MarkdownBlock] = []
        var runs: [MarkdownRun] = []
        var strong = 0, emphasis = 0
        var links: [String] = []
        // Open lists: ordered?, next number; and whether the current item has had its first paragraph.
        var lists: [(ordered: Bool, next: Int)] = []
        var itemStarted: [Bool] = []
        var quotes = 0
        var skipping = 0 // inside an image: its alt text is not printed
        var line = 0 // the file line of the block being read

        func add(_ s: String, code: Bool = false) {
            guard skipping == 0, !s.isEmpty else { return }
            let run = MarkdownRun(text: s, strong: strong > 0, emphasis: emphasis > 0, code: code, link: links.last)
            if var last = runs.last, last.strong == run.strong, last.emphasis == run.emphasis, last.code == run.code, last.link == run.link {
                last.text += s
                runs[runs.count - 1] = last
            } else {
                runs.append(run)
            }
        }
        func finish(_ kind: MarkdownBlock.Kind, indent: Int) {
            while let last = runs.last, last.text.allSatisfy(\.isWhitespace) { runs.removeLast() }
            // A pipe table (`| a | b |`) is a paragraph to libcmark, and rows of bars on paper.
            let text = runs.map(\.text).joined()
            if case .paragraph = kind, text.hasPrefix("|"), text.filter({ $0 == "|" }).count >= 3 {
                out.append(MarkdownBlock(kind: .omitted(.table), runs: [], indent: indent, line: line))
            } else if !runs.isEmpty {
                var block = MarkdownBlock(kind: kind, runs: runs, indent: indent, line: line)
                block.quoted = quotes > 0
                out.append(block)
            }
            runs = []
        }
        func omit(_ what: MarkdownBlock.Omission, _ node: OpaquePointer?) {
            let start = Int(cmark_node_get_start_line(node))
            out.append(MarkdownBlock(kind: .omitted(what), runs: [], line: start > 0 ? start + lineOffset : line))
        }

        CMarkDocument.walk(doc.root) { node, entering in
            let type = CMarkDocument.type(node)
            if entering, [CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING].contains(type) {
                line = Int(cmark_node_get_start_line(node)) + lineOffset
            }
            switch type {
            case CMARK_NODE_TEXT: if entering { add(CMarkDocument.literal(node)) }
            case CMARK_NODE_CODE: if entering { add(CMarkDocument.literal(node), code: true) }
            case CMARK_NODE_SOFTBREAK: if entering { add(" ") }
            case CMARK_NODE_LINEBREAK: if entering { add("\u{2028}") }
            case CMARK_NODE_STRONG: strong += entering ? 1 : -1
            case CMARK_NODE_EMPH: emphasis += entering ? 1 : -1
            case CMARK_NODE_IMAGE:
                skipping += entering ? 1 : -1
                if entering { omit(.image, node) }
            case CMARK_NODE_CODE_BLOCK: if entering { omit(.code, node) }
            case CMARK_NODE_HTML_BLOCK: if entering { omit(.html, node) }
            case CMARK_NODE_LINK:
                if entering { links.append(cmark_node_get_url(node).map { String(cString: $0) } ?? "") } else { links.removeLast() }
            case CMARK_NODE_BLOCK_QUOTE: quotes += entering ? 1 : -1
            case CMARK_NODE_LIST:
                if entering {
                    lists.append((cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, Int(cmark_node_get_list_start(node))))
                } else {
                    lists.removeLast()
                }
            case CMARK_NODE_ITEM:
                if entering { itemStarted.append(false) } else { itemStarted.removeLast() }
            case CMARK_NODE_HEADING:
                if !entering { finish(.heading(level: Int(cmark_node_get_heading_level(node))), indent: 0) }
            case CMARK_NODE_PARAGRAPH:
                guard !entering else { return }
                if let started = itemStarted.last, !started, var list = lists.last {
                    let marker = list.ordered ? "\(list.next)." : ""
                    list.next += 1
                    lists[lists.count - 1] = list
                    itemStarted[itemStarted.count - 1] = true
                    finish(.item(marker: marker, depth: lists.count), indent: lists.count - 1 + quotes)
                } else {
                    finish(.paragraph, indent: lists.count + quotes)
                }
            default: break
            }
        }
        return out
    }

    /// The block with every shortcode placeholder in its runs replaced by `value(index, inCode)`
    /// (nil: left as it is), runs left empty dropped and blank ones at the end trimmed, as
    /// `blocks(of:)` does; nil when no words are left.
    func substituting(_ value: (Int, _ inCode: Bool) -> String?) -> MarkdownBlock? {
        if case .omitted = kind { return self }
        var b = self
        b.runs = []
        for run in runs {
            var r = run
            r.text = ShortcodeScanner.substitute(run.text) { value($0, run.code) }
            guard !r.text.isEmpty else { continue }
            if var last = b.runs.last, last.strong == r.strong, last.emphasis == r.emphasis, last.code == r.code, last.link == r.link {
                last.text += r.text
                b.runs[b.runs.count - 1] = last
            } else {
                b.runs.append(r)
            }
        }
        while let last = b.runs.last, last.text.allSatisfy(\.isWhitespace) { b.runs.removeLast() }
        return b.runs.isEmpty ? nil : b
    }
}
