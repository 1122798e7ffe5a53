import CCmark

/// A line break inside a Chinese paragraph must not become a space between two hanzi
/// (browsers render the newline as a space). Removes soft breaks between CJK characters,
/// as Goldmark's East Asian line-break option does.
enum CJKSoftBreaks {
    static func remove(in doc: CMarkDocument) {
        for node in doc.nodes() where CMarkDocument.type(node) == CMARK_NODE_SOFTBREAK {
            guard let prev = cmark_node_previous(node), let next = cmark_node_next(node),
                  CMarkDocument.type(prev) == CMARK_NODE_TEXT, CMarkDocument.type(next) == CMARK_NODE_TEXT,
                  let a = CMarkDocument.literal(prev).unicodeScalars.last,
                  let b = CMarkDocument.literal(next).unicodeScalars.first,
                  isWide(a), isWide(b) else { continue }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFD: return true
        default: return false
        }
    }
}
