extension String {
    /// The text with each `{name}` whose name is a key of `values` replaced by its value; any
    /// other brace stays as written. One pass over the text, so a value that itself contains
    /// `{name}` is kept as it is and the result does not depend on the dictionary's order
    /// (replacing key after key did both). The one placeholder filler of theme words, number
    /// patterns and archetypes.
    public func fillingPlaceholders(_ values: [String: String]) -> String {
        guard !values.isEmpty, utf8.contains(UInt8(ascii: "{")) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        var rest = self[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}",
               let value = values[String(rest[afterOpen..<close])] {
                out += value
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        out += rest
        return out
    }
}
