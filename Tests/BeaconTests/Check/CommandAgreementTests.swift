import BeaconBuild
import BeaconCore
import BeaconStarter
import Foundation
import Testing

/// The commands agree with each other and speak the user's language (issue 12, point 10 and
/// "Also"): `check -q` never says less than `check`, `--help` is Chinese when the locale or
/// `BEACON_LANG` asks, an emoji in a slogan is one error naming the boards, and
/// `beacon new site --district --office` leaves nothing to fill in.
@Suite struct CommandAgreementTests {
    static let beacon = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("beacon")

    struct Run { let status: Int32; let out: String; let err: String }

    /// Runs `beacon` with `environment` added (`BEACON_LANG=en` unless given), stdin empty.
    func run(_ arguments: [String], environment: [String: String] = [:], executable: URL = beacon) throws -> Run {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        var e = ProcessInfo.processInfo.environment
        for key in ["BEACON_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { e[key] = nil }
        e["BEACON_LANG"] = "en"
        e.merge(environment) { $1 }
        p.environment = e
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), r = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: r, as: UTF8.self))
    }

    // MARK: check -q

    /// A site whose only problem is a warning: by_type leaves 100 cases unclassified.
    static let warnedSite: [String: String] = [
        "content/stats/2023-h1.yaml": """
            period: {start: 2023-01-01, end: 2023-06-30, label: {zh: 2023年上半年, en: First half of 2023}}
            metrics:
              cases_filed: {value: 300}
            by_type:
              task-rebate: 200
            """,
    ]

    @Test func quietCheckCountsTheWarningsItDoesNotShow() throws {
        let site = try TestSite(Self.warnedSite)
        defer { site.remove() }
        let full = try run(["check", "--site", site.root.path])
        #expect(full.status == 0)
        #expect(full.out.contains("content/stats/2023-h1.yaml:5:3: warning: The cases under `by_type:` add up to 200"))
        let n = try #require(Self.count(of: "warning", in: full.out), "\(full.out)")
        #expect(n >= 1 && full.out.contains("0 error(s) and \(n) warning(s)"))
        let quiet = try run(["check", "-q", "--site", site.root.path])
        #expect(quiet.status == 0)
        #expect(quiet.out == "No errors; \(n) warning(s) not shown (run `beacon check` without `-q` to see them).\n")
        let chinese = try run(["check", "-q", "--site", site.root.path], environment: ["BEACON_LANG": "zh"])
        #expect(chinese.out == "没有错误；有 \(n) 个警告没有显示（去掉 `-q` 运行 `beacon check` 可以看到）。\n")
        #expect(!chinese.out.contains("没有发现问题"))
    }

    @Test func quietCheckWithErrorsSaysHowManyWarningsItLeftOut() throws {
        let broken = Self.warnedSite["content/stats/2023-h1.yaml"]!.replacingOccurrences(of: "  cases_filed: {value: 300}", with: "  cases_filed: {value: 300}\n  cases_solved: 6起")
        let site = try TestSite(["content/stats/2023-h1.yaml": broken])
        defer { site.remove() }
        let full = try run(["check", "--site", site.root.path])
        #expect(full.status == 1)
        let n = try #require(Self.count(of: "warning", in: full.out), "\(full.out)")
        #expect(n >= 1 && full.out.contains("1 error(s) and \(n) warning(s)"), "\(full.out)")
        let quiet = try run(["check", "-q", "--site", site.root.path])
        #expect(quiet.status == 1)
        #expect(quiet.out.contains("content/stats/2023-h1.yaml:4:17: error: `metrics.cases_solved` must be a number of zero or more, found `6起`."), "\(quiet.out)")
        #expect(!quiet.out.contains("warning:"))
        #expect(quiet.out.hasSuffix("1 error(s) and \(n) warning(s); the warnings are not shown (run `beacon check` without `-q` to see them).\n"), "\(quiet.out)")
    }

    /// How many `path: warning:` blocks a report shows.
    static func count(of severity: String, in report: String) -> Int? {
        let n = report.components(separatedBy: ": \(severity): ").count - 1
        return n > 0 ? n : nil
    }

    // MARK: --help

    @Test(arguments: [["BEACON_LANG": "zh"], ["BEACON_LANG": "", "LANG": "zh_CN.UTF-8"]])
    func helpIsChineseWhenAsked(_ environment: [String: String]) throws {
        let top = try run(["--help"], environment: environment)
        #expect(top.status == 0)
        #expect(top.out.hasPrefix("概述：用一个文件夹生成反诈宣传网站、LED 屏节目和宣传单。\n"), "\(top.out)")
        for line in ["用法：beacon <subcommand>", "子命令：", "  build（默认）           把网站、LED 屏节目和宣传单生成到 public/ 文件夹。",
                     "  -h, --help              显示帮助信息。", "  用 'beacon help <子命令>' 查看各子命令的详细说明。"] {
            #expect(top.out.contains(line + "\n"), "no line \(line) in \(top.out)")
        }
        let build = try run(["build", "--help"], environment: environment)
        #expect(build.out.contains("  -q, --quiet             只输出问题。\n"), "\(build.out)")
        let viaHelp = try run(["help", "new", "site"], environment: environment)
        #expect(viaHelp.status == 0)
        #expect(viaHelp.out.contains("--district <district>   网站所属的区县，例如 临河区；在终端里运行时会提问。"))
    }

    @Test func helpStaysEnglishInEnglish() throws {
        let top = try run(["--help"])
        #expect(top.out.hasPrefix("OVERVIEW: Build an anti-fraud publicity site, LED board programs and leaflets\n"))
        #expect(top.out.contains("  build (default)         Build the website, LED programs and leaflets into\n"))
        #expect(top.out.contains("  -h, --help              Show help information.\n"))
    }

    // MARK: an emoji in a slogan

    @Test func anEmojiInASloganIsOneErrorNamingTheBoards() throws {
        let config = TestSite.minimalConfig + """

            led_boards:
              - {name: shop, width: 192, height: 16, font: 16, charset: gb2312, mode: static}
              - {name: station, width: 256, height: 32, font: 16, charset: gbk, mode: scroll}
            """
        let site = try TestSite(["site.yaml": config,
                                 "content/slogans.yaml": "- {zh: 不听不信不转账, en: Hang up}\n- {zh: 接到96110来电请接听📞, en: Answer 96110}\n"])
        defer { site.remove() }
        let result = try run(["build", "--site", site.root.path])
        #expect(result.status == 1)
        #expect(!site.exists("index.html"))
        let errors = result.err.components(separatedBy: ": error: ").count - 1
        #expect(errors == 1, "\(result.err)")
        #expect(result.err.contains("content/slogans.yaml:2:20: error: The LED board(s) `shop` (GB2312), `station` (GBK) cannot show “📞” (U+1F4DE TELEPHONE RECEIVER) in: 接到96110来电请接听📞"), "\(result.err)")
    }

    // MARK: beacon new site --district --office

    @Test func aNewSiteTakesTheDistrictAndOffice() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let made = try run(["new", "site", dir.path, "--district", "临河区", "--office", "临河区公安分局"])
        #expect(made.status == 0, "\(made.err)")
        var leftovers: [String] = []
        for case let url as URL in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)! where !url.path.contains("/themes/") {
            if let text = try? String(contentsOf: url, encoding: .utf8), text.contains("某某") { leftovers.append(url.lastPathComponent) }
        }
        #expect(leftovers.isEmpty, "某某 left in \(leftovers)")
        let config = try String(contentsOf: dir.appendingPathComponent("site.yaml"), encoding: .utf8)
        #expect(config.contains("title: {zh: 临河区反诈中心,"))
        #expect(config.contains("office: {zh: 临河区公安分局,"))
        // The about page changed, and its translation records the new source: nothing is stale.
        let check = SiteCheck(options: BuildOptions(siteRoot: dir)).run()
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics.map(\.description))")
        try SiteBuilder(options: BuildOptions(siteRoot: dir)).run()
        let about = try String(contentsOf: dir.appendingPathComponent("public/about/index.html"), encoding: .utf8)
        #expect(about.contains("本站由临河区公安分局反诈中心维护"))
    }

    @Test func theOfficeDefaultsToTheDistrictsBranchAndOddNamesAreRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir, names: StarterNames(district: "临河区"))
        #expect(try String(contentsOf: dir.appendingPathComponent("site.yaml"), encoding: .utf8).contains("office: {zh: 临河区公安分局,"))
        // A county's police is a 公安局, and its whole is 全县 (a clerk's county site said 全区).
        let county = dir.appendingPathComponent("county")
        try Starter.createSite(at: county, names: StarterNames(district: "临江县"))
        #expect(try String(contentsOf: county.appendingPathComponent("site.yaml"), encoding: .utf8).contains("office: {zh: 临江县公安局,"))
        let bulletin = try String(contentsOf: county.appendingPathComponent("content/bulletins/first-bulletin.zh.md"), encoding: .utf8)
        #expect(bulletin.contains("本月全县") && !bulletin.contains("全区"), "\(bulletin)")
        // An office that is itself the anti-fraud centre is not followed by the centre again.
        let centre = dir.appendingPathComponent("centre")
        try Starter.createSite(at: centre, names: StarterNames(district: "南湖区", office: "江城市公安局南湖分局反诈中心",
                                                               officeEnglish: "Nanhu Sub-bureau Anti-Fraud Centre"))
        let about = try String(contentsOf: centre.appendingPathComponent("content/pages/about.zh.md"), encoding: .utf8)
        #expect(about.contains("本站由江城市公安局南湖分局反诈中心维护") && !about.contains("反诈中心反诈中心"), "\(about)")
        let aboutEnglish = try String(contentsOf: centre.appendingPathComponent("content/pages/about.en.md"), encoding: .utf8)
        #expect(!aboutEnglish.contains("Anti-Fraud Centre of the Anti-Fraud Centre"), "\(aboutEnglish)")
        let bad = try run(["new", "site", dir.path + "-bad", "--district", "临河区, 五原县"])
        #expect(bad.status == 1)
        #expect(bad.err.contains("--district `临河区, 五原县` contains “,”, which cannot be part of a name in the site's settings."), "\(bad.err)")
    }

    /// In a terminal (stdin and stderr a TTY), `beacon new site` asks; `script` gives it one.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script makes a terminal"))
    func aNewSiteAsksForTheNamesInATerminal() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-ask-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = ["-qec", "'\(Self.beacon.path)' new site '\(dir.path)'", "/dev/null"]
        var e = ProcessInfo.processInfo.environment
        e["BEACON_LANG"] = "zh"
        p.environment = e
        let input = Pipe(), out = Pipe()
        p.standardInput = input
        p.standardOutput = out
        p.standardError = out
        try p.run()
        // The district, Enter for the suggested office, Enter to write the English name later.
        input.fileHandleForWriting.write(Data("五原县\n\n\n".utf8))
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(printed)")
        #expect(printed.contains("网站属于哪个区县（例如 临河区）？"))
        #expect(printed.contains("直接按回车就用“五原县公安局”："))
        let config = try String(contentsOf: dir.appendingPathComponent("site.yaml"), encoding: .utf8)
        #expect(config.contains("title: {zh: 五原县反诈中心,") && config.contains("office: {zh: 五原县公安局,"))
    }
}
