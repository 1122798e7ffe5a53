/// A list said in a sentence: `a, b and c` in English, `a、b和c` in Chinese, each part
/// translated in turn (a list joined as a plain string kept its English `and` in a Chinese message).
extension Message {
    /// `parts` joined with commas and a last `and` (or `or`, when `and` is false).
    public static func list(_ parts: [Message], and: Bool) -> Message {
        guard var out = parts.first else { return "" }
        for (i, part) in parts.enumerated().dropFirst() {
            if i < parts.count - 1 { out = "\(out), \(part)" } else { out = and ? "\(out) and \(part)" : "\(out) or \(part)" }
        }
        return out
    }
}
