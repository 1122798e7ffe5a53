import Foundation

/// One or two whole sentences of a text within a `ShareLimit`: a message ends at a sentence
/// end, never in the middle of a number or word. Only a first sentence longer than the limit
/// is cut, after a clause (，；) where it can, and then ends in `…`.
enum ShareExcerpt {
    /// Marks that end a sentence wherever they stand.
    static let fullStops: Set<Character> = ["。", "！", "？", "…"]
    /// Marks that end a sentence when white space or the end of the text follows (`6.84` is one number).
    static let asciiStops: Set<Character> = [".", "!", "?"]
    /// Closing quotes and brackets that stay with the sentence they close.
    static let closers: Set<Character> = ["”", "’", "\"", "'", "）", ")", "」", "』", "》"]
    /// Where an over-long sentence may be cut.
    static let clauseMarks: Set<Character> = ["，", "；", "：", "、", ",", ";", ":"]

    static func make(_ text: String, limit: ShareLimit, sentences maximum: Int = 2) -> String {
        let all = sentences(text)
        var out = ""
        for s in all.prefix(maximum) {
            let joined = out.isEmpty ? s : join(out, s)
            guard limit.count(joined) <= limit.max else { break }
            out = joined
        }
        if out.isEmpty, let first = all.first { out = cut(first, limit: limit) }
        return out
    }

    /// The text split after each sentence end, each sentence trimmed.
    static func sentences(_ text: String) -> [String] {
        let chars = Array(text)
        var out: [String] = []
        var current = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            current.append(c)
            let nextIsSpace = i + 1 >= chars.count || chars[i + 1].isWhitespace
            var ends = fullStops.contains(c) || (asciiStops.contains(c) && nextIsSpace)
            if ends {
                // Stops in a row (`？！`, `……`) and closing quotes belong to this sentence.
                while i + 1 < chars.count, fullStops.contains(chars[i + 1]) || closers.contains(chars[i + 1]) || asciiStops.contains(chars[i + 1]) {
                    i += 1
                    current.append(chars[i])
                }
                if asciiStops.contains(c), i + 1 < chars.count, !chars[i + 1].isWhitespace { ends = false }
            }
            if ends {
                let t = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !t.isEmpty { out.append(t) }
                current = ""
            }
            i += 1
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { out.append(rest) }
        return out
    }

    /// Two sentences joined: with a space where the first ends in a Latin letter's stop.
    static func join(_ a: String, _ b: String) -> String {
        guard let last = a.last, let first = b.first else { return a + b }
        return last.isASCII || first.isASCII ? a + " " + b : a + b
    }

    /// A sentence longer than the limit, cut after its last clause mark within the limit (or at
    /// the limit), ending in `…`.
    static func cut(_ sentence: String, limit: ShareLimit) -> String {
        var kept = ""
        var lastClause: String?
        for c in sentence {
            let next = kept + String(c)
            if limit.count(next + "…") > limit.max { break }
            kept = next
            if clauseMarks.contains(c) { lastClause = String(kept.dropLast()) }
        }
        if let clause = lastClause, limit.count(clause) >= limit.max / 2 { kept = clause }
        if limit.unit == .words, let space = kept.lastIndex(where: \.isWhitespace), kept.count < sentence.count {
            // Do not end on half a word.
            kept = String(kept[..<space])
        }
        return kept.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ",;:，；：、"))) + "…"
    }
}
