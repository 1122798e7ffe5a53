import BeaconCore
import BeaconStarter
import Foundation
import Testing

/// `BEACON_LANG=zh`: what the real `beacon` binary prints is Chinese, the parser's own errors
/// and the newer subcommands' help included.
@Suite(.serialized) struct ChineseCommandLineTests {
    let cli = CommandLineTests()
    let zh = Starter.messageCatalog(environment: ["BEACON_LANG": "zh"])

    func chinese(_ m: Message) -> String {
        let said = m.text(in: .zh, catalog: zh)
        #expect(said != m.english, "zh.yaml has no translation of \(m.template)")
        return said
    }

    @Test func parserErrorsAreChinese() throws {
        let bogus = try cli.run(["build", "--bogus"], language: "zh")
        #expect(bogus.status != 0)
        #expect(bogus.err.contains(chinese("Error: Unknown option '\("--bogus")'")), "\(bogus.err)")
        #expect(bogus.err.contains(chinese("  See '\("beacon build --help")' for more information.")), "\(bogus.err)")
        #expect(!bogus.err.contains("Unknown option") && !bogus.err.contains("Usage:"), "\(bogus.err)")

        let missing = try cli.run(["banner"], language: "zh")
        #expect(missing.err.contains(chinese("Error: Missing expected argument '\("<name>")'")), "\(missing.err)")
        let extra = try cli.run(["banner", "a", "b"], language: "zh")
        #expect(extra.err.contains(chinese("Error: Unexpected argument '\("b")'")), "\(extra.err)")

        // In English the parser's own text is unchanged.
        let english = try cli.run(["build", "--bogus"])
        #expect(english.err.contains("Error: Unknown option '--bogus'"), "\(english.err)")
    }

    @Test func newSubcommandsHaveChineseAbstracts() throws {
        let help = try cli.run(["--help"], language: "zh")
        #expect(help.out.contains(chinese("Typeset one banner (content/banners/NAME.yaml) as print-ready PDFs.")), "\(help.out)")
        #expect(help.out.contains(chinese("List the built-in theme's files, or copy one into the site to change it.")), "\(help.out)")
        let banner = try cli.run(["banner", "--help"], language: "zh")
        #expect(banner.out.contains(chinese("Write the files to DIR instead of public/banners/.")), "\(banner.out)")
    }

    @Test func newSiteTakesTheEnglishNamesOrSaysWhereToWriteThem() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-zh-\(UUID().uuidString)")
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-zh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir); try? FileManager.default.removeItem(at: other) }
        let named = try cli.run(["new", "site", dir.path, "--district", "江东区", "--district-en", "Jiangdong District"], language: "zh")
        #expect(named.status == 0, "\(named.err)")
        let yaml = try String(contentsOf: dir.appendingPathComponent("site.yaml"), encoding: .utf8)
        #expect(yaml.contains("title: {zh: 江东区反诈中心, en: Jiangdong District Anti-Fraud Centre}"), "\(yaml)")
        #expect(yaml.contains("office: {zh: 江东区公安分局, en: Jiangdong District Police Branch}"), "\(yaml)")
        let check = try cli.run(["check", "--site", dir.path])
        #expect(check.status == 0, "\(check.out)\(check.err)")

        let hint: Message = "The English title and office are still generic: write the English names in `title:` and `office:` (lines 2 and 4 of site.yaml), or make the site with `--district-en` and `--office-en`."
        #expect(!named.out.contains(chinese(hint)))
        let unnamed = try cli.run(["new", "site", other.path, "--district", "江东区"], language: "zh")
        #expect(unnamed.status == 0, "\(unnamed.err)")
        #expect(unnamed.out.contains(chinese(hint)), "\(unnamed.out)")
        let lines = try String(contentsOf: other.appendingPathComponent("site.yaml"), encoding: .utf8).split(separator: "\n")
        #expect(lines[1].hasPrefix("title:") && lines[3].hasPrefix("office:"), "the hint names lines 2 and 4")
    }

    @Test func ledFramesAndBuildCountsAreInTheCatalogue() {
        for m: Message in ["1 banner", "\(4) banners", "\(347) bytes", " of \(1024)", "speed \(5) · effect \("snow")",
                           "stay \(3) s · ", " · align \("center")", "static", "scroll", "Write `label: {\("zh: …, en: …")}`.",
                           "Port \(18222) is already in use, so the preview uses port \(18223) instead.",
                           "Put text that contains a comma in quotes: `\("zh"): \"…, …\"`.",
                           "`**` would be published as two asterisks here: the bold mark cannot open or close between this punctuation and the next character."] {
            _ = chinese(m)
        }
    }
}
