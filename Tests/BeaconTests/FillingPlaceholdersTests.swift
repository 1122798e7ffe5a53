import BeaconCore
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
}
