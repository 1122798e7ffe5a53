import BeaconCore
import CCmark
import Foundation

/// Renders a page's Markdown body with libcmark: raw HTML dropped unless the site allows it,
/// `@/` links resolved per language, shortcodes expanded (literal inside code), heading ids,
/// no stray spaces between Chinese lines.
public struct MarkdownRenderer: Sendable {
    /// Resolves `@/cases/x.md` for a page in a language to a URL; throws a `Diagnostic`
    /// (file and line are added by the renderer). May return a warning (e.g. fell back to
    /// the other language).
    public typealias LinkResolver = @Sendable (_ target: String, _ fragment: String?, _ language: Language) throws -> (url: String, warning: Diagnostic?)

    public var unsafeHTML: Bool
    /// `base_url`'s path, prefixed to root-relative links such as `/cases/`.
    public var basePath: String
    public var resolveLink: LinkResolver
    public var shortcodes: ShortcodeHandler?

    public init(unsafeHTML: Bool, basePath: String, resolveLink: @escaping LinkResolver, shortcodes: ShortcodeHandler?) {
        self.unsafeHTML = unsafeHTML
        self.basePath = basePath
        self.resolveLink = resolveLink
        self.shortcodes = shortcodes
    }

    /// Renders `markdown`, which starts on line `firstLine` of `file`. Problems are returned
    /// with true file lines; the result is usable even when there are some.
    /// `date` is the page's date, for the figures its shortcodes quote. `withBlocks`: also read
    /// the tree's blocks for print (`RenderedMarkdown.blocks`; the build asks for them for cases,
    /// the only pages the leaflets print, so other pages cost no extra time or memory).
    public func render(_ markdown: String, file: String, firstLine: Int, language: Language, date: Day? = nil,
                       withBlocks: Bool = false) -> (RenderedMarkdown, [Diagnostic]) {
        var problems: [Diagnostic] = []
        let lineOffset = firstLine - 1
        let (text, found, scanProblems) = ShortcodeScanner.scan(markdown)
        problems += scanProblems.map { $0.offset(lines: lineOffset, file: file) }

        let options = CMARK_OPT_VALIDATE_UTF8 | (unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
        let marked = CJKEmphasis.prepare(text)
        let doc = CMarkDocument(marked ?? text, options: options)
        if marked != nil { CJKEmphasis.strip(in: doc) }
        CJKSoftBreaks.remove(in: doc)
        // The blocks print needs, read before links are resolved; shortcodes are put in below.
        var blocks = withBlocks ? MarkdownBlock.blocks(of: doc, lineOffset: lineOffset) : []
        // Split into lines only for a page with links (to place their problems). By bytes, as the
        // split by characters (grapheme breaking over the whole text) was a tenth of the build.
        lazy var sourceLines = PlainText.lines(markdown)

        var literalPlaceholders = Set<Int>()
        var headings: [RenderedMarkdown.Heading] = []
        var takenIDs = Set<String>()
        var internalLinks: [RenderedMarkdown.InternalLink] = []
        var localRefs: [RenderedMarkdown.InternalLink] = []
        var pathLinks: [RenderedMarkdown.InternalLink] = []
        var firstParagraph: String?
        var blockLine = 1
        var searched: [String: Int] = [:]
        var literalAsterisksWarned = Set<Int>()
        var proseBlocks: [Int] = []
        var hasParagraph = false

        for node in doc.nodes() {
            let type = CMarkDocument.type(node)
            let start = Int(cmark_node_get_start_line(node))
            if start > 0 { blockLine = start }
            switch type {
            case CMARK_NODE_TEXT:
                // Emphasis that still does not open or close (`**注意！**96110`) would show its asterisks.
                // (No `**` in the bytes: none for Foundation either, `*` has no other equal form.)
                if CMarkDocument.literalContains(node, "**"), CMarkDocument.literal(node).contains("**"),
                   !literalAsterisksWarned.contains(blockLine) {
                    literalAsterisksWarned.insert(blockLine)
                    let at = (blockLine - 1..<min(sourceLines.count, blockLine + 200)).first { sourceLines[$0].contains("**") }
                    if let at, !sourceLines[at].contains("\\*") {
                        problems.append(CJKEmphasis.literalAsterisks(file: file, line: at + 1 + lineOffset, excerpt: String(sourceLines[at])))
                    }
                }
            case CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                let lit = CMarkDocument.literal(node)
                if type == CMARK_NODE_CODE_BLOCK, start > 0, Self.isIndentedProse(node, literal: lit, lines: sourceLines, line: start) {
                    proseBlocks.append(start)
                }
                for index in ShortcodeScanner.placeholderIndices(in: lit) where index < found.count { literalPlaceholders.insert(index) }
            case CMARK_NODE_HEADING:
                let t = CMarkDocument.text(node)
                headings.append(.init(level: Int(cmark_node_get_heading_level(node)), text: t, id: HeadingID.make(t, taken: &takenIDs)))
            case CMARK_NODE_PARAGRAPH where firstParagraph == nil:
                hasParagraph = true
                if cmark_node_parent(node).map({ CMarkDocument.type($0) == CMARK_NODE_DOCUMENT }) ?? false {
                    firstParagraph = CMarkDocument.text(node)
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard let raw = cmark_node_get_url(node).map({ String(cString: $0) }) else { break }
                let line = Self.line(of: raw, in: sourceLines, from: blockLine, searched: &searched) + lineOffset
                let contentFile = Self.contentFile(raw, from: file)
                if raw.hasPrefix("@/") || contentFile != nil {
                    let rest = contentFile ?? String(raw.dropFirst(2))
                    let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                    let target = String(parts[0])
                    let fragment = parts.count > 1 ? String(parts[1]) : nil
                    internalLinks.append(.init(target: target, fragment: fragment, line: line))
                    do {
                        let (url, warning) = try resolveLink(target, fragment, language)
                        if let warning { problems.append(Self.place(warning, file: file, line: line)) }
                        cmark_node_set_url(node, url + (fragment.map { "#\($0)" } ?? ""))
                    } catch let d as Diagnostic {
                        problems.append(Self.place(d, file: file, line: line))
                    } catch {
                        problems.append(.error(file, line: line, "The link `\(raw)` cannot be resolved: \(error)"))
                    }
                } else if raw.hasPrefix("/") && !raw.hasPrefix("//") {
                    pathLinks.append(.init(target: raw, fragment: nil, line: line))
                    cmark_node_set_url(node, basePath + raw)
                } else if !raw.contains(":") && !raw.hasPrefix("#") && !raw.isEmpty {
                    localRefs.append(.init(target: raw, fragment: nil, line: line))
                }
            default:
                break
            }
        }

        // Text indented by 4 spaces (a Word habit) among prose shows as a code box.
        if hasParagraph {
            for line in proseBlocks {
                problems.append(Self.indentedProse(file: file, line: line + lineOffset, excerpt: String(sourceLines[line - 1])))
            }
        }
        var html = doc.html(options: options)
        html = Self.addHeadingIDs(html, headings)
        var plain = CMarkDocument.plain(doc.root)
        var summary = firstParagraph ?? ""
        var outputs: [Int: ShortcodeOutput] = [:]
        for (index, f) in found.enumerated() where !literalPlaceholders.contains(index) {
            let sc = f.shortcode
            var output = ShortcodeOutput(html: "", plain: "", isBlock: false)
            if f.mistyped {
                problems.append(Self.mistyped(sc, file: file, line: sc.line + lineOffset, excerpt: markdown.line(sc.line)))
                outputs[index] = ShortcodeOutput(html: HTML.escape(sc.source), plain: sc.source, isBlock: false)
                continue
            }
            do {
                guard let shortcodes else {
                    throw Diagnostic.error(nil, "The shortcode `\(sc.source)` cannot be used: this site has no statistics files.",
                                           hint: "Add a statistics file under content/stats/, or remove the shortcode.")
                }
                output = try shortcodes(sc, language, date)
            } catch let d as Diagnostic {
                var d = d
                d.file = d.file ?? file
                d.line = d.line ?? (sc.line + lineOffset)
                d.column = d.column ?? sc.column
                d.excerpt = d.excerpt ?? markdown.line(sc.line)
                problems.append(d)
            } catch {
                problems.append(.error(file, line: sc.line + lineOffset, column: sc.column, "\(error)"))
            }
            outputs[index] = output
        }
        func value(_ index: Int, html: Bool) -> String? {
            guard index < found.count else { return nil }
            if literalPlaceholders.contains(index) {
                let source = found[index].shortcode.source
                return html ? HTML.escape(source) : source
            }
            return outputs[index].map { html ? $0.html : $0.plain }
        }
        if !found.isEmpty {
            html = ShortcodeScanner.substitute(html, block: { outputs[$0]?.isBlock == true }) { value($0, html: true) }
            plain = ShortcodeScanner.substitute(plain) { value($0, html: false) }
            summary = ShortcodeScanner.substitute(summary) { value($0, html: false) }
            blocks = blocks.compactMap { $0.substituting { index, inCode in
                inCode && index < found.count ? found[index].shortcode.source : value(index, html: false)
            } }
        }
        let rendered = RenderedMarkdown(html: html, plainText: plain, firstParagraph: summary.trimmingSpacesAndNewlines(),
                                        headings: headings, internalLinks: internalLinks, localReferences: localRefs,
                                        pathLinks: pathLinks, blocks: blocks)
        return (rendered, problems)
    }

    /// A relative link to a Markdown file (`../cases/x.zh.md#advice`, `x.md`), as editors write
    /// them, as the path under content/ that an `@/` link would name (`cases/x.zh.md#advice`):
    /// such a link is resolved like `@/`, never published as a link to a `.md` file (SPEC §10).
    static func contentFile(_ raw: String, from file: String) -> String? {
        guard !raw.hasPrefix("@/"), !raw.hasPrefix("/"), !raw.hasPrefix("#"), !raw.contains(":") else { return nil }
        let parts = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts[0].split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard path.lowercased().hasSuffix(".md"), file.hasPrefix("content/") else { return nil }
        var folders = file.dropFirst("content/".count).split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if folders.popLast() == nil { return nil }
            default: folders.append(String(part))
            }
        }
        let joined = (folders.map { $0.removingPercentEncoding ?? $0 }).joined(separator: "/")
        return parts.count > 1 ? "\(joined)#\(parts[1])" : joined
    }

