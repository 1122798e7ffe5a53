import BeaconCore

/// Fails the build on personal data in anything it publishes (SPEC §9).
///
/// Every finding becomes an error naming the file, line and column, the kind of data and
/// its masked form. The full number or name is never put into a message, an excerpt or a hint:
/// build logs are kept and shared.
public enum PrivacyGuard {
    /// One error per finding not covered by the text's `pii_ok:` list, in file order.
    public static func scan(_ texts: [PublishedText]) -> [Diagnostic] {
        texts.flatMap(scan)
    }

    public static func scan(_ published: PublishedText) -> [Diagnostic] {
        let findings = PIIDetector.scan(published.text, fieldIsName: published.isNameField)
        guard !findings.isEmpty else { return [] }
        let chars = Array(published.text)
        let lineStarts = [0] + chars.indices.filter { chars[$0] == "\n" }.map { $0 + 1 }
        let reported = findings.filter { !PIIDetector.isAllowed($0, by: published.allowed) }
        var out = reported.prefix(maxPerText).map { finding in
            let (lineInText, columnInText, lineStart) = position(of: finding.range.lowerBound, lineStarts: lineStarts)
            // Without a column the text is a parsed value (folded YAML), so only its key's line is certain.
            var d = Diagnostic.error(published.file, line: published.column == nil ? published.line : published.line + lineInText - 1,
                                     column: published.column.map { lineInText == 1 ? $0 + columnInText - 1 : columnInText },
                                     message(finding, field: published.field), hint: hint(finding, published))
            if published.column == 1 || (published.column != nil && lineInText > 1) {
                d.excerpt = maskedLine(startingAt: lineStart, in: chars, findings: findings)
            }
            return d
        }
        if reported.count > maxPerText {
            let field: Message = published.field ?? "file"
            out.append(.error(published.file, line: published.line,
                              "\(reported.count - maxPerText) more things in this \(field) look like personal data; they are not listed one by one.",
                              hint: "This many usually means a list of people was pasted in by mistake: remove it."))
        }
        return out
    }

    /// Findings reported one by one per text; a pasted list of thousands is summed up instead.
    static let maxPerText = 50

    static func message(_ f: PIIFinding, field: Message?) -> Message {
        let what: Message
        if f.kind == .fullName, let detail = f.detail { what = "\(f.kind.noun) after “\(detail)”" } else { what = f.kind.noun }
        let found: Message = field.map { "The \($0) contains what looks like \(what): \(f.masked)" } ?? "This looks like \(what): \(f.masked)"
        let check: Message
        switch (f.kind, f.checksumValid) {
        case (.idNumber, true?): check = " (its check character is right)"
        case (.idNumber, false?): check = " (its check character is wrong, but it is built like one)"
        case (.bankCard, true?): check = " (it passes the card number check)"
        case (.bankCard, false?): check = " (it fails the Luhn check, as many UnionPay cards do)"
        default: check = ""
        }
        return found + check + ". Personal data must not be published."
    }

    static func hint(_ f: PIIFinding, _ p: PublishedText) -> Message {
        let fix: Message = f.kind == .fullName
            ? "Anonymise the name: keep the surname and write 某 for the given name (王某, 李某某), or write 李女士 / 王先生; in English, Ms Li or Wang Mou."
            : "Remove the number, or replace its digits with ×."
        let reviewed: Message = f.kind == .fullName ? "is not a person's real name" : "is not personal data (a case number, a public service number)"
        guard let place = allowListPlace(p.file) else {
            return "\(fix) This file has no `pii_ok:` list, so a reviewed false alarm must be reworded."
        }
        return "\(fix) If you have checked that it \(reviewed), add the exact text to \(place)."
    }

    /// Where a file keeps its `pii_ok:` list: front matter for Markdown, a top-level key for
    /// statistics and leaflet files; slogans and site.yaml have none.
    static func allowListPlace(_ file: String) -> Message? {
        if file.hasSuffix(".md") { return "`pii_ok:` in this file's front matter" }
        if file.hasPrefix("content/stats/") || file.hasPrefix("content/leaflets/") { return "a top-level `pii_ok:` list in this file" }
        return nil
    }

    /// 1-based line and column of character `offset` within the text, and where that line starts.
    static func position(of offset: Int, lineStarts: [Int]) -> (line: Int, column: Int, lineStart: Int) {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1, lineStarts[lo])
    }

    /// The line, with every finding on it masked in place so columns stay true.
    static func maskedLine(startingAt start: Int, in chars: [Character], findings: [PIIFinding]) -> String {
        var end = start
        while end < chars.count, chars[end] != "\n" { end += 1 }
        var line = Array(chars[start..<end])
        for f in findings where f.range.lowerBound >= start && f.range.lowerBound < end {
            let masked = Array(f.maskedInPlace)
            for (k, c) in masked.enumerated() where f.range.lowerBound - start + k < line.count {
                line[f.range.lowerBound - start + k] = c
            }
        }
        return String(line)
    }
}
