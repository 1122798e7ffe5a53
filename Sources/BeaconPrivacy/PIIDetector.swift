import Foundation

/// Runs every personal-data detector over one text. Pure: no files, no configuration.
public enum PIIDetector {
    /// Findings in text order. `fieldIsName`: the whole text is a name field (front matter
    /// `victim:`), so a name at its very start counts.
    public static func scan(_ text: String, fieldIsName: Bool = false) -> [PIIFinding] {
        // Numbers start at a digit and names follow a trigger word (被害人, victim, suspect…):
        // a text with neither, as most titles and many bodies are, is not split into characters.
        let numbers = NumberDetector.mayContainDigit(text)
        let chinese = fieldIsName || ChineseNameDetector.mayContainTrigger(text)
        let english = fieldIsName || EnglishNameDetector.mayContainTrigger(text)
        guard numbers || chinese || english else { return [] }
        let chars = Array(text)
        var out = numbers ? NumberDetector.findings(in: chars) : []
        if chinese { out += ChineseNameDetector.findings(in: chars, fieldIsName: fieldIsName) }
        if english { out += EnglishNameDetector.findings(in: chars, fieldIsName: fieldIsName) }
        return out.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// True when a reviewed `pii_ok:` entry covers the finding: the entry is the text as written,
    /// the same digits without separators, or a longer reviewed string that contains it
    /// (a whole case number, a whole sentence).
    public static func isAllowed(_ finding: PIIFinding, by allowList: [String]) -> Bool {
        allowList.contains { entry in
            let e = entry.trimmingCharacters(in: .whitespaces)
            guard !e.isEmpty else { return false }
            if e == finding.matched || e.contains(finding.matched) { return true }
            if finding.kind != .fullName {
                let digits = String(e.compactMap { DigitChunker.digit($0) ?? (DigitChunker.checkLetters.contains($0) ? "X" : nil) })
                return digits.contains(finding.normalized)
            }
            return e.count >= 2 && finding.matched.hasPrefix(e)
        }
    }
}
