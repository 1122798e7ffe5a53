/// Finds the known name a typo was meant to be: `fraud_tpye` → `fraud_type`.
public enum NearestName {
    /// The closest candidate within a small edit distance, or nil when none is close.
    public static func suggest(_ word: String, among candidates: some Sequence<String>) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(w, Array(candidate.lowercased()))
            if d < best?.1 ?? .max { best = (candidate, d) }
        }
        guard let (name, d) = best else { return nil }
        let allowed = max(1, min(3, (max(w.count, name.count) + 2) / 4))
        if d <= allowed { return name }
        let containing = self.containing(word, among: candidates)
        return containing.count == 1 ? containing[0] : nil
    }

    /// Candidates that contain every part of `word` as a whole part, or as the start of one
    /// (`prosecuted` → `suspects_prosecuted`; `frozen` → `accounts_frozen`, `funds_frozen`;
    /// `fake-invest` → `fake-investment`), sorted.
    public static func containing(_ word: String, among candidates: some Sequence<String>) -> [String] {
        let parts = Set(word.lowercased().split { $0 == "_" || $0 == "-" })
        guard !parts.isEmpty, parts.allSatisfy({ $0.count >= 3 }) else { return [] }
        return candidates.filter { candidate in
            let own = Set(candidate.lowercased().split { $0 == "_" || $0 == "-" })
            return own != parts && parts.allSatisfy { p in own.contains { $0 == p || (p.count >= 4 && $0.hasPrefix(p)) } }
        }.sorted()
    }

    /// "did you mean `x`?" or a list of the valid names when nothing is close.
    /// `noun` names the kind of thing in the plural ("fraud types"), as a message so that it is translated too.
    public static func hint(for word: String, among candidates: [String], noun: Message) -> Message {
        if let s = suggest(word, among: candidates) { return "Did you mean `\(s)`?" }
        let shown = candidates.sorted().prefix(12).map { "`\($0)`" }.joined(separator: ", ")
        return "Use one of the known \(noun): \(shown)\(candidates.count > 12 ? ", …" : "")."
    }

    /// Damerau–Levenshtein distance (optimal string alignment), so a swap of two letters costs 1.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
