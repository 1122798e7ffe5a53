import Foundation
import BeaconMarkdown

/// A paragraph as a leaflet prints it: the words, the stretches set bold, and for a list item
/// the marker (`1. `, `• `) that hangs in the margin of its wrapped lines.
struct PrintParagraph: Sendable, Equatable {
    var text: String
    /// UTF-8 byte ranges of `text` set bold (`**…**` in the Markdown).
    var bold: [Range<Int>] = []
    /// The list marker `text` starts with, or nil for a plain paragraph.
    var marker: String?
    /// From a block quote (`> …`, what a scammer or a victim said): set apart from the story.
    var quoted = false

    init(_ text: String, bold: [Range<Int>] = [], marker: String? = nil) {
        self.text = text
        self.bold = bold
        self.marker = marker
    }

    /// A Markdown block's runs: strong runs bold, link text as its words (paper cannot follow a
    /// link), a list item led by its number or by `bullet`.
    init(_ block: MarkdownBlock, bullet: String) {
        var text = ""
        var bold: [Range<Int>] = []
        var marker: String?
        if case .item(let number, _) = block.kind {
            marker = number.isEmpty ? bullet : number + " "
            text = marker ?? ""
        }
        for run in block.runs {
            let start = text.utf8.count
            text += run.text
            if run.strong { bold.append(start..<text.utf8.count) }
        }
        // Leading and trailing blanks (a quote's indentation) are not printed.
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.utf8.count != text.utf8.count, let lead = text.utf8.firstIndex(where: { $0 != 0x20 }) {
            let shift = text.utf8.distance(from: text.utf8.startIndex, to: lead)
            bold = bold.compactMap { r in
                let lo = max(0, r.lowerBound - shift), hi = min(trimmed.utf8.count, r.upperBound - shift)
                return lo < hi ? lo..<hi : nil
            }
        }
        self.text = trimmed
        self.bold = bold
        self.marker = marker
        quoted = block.quoted
    }
}
