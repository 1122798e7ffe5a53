import Foundation

/// The start tags of an HTML page with their attributes, read by a small tokenizer (quotes
/// and entities honoured), so tests ask about elements rather than search for substrings.
struct HTMLTags {
    struct Tag {
        var name: String
        var attributes: [String: String]
        /// Text from the end of this tag to the next `<`.
        var text: String
    }

    let tags: [Tag]

    init(_ html: String) {
        var out: [Tag] = []
        let chars = Array(html)
        var i = 0
        while i < chars.count {
            guard chars[i] == "<", i + 1 < chars.count, chars[i + 1].isLetter else { i += 1; continue }
            i += 1
            var name = ""
            while i < chars.count, chars[i].isLetter || chars[i].isNumber { name.append(chars[i]); i += 1 }
            var attributes: [String: String] = [:]
            while i < chars.count, chars[i] != ">" {
                if chars[i].isWhitespace || chars[i] == "/" { i += 1; continue }
                var key = ""
                while i < chars.count, !chars[i].isWhitespace, chars[i] != "=", chars[i] != ">" { key.append(chars[i]); i += 1 }
                var value = ""
                if i < chars.count, chars[i] == "=" {
                    i += 1
                    if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                        let quote = chars[i]; i += 1
                        while i < chars.count, chars[i] != quote { value.append(chars[i]); i += 1 }
                        i += 1
                    } else {
                        while i < chars.count, !chars[i].isWhitespace, chars[i] != ">" { value.append(chars[i]); i += 1 }
                    }
                }
                attributes[key.lowercased()] = Self.decode(value)
            }
            i += 1
            var text = ""
            while i < chars.count, chars[i] != "<" { text.append(chars[i]); i += 1 }
            out.append(Tag(name: name.lowercased(), attributes: attributes, text: Self.decode(text)))
        }
        tags = out
    }

    static func decode(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Every tag named `name` whose `class` list holds `className` (when given).
    func all(_ name: String, class className: String? = nil) -> [Tag] {
        tags.filter { tag in
            guard tag.name == name else { return false }
            guard let className else { return true }
            return (tag.attributes["class"] ?? "").split(separator: " ").contains { $0 == className }
        }
    }

    /// `<meta property|name=key content=…>`'s content.
    func meta(_ key: String) -> String? {
        tags.first { $0.name == "meta" && ($0.attributes["property"] == key || $0.attributes["name"] == key) }?.attributes["content"]
    }
}
