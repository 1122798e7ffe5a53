import BeaconCore
import Foundation

/// Compiled regular expressions by pattern and options. ICU compiles a pattern anew each time
/// an `NSRegularExpression` is made, and the line-breaking rules run for every paragraph at
/// every size copy-fitting tries: compiling was over half of typesetting. A compiled
/// expression is immutable and safe to match from several threads (leaflets are typeset in
/// parallel), so one lock around the dictionary is enough.
final class RegexCache: Sendable {
    static let shared = RegexCache()

    private struct Key: Hashable {
        var pattern: String
        var options: UInt
    }

    private let compiled = Locked<[Key: NSRegularExpression?]>([:])

    /// The compiled `pattern`, or nil when it is not a valid expression.
    func regex(_ pattern: String, options: NSRegularExpression.Options = []) -> NSRegularExpression? {
        let key = Key(pattern: pattern, options: options.rawValue)
        return compiled.update { compiled in
            if let found = compiled[key] { return found }
            let re = try? NSRegularExpression(pattern: pattern, options: options)
            compiled[key] = re
            return re
        }
    }
}
