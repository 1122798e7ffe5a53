import BeaconCore
import Foundation

extension ContentPage {
    /// A tag becomes a page `/tags/<tag>/` written as typed (SPEC §3, §5), so it may be any
    /// words (`老年人`, `older people`) but not a path: no `/` or `\`, not `.` or `..`, not blank.
    static func checkTags(_ tags: [String], at value: YAMLValue?, file: String) -> [Diagnostic] {
        tags.compactMap { tag in
            let t = tag.trimmingSpaces()
            // By bytes and scalar values: Foundation's `contains` and the Unicode property
            // lookup cost 30k instructions a page. Control characters (Cc) are U+0000–U+001F
            // and U+007F–U+009F.
            guard t.isEmpty || t == "." || t == ".." || t.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") })
                    || t.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return nil }
            let fix = t.replacingOccurrences(of: "/", with: "、").replacingOccurrences(of: "\\", with: "、")
            return Diagnostic.error(file, line: value?.line, column: value?.column,
                                    "The tag `\(tag)` cannot be a page's address: a tag may not be blank, `.` or `..`, or contain `/` or `\\`.",
                                    hint: fix.isEmpty || fix == "." || fix == ".." ? "Remove it from `tags:`." : "Write it without them, e.g. `\(fix)`, or as two tags.")
        }
    }
}
