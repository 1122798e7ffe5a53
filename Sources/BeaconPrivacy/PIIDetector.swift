import Foundation

/// Runs every personal-data detector over one text. Pure: no files, no configuration.
public enum PIIDetector {
    /// Findings in text order. `fieldIsName`: the whole text is a name field (front matter
    /// `victim:`), so a name at its very start counts.
    public static func scan(_ text: String, fieldIsName: Bool = false) -> [PIIFinding] {
        let chars = Array(text)
        var out = NumberDetector.findings(in: chars)
        out += ChineseNameDetector.findings(in: chars, fieldIsName: fieldIsName)
        // English names follow a trigger word (victim, suspect…): skip texts that have none.
        if fieldIsName || EnglishNameDetector.mayContainTrigger(text) {
            out += EnglishNameDetector.findings(in: chars, fieldIsName: fieldIsName)
        }
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
