import BeaconCore

extension LEDBuilder {
    /// A character no board can show (an emoji in a slogan) is one mistake in one place, not
    /// one per board: the errors for the same character at the same place become one that
    /// names every board (sorted, since boards are made in parallel). Other problems pass
    /// through unchanged, in order.
    static func mergingBoards(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var boards: [Int: [String]] = [:]
        var seen: [String: Int] = [:]
        for d in diagnostics {
            guard d.what.template == LEDNormalizer.cannotShowTemplate, d.what.arguments.count == 4,
                  case .text(let board) = d.what.arguments[0] else { out.append(d); continue }
            let key = "\(d.file ?? "")\u{0}\(d.line ?? 0)\u{0}\(d.column ?? 0)\u{0}\(d.what.arguments.dropFirst().map { "\($0)" })"
            if let at = seen[key] { boards[at, default: []].append(board); continue }
            seen[key] = out.count
            boards[out.count] = [board]
            out.append(d)
        }
        for (at, names) in boards {
            var args = out[at].what.arguments
            args[0] = .text(names.sorted().joined(separator: ", "))
            out[at].what = Message(template: LEDNormalizer.cannotShowTemplate, arguments: args)
        }
        return out
    }
}
