import CCmark
import Glibc

/// A parsed CommonMark document; owns the cmark tree and frees it.
final class CMarkDocument {
    let root: OpaquePointer

    init(_ markdown: String, options: Int32) {
        root = markdown.withCString { cmark_parse_document($0, strlen($0), options) }
    }

    deinit { cmark_node_free(root) }

    /// Every node in document order, entering each once.
    func nodes() -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        let iter = cmark_iter_new(root)
        defer { cmark_iter_free(iter) }
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE { break }
            if ev == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) { out.append(node) }
        }
        return out
    }

    func html(options: Int32) -> String { Self.take(cmark_render_html(root, options)) }

    /// The whole tree as plain text, one line per block, for the search index.
    /// Walks with cmark's iterator, not recursion: 100 000 nested `>` or `*` must not overflow the stack.
    ///
    /// The bytes are gathered first and the string made once, at its size: every body's text
    /// is kept until the website is made, and a string grown by appending keeps up to twice
    /// the room it needs.
    static func plain(_ node: OpaquePointer) -> String {
        var bytes: [UInt8] = []
        func add(_ c: OpaquePointer) {
            guard let p = cmark_node_get_literal(c) else { return }
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: p, count: strlen(p)))
        }
        walk(node) { c, entering in
            switch type(c) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: if entering { add(c) }
            case CMARK_NODE_CODE_BLOCK: if entering { add(c); bytes.append(0x0A) }
            case CMARK_NODE_SOFTBREAK: if entering { bytes.append(0x20) }
            case CMARK_NODE_LINEBREAK: if entering { bytes.append(0x0A) }
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM: if !entering { bytes.append(0x0A) }
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `visit` for every node below `node` (not `node` itself): on entering each, and on
    /// leaving each node that can have children.
    static func walk(_ node: OpaquePointer, _ visit: (OpaquePointer, _ entering: Bool) -> Void) {
        let iter = cmark_iter_new(node)
        defer { cmark_iter_free(iter) }
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE { break }
            guard let c = cmark_iter_get_node(iter), c != node else { continue }
            visit(c, ev == CMARK_EVENT_ENTER)
        }
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    static func type(_ node: OpaquePointer) -> cmark_node_type { cmark_node_get_type(node) }

    /// Whether the node's literal holds `needle`'s bytes, without making a Swift string of it.
    static func literalContains(_ node: OpaquePointer, _ needle: String) -> Bool {
        guard let p = cmark_node_get_literal(node) else { return false }
        return strstr(p, needle) != nil
    }

    /// Text of a node's inline children, as a reader sees it.
    static func text(_ node: OpaquePointer) -> String {
        var s = ""
        walk(node) { c, entering in
            guard entering else { return }
            switch type(c) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: s += literal(c)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: s += " "
            default: break
            }
        }
        return s
    }

    private static func take(_ p: UnsafeMutablePointer<CChar>?) -> String {
        guard let p else { return "" }
        defer { free(p) }
        return String(cString: p)
    }
}
