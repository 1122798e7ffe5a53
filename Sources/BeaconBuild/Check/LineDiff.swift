import BeaconCore

/// The lines that differ between two texts, as `- old` and `+ new` lines in order (a longest
/// common subsequence of lines is kept), for showing what changed in a translation's source.
enum LineDiff {
    /// At most `limit` changed lines, then `…` with how many more; blank lines are ignored.
    static func changes(from old: String, to new: String, limit: Int = 12) -> [String] {
        let a = old.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        let b = new.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        // Too long to compare line by line cheaply: show nothing rather than a wrong diff.
        guard a.count * b.count <= 4_000_000 else { return [] }
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { i += 1; j += 1 }
            else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] { out.append("- " + a[i]); i += 1 }
            else { out.append("+ " + b[j]); j += 1 }
        }
        guard out.count > limit else { return out }
        return Array(out.prefix(limit)) + ["… (\(out.count - limit) more)"]
    }
}
