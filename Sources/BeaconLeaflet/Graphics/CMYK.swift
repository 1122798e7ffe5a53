/// Process-colour ink coverage, 0…1 each.
struct CMYK: Sendable, Hashable {
    var c: Double, m: Double, y: Double, k: Double

    /// `1 0.7 0 0.15`: four numbers as a PDF content stream writes them.
    var operands: String {
        [c, m, y, k].map { v -> String in
            let r = (v * 1000).rounded() / 1000
            return r == r.rounded() ? String(Int(r)) : String(r)
        }.joined(separator: " ")
    }
}
