import BeaconCore
import Foundation

/// Runs every personal-data detector over one text. Pure: no files, no configuration.
public enum PIIDetector {
    /// Findings in text order. `fieldIsName`: the whole text is a name field (front matter
    /// `victim:`), so a name at its very start counts.
    public static func scan(_ text: String, fieldIsName: Bool = false) -> [PIIFinding] {
        scan(text, fieldIsName: fieldIsName, quickTests: true)
    }

    /// `quickTests`: a detector runs only where a quick pass over the bytes (`quickTests(_:_:)`)
    /// found what its findings cannot do without (11 digits in a run; a trigger word followed by a
    /// possible name), so most texts are never split into characters. Without them (tests),
    /// every detector runs; the findings are the same.
    static func scan(_ text: String, fieldIsName: Bool, quickTests: Bool) -> [PIIFinding] {
        // In a name field every name detector runs; only the number test is made.
        let run: Detectors = !quickTests ? .all
            : fieldIsName ? Self.quickTests(.number, text).union([.chineseName, .englishName]) : Self.quickTests(.all, text)
        let numbers = run.contains(.number), chinese = run.contains(.chineseName), english = run.contains(.englishName)
        guard !run.isEmpty else { return [] }
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
            let e = entry.trimmingSpaces()
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
