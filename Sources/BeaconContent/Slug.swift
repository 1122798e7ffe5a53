import BeaconCore

/// Slugs are URL path segments: lower-case ASCII letters, digits and `-` (SPEC §2).
public enum Slug {
    public static func isValid(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 100 && !s.hasPrefix("-") && !s.hasSuffix("-")
            && s.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// Why `s` is not a slug, in words a clerk understands.
    public static func problem(_ s: String) -> Message {
        if s.isEmpty { return "is empty" }
        if s.contains("/") || s.contains("\\") || s.contains("..") { return "contains a path (`/`, `\\` or `..`)" }
        if s.contains(" ") { return "contains a space" }
        if s.unicodeScalars.contains(where: { $0.value > 0x7F }) { return "contains non-ASCII characters (a slug is part of the web address)" }
        if s != s.lowercased() { return "contains upper-case letters" }
        if s.hasPrefix("-") || s.hasSuffix("-") { return "starts or ends with `-`" }
        if s.count > 100 { return "is longer than 100 characters" }
        return "contains characters other than a–z, 0–9 and `-`"
    }

    /// A suggestion close to what the user wrote: lower-cased, spaces, `_`, `.` and path separators to `-`, the rest dropped.
    public static func suggest(from s: String) -> String {
        var out = ""
        for ch in s.lowercased().unicodeScalars {
            if (0x61...0x7A).contains(ch.value) || (0x30...0x39).contains(ch.value) { out.unicodeScalars.append(ch) }
            else if " _-./\\".unicodeScalars.contains(ch) { if !out.hasSuffix("-") && !out.isEmpty { out += "-" } }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "my-page" : out
    }
}