    /// Finds the source line of a link target, starting at its block's line; each further
    /// search for the same target continues after the last hit.
    static func line(of target: String, in lines: [Substring], from blockLine: Int, searched: inout [String: Int]) -> Int {
        let start = max(blockLine, (searched[target] ?? 0) + 1)
        let plainTarget = PlainText.isPlain(target)
        if start <= lines.count {
            for i in start...lines.count
            where PlainText.contains(lines[i - 1], target, plainLine: PlainText.isPlain(lines[i - 1]), plainSentence: plainTarget) {
                searched[target] = i
                return i
            }
        }
        return blockLine
    }

    static func place(_ d: Diagnostic, file: String, line: Int) -> Diagnostic {
        var d = d
        d.file = d.file ?? file
        d.line = d.line ?? line
        return d
    }

    /// cmark writes `<h2>`; give each heading its id, in document order.
    /// `text.range(of: tag)` for an ASCII tag, found by bytes: Foundation's search was a fifth
    /// of rendering Markdown. Where the tag's last character joins what follows into one
    /// character (a combining mark after `>`), Foundation decides, as before.
    static func range(of tag: String, in text: Substring) -> Range<Substring.Index>? {
        // `memchr` for the `<` (`ByteSearch`): a byte at a time was most of adding the ids.
        let bytes = Array(tag.utf8)
        guard let found = text.utf8.withContiguousStorageIfAvailable({ buf in
            bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: buf) }
        }) else { return text.range(of: tag) }
        guard let offset = found else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let end = text.utf8.index(start, offsetBy: bytes.count)
        if let next = text[end...].unicodeScalars.first, next.value >= 0x300,
           next.properties.isGraphemeExtend || next.value == 0x200D
            || [.nonspacingMark, .spacingMark, .enclosingMark].contains(next.properties.generalCategory) {
            return text.range(of: tag)
        }
        return start..<end
    }

    /// The page's HTML is kept until the website is written, so the result is given exactly the
    /// room it needs (` id="…"` per heading): with 16 bytes a heading, a Chinese heading's id
    /// overflowed it and the string doubled, holding up to twice each page's HTML.
    static func addHeadingIDs(_ html: String, _ headings: [RenderedMarkdown.Heading]) -> String {
        guard !headings.isEmpty else { return html }
        let ids = headings.map { HTML.escape($0.id) }
        var out = ""
        out.reserveCapacity(html.utf8.count + ids.reduce(0) { $0 + " id=\"\"".utf8.count + $1.utf8.count })
        var rest = html[...]
        for (h, id) in zip(headings, ids) {
            let tag = "<h\(h.level)>"
            guard let r = Self.range(of: tag, in: rest) else { break }
            out += rest[..<r.lowerBound]
            out += "<h\(h.level) id=\"\(id)\">"
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}
