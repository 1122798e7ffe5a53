import BeaconCore
import PropertyBased
import Testing

/// `{name}` filling, the one filler of theme words, number patterns and archetypes.
@Suite struct FillingPlaceholdersTests {
    @Test func fillsKnownNamesAndLeavesOtherBraces() {
        let text = "{count} 起 {unknown} {{< stats >}} {a{count}} {"
        #expect(text.fillingPlaceholders(["count": "12"]) == "12 起 {unknown} {{< stats >}} {a12} {")
    }

    /// Replacing key after key made `{a}` → `{b}` → `2` or just `{b}`, depending on which key the
    /// dictionary gave first; one pass keeps a value as it is.
    @Test func aValueIsNeverFilledAgain() {
        for _ in 0..<20 {
            let values = ["a": "{b}", "b": "2", "c": "{a}"]
            #expect("{a}-{b}-{c}".fillingPlaceholders(values) == "{b}-2-{a}")
        }
    }

    @Test func textWithoutPlaceholdersIsUnchanged() {
        #expect("没有占位符".fillingPlaceholders(["x": "y"]) == "没有占位符")
        #expect("{x}".fillingPlaceholders([:]) == "{x}")
    }

    /// Plain text (with line feeds) is filled by bytes, any other text by characters: both answer as the walk
    /// over characters does (a `{` with a combining mark is not a brace).
    @Test func bytesAndCharactersFillAlike() async {
        func byCharacters(_ text: String, _ values: [String: String]) -> String {
            var out = ""
            var rest = text[...]
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
            return out + rest
        }
        let values = ["a": "1", "count": "{a}", "数": "二", "e\u{301}": "accent", "": "empty"]
        let text = Gen.element(of: ["{", "}", "a", "count", "数", "e", "\u{301}", "é", " ", "{a}", "{count}", "x", "\n", "\r"]).compactMap { $0 }
            .array(of: 0...12).map { $0.joined() }
        await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: text) { text in
            #expect(text.fillingPlaceholders(values) == byCharacters(text, values), "\(text.debugDescription)")
        }
    }
}
