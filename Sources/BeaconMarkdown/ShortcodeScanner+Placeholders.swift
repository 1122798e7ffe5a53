import Foundation

extension ShortcodeScanner {
    static let placeholderPrefix = "BEACONSHORTCODE"

    /// Indices of the placeholders in `text`, in order.
    static func placeholderIndices(in text: String) -> [Int] {
        var out: [Int] = []
        _ = substitute(text) { out.append($0); return nil }
        return out
    }

    /// `text` with every placeholder replaced in one pass (replacing them one by one was
    /// quadratic: a page of thousands of tags took minutes). A placeholder for which `block`
    /// is true and that stands alone in a paragraph (`<p>P</p>`) replaces the paragraph.
    /// `replacement` returning nil leaves the placeholder as it is.
    static func substitute(_ text: String, block: (Int) -> Bool = { _ in false }, _ replacement: (Int) -> String?) -> String {
        guard text.contains(placeholderPrefix) else { return text }
        var out = ""
        var i = text.startIndex
        while let r = text.range(of: placeholderPrefix, range: i..<text.endIndex) {
            var j = r.upperBound
            var n = 0
            var digits = 0
            while j < text.endIndex, digits < 9, let d = text[j].wholeNumberValue, text[j].isASCII {
                n = n * 10 + d
                digits += 1
                j = text.index(after: j)
            }
            guard digits > 0, j < text.endIndex, text[j] == "X", let value = replacement(n) else {
                out += text[i..<r.upperBound]
                i = r.upperBound
                continue
            }
            var before = text[i..<r.lowerBound]
            var next = text.index(after: j)
            if block(n), before.hasSuffix("<p>"), text[next...].hasPrefix("</p>") {
                before = before.dropLast(3)
                next = text.index(next, offsetBy: 4)
            }
            out += before
            out += value
            i = next
        }
        out += text[i...]
        return out
    }
}
