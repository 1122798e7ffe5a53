extension String {
    /// The text with each `{name}` whose name is a key of `values` replaced by its value; any
    /// other brace stays as written. One pass over the text, so a value that itself contains
    /// `{name}` is kept as it is and the result does not depend on the dictionary's order
    /// (replacing key after key did both). The one placeholder filler of theme words, number
    /// patterns and archetypes.
    public func fillingPlaceholders(_ values: [String: String]) -> String {
        guard !values.isEmpty, utf8.contains(UInt8(ascii: "{")) else { return self }
        // Line feeds too: the share kit's message pattern (`【{kind}】{title}\n{text}\n{url}`) has
        // two, and filling it by characters cost 20 k instructions a message.
        if PlainText.linesArePlain(self) { return fillingPlainPlaceholders(values) }
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

    /// `fillingPlaceholders` of a text of `PlainText` scalars and line feeds, by bytes: there
    /// every scalar is a character of its own (a line feed joins only a carriage return before
    /// it, which is not plain), so a `{` or `}` byte is the character. Names are looked up as strings, as before.
    func fillingPlainPlaceholders(_ values: [String: String]) -> String {
        var text = self
        return text.withUTF8 { bytes in
            var out = ""
            out.reserveCapacity(bytes.count)
            let n = bytes.count
            var copied = 0
            var i = 0
            while i < n {
                guard bytes[i] == UInt8(ascii: "{") else { i += 1; continue }
                var close = i + 1
                while close < n, bytes[close] != UInt8(ascii: "}"), bytes[close] != UInt8(ascii: "{") { close += 1 }
                if close < n, bytes[close] == UInt8(ascii: "}"),
                   let value = values[String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<close]), as: UTF8.self)] {
                    out += String(decoding: UnsafeBufferPointer(rebasing: bytes[copied..<i]), as: UTF8.self)
                    out += value
                    i = close + 1
                    copied = i
                } else {
                    i += 1
                }
            }
            out += String(decoding: UnsafeBufferPointer(rebasing: bytes[copied..<n]), as: UTF8.self)
            return out
        }
    }
}
