import BeaconCore
import BeaconStarter
import Testing

/// A key indented wrongly is said to be that, in the clerk's language: clerk7's leaflet with
/// `en:` three spaces in under `zh:` at two (or `title:` one space in) was told "A value contains
/// `: `. Put the whole value in quotes", and in Chinese the parser's own English was shown.
@Suite struct YAMLIndentationTests {
    static let zh = Starter.messageCatalog(environment: ["BEACON_LANG": "zh"])

    static func error(_ text: String) -> Diagnostic? {
        do { _ = try YAMLDocument.parse(text, file: "content/leaflets/e5.yaml"); return nil } catch let d as Diagnostic { return d } catch { return nil }
    }

    @Test(arguments: [
        ("format: a5\ntitle:\n  zh: 网恋投资 必是诈骗\n   en: Online love and investing\ncases: [romance-investment-widow]\n", 4, "`en:`", "Indent `en:` by 2 space(s), like `zh:` on line 3."),
        ("format: a5\n title: {zh: 网恋投资, en: Online love}\ncases: [romance-investment-widow]\n", 2, "`title:`", "Start `title:` at the beginning of the line, like `format:` on line 1."),
    ])
    func aKeyIndentedMoreThanTheKeyAboveIsSaidToBe(_ text: String, _ line: Int, _ key: String, _ fix: String) throws {
        let d = try #require(Self.error(text))
        #expect(d.line == line)
        #expect(d.what.english.contains("indented more than the key above it") && d.what.english.contains(key), "\(d.what.english)")
        #expect(d.fix?.english == fix, "\(d.fix?.english ?? "")")
        let zh = d.what.text(in: .zh, catalog: Self.zh) + (d.fix?.text(in: .zh, catalog: Self.zh) ?? "")
        #expect(zh.contains("缩进") && !zh.contains("mapping values") && !zh.contains("引号"), "\(zh)")
    }

    /// A value with `: ` in it is still told to be quoted, and libyaml's words are said in Chinese too.
    @Test func aValueWithAColonIsStillToldToBeQuoted() throws {
        let d = try #require(Self.error("format: a5\ntitle: 通报: 九月\n"))
        #expect(d.fix?.english.contains("Put the whole value in quotes") == true, "\(d.fix?.english ?? "")")
        #expect(!d.what.text(in: .zh, catalog: Self.zh).contains("mapping values"), "\(d.what.text(in: .zh, catalog: Self.zh))")
    }
}
