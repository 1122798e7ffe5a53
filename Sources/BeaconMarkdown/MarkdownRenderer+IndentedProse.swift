import BeaconCore
import CCmark
import Foundation

extension MarkdownRenderer {
    /// A code block made by indenting (not fenced with ``` or ~~~), at the top level of the
    /// page (not in a list), whose text reads as prose: Chinese, or no character of code.
    static func isIndentedProse(_ node: OpaquePointer, literal: String, lines: [Substring], line: Int) -> Bool {
        guard let parent = cmark_node_parent(node), CMarkDocument.type(parent) == CMARK_NODE_DOCUMENT,
              lines.indices.contains(line - 1) else { return false }
        let first = lines[line - 1].drop { $0 == " " || $0 == "\t" }
        if first.hasPrefix("```") || first.hasPrefix("~~~") { return false }
        let text = literal.trimmingSpacesAndNewlines()
        guard !text.isEmpty else { return false }
        if text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return true }
        let code = Set("{}[]();=<>$\\|`_/#*&%@")
        return !text.contains(where: { code.contains($0) }) && text.contains(" ")
    }

    static func indentedProse(file: String, line: Int, excerpt: String) -> Diagnostic {
        var d = Diagnostic.warning(file, line: line, column: 1,
                                   "This paragraph starts with 4 or more spaces, so it will show as a code box, not as text.",
                                   hint: "Remove the spaces at the start of its lines. To show code on purpose, put it between two lines of ```.")
        d.excerpt = excerpt
        return d
    }
}
