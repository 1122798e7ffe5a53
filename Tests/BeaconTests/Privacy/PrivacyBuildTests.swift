import BeaconBuild
import BeaconContent
import BeaconCore
import Foundation
import Testing

/// A whole site with one leak at a time: the build fails naming the file and the line,
/// never printing the number, and writes nothing; anonymised text builds.
@Suite struct PrivacyBuildTests {
    static let casePath = "content/cases/rebate.zh.md"
    static let clean: [String: String] = [
        "content/bulletins/sept.zh.md": page("title: 九月警情通报\ndate: 2021-09-30\namount: 44000000\narrested: 18",
                                             "本月接报电诈警情838起，同比下降53.29%，冻结资金4400余万元。\n\n报警请拨打110，预警劝阻电话96110。\n派出所电话0517-83651234。"),
        casePath: page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate\nloss: 23000\nvictim: 王某（女，45岁）",
                       "2021年6月，被害人王某在家中收到刷单信息。\n\n犯罪嫌疑人李某某等3人已被抓获，李女士提醒大家。"),
        "content/cases/rebate.en.md": page("title: A rebate scam\ndate: 2021-06-12\nfraud_type: task-rebate\nvictim: Ms Wang, 45",
                                           "The victim, Ms Wang, lost 23,000 yuan. Call 110 or 96110."),
        "content/slogans.yaml": "- {zh: 接到96110来电请务必接听, en: Always answer calls from 96110}\n",
        "content/stats/2021-10.yaml": "period: {start: 2021-01-01, end: 2021-10-31}\nmetrics:\n  funds_frozen: {value: 44000000, unit: yuan}\n",
    ]

    static let card = FakeNumbers.card()
    static let id = FakeNumbers.id()

    /// (what is leaked, the file, its text, line of the leak, digits that must not be printed)
    static let leaks: [(String, String, String, Int, String)] = [
        ("ID number", casePath, page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate",
                                      "被害人王某。\n\n其身份证号为\(id)。"), 8, id),
        ("mobile with spaces", casePath, page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate",
                                              "被害人王某的手机 138 1234 5678 被冒用。"), 6, "13812345678"),
        ("mobile with +86", "content/cases/rebate.en.md", page("title: A rebate scam\ndate: 2021-06-12\nfraud_type: task-rebate",
                                                              "Ms Wang,\nphone +86 159 1234 5678, lost money."), 7, "15912345678"),
        ("bank card", casePath, page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate",
                                     "被害人王某向\n\n卡号 \(FakeNumbers.grouped(card, [4, 4, 4, 4])) 转账。"), 8, card),
        ("victim's full name", casePath, page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate", "被害人张伟在家中收到刷单信息。"), 6, "张伟"),
        ("a name run into the next word", casePath, page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate",
                                                         "10月20日，嫌疑人王建国冒充客服接到被害人。"), 6, "王建国"),
        ("a suspect's name run on", casePath, page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate",
                                                   "犯罪嫌疑人王建国冒充银行客服。"), 6, "王建国"),
        ("a victim's name before her title", casePath, page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate",
                                                            "被害人李秀英李女士报警。"), 6, "李秀英"),
        ("victim field", casePath, page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate\nvictim: 张伟（女，45岁）", "正文。"), 5, "张伟"),
        ("mobile in the title", "content/bulletins/sept.zh.md", page("title: 失主电话13812345678\ndate: 2021-09-30", "正文。"), 2, "13812345678"),
        ("mobile in a slogan", "content/slogans.yaml",
         "- {zh: 接到96110来电请务必接听, en: Always answer calls from 96110}\n- {zh: 有事请找王警官13812345678, en: Call Officer Wang}\n", 2, "13812345678"),
        ("mobile in the office name", "site.yaml", TestSite.minimalConfig.replacingOccurrences(of: "测试公安分局", with: "测试公安分局 13812345678"), 2, "13812345678"),
        ("mobile as the slug", "content/bulletins/sept.zh.md", page("title: 九月\ndate: 2021-09-30\nslug: tip-13812345678", "正文。"), 4, "13812345678"),
        ("mobile in a statistics file", "content/stats/2021-10.yaml",
         "period: {start: 2021-01-01, end: 2021-10-31}\n# 联系人 13812345678\nmetrics: {}\n", 2, "13812345678"),
    ]

    @Test func anonymisedSiteBuilds() throws {
        let site = try TestSite(Self.clean)
        defer { site.remove() }
        try site.build()
        #expect(site.exists("cases/rebate/index.html"))
    }

    @Test(arguments: leaks)
    func leakFailsTheBuild(_ what: String, _ file: String, _ text: String, _ line: Int, _ secret: String) throws {
        var files = Self.clean
        files[file] = text
        let site = try TestSite(files)
        defer { site.remove() }
        let problems = site.failures()
        let d = try #require(problems.first { $0.message.contains("Personal data") }, "\(what): \(problems)")
        #expect(d.file == file)
        #expect(d.line == line)
        let printed = BuildFailure(problems).description
        #expect(!printed.contains(secret))
        #expect(!printed.replacingOccurrences(of: " ", with: "").contains(secret))
        #expect(!site.exists("index.html"))
        if file == Slogan.path || file == "site.yaml" { #expect(d.hint?.contains("no `pii_ok:`") == true) }
    }

    @Test func piiOKEntryLetsItsStringThrough() throws {
        var files = Self.clean
        files[Self.casePath] = page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate\npii_ok: [\"J\(Self.card)\"]",
                                    "接警编号J\(Self.card)。")
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        #expect(try site.read("cases/rebate/index.html").contains("J\(Self.card)"))
    }

    @Test func draftsAreNotScannedUntilPublished() throws {
        var files = Self.clean
        files["content/bulletins/draft.zh.md"] = page("title: 草稿\ndate: 2021-10-01\ndraft: true", "电话13812345678")
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        #expect(site.failures(drafts: true).contains { $0.file == "content/bulletins/draft.zh.md" && $0.line == 6 })
    }
}

extension PrivacyBuildTests {
    @Test func statisticsFileHasItsOwnPiiOK() throws {
        var files = Self.clean
        files["content/stats/2021-10.yaml"] = """
            period: {start: 2021-01-01, end: 2021-10-31}
            pii_ok: ["A\(Self.card)"]
            metrics:
              funds_frozen: {value: 44000000, unit: yuan, note: {zh: 专案编号A\(Self.card), en: case A\(Self.card)}}
            """
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        files["content/stats/2021-10.yaml"] = files["content/stats/2021-10.yaml"]!.replacingOccurrences(of: "pii_ok: [\"A\(Self.card)\"]\n", with: "")
        let leaking = try TestSite(files)
        defer { leaking.remove() }
        #expect(leaking.failures().contains { $0.file == "content/stats/2021-10.yaml" && $0.line == 3 })
    }
}

extension PrivacyBuildTests {
    @Test func leafletTextIsCheckedAndHasItsOwnPiiOK() throws {
        let leaflet = """
            format: a5
            title: {zh: 反诈提醒, en: Fraud alert}
            intro: {zh: 举报电话13812345678, en: Report line}
            cases: [rebate]
            """
        var files = Self.clean
        files["content/leaflets/alert.yaml"] = leaflet
        let leaking = try TestSite(files)
        defer { leaking.remove() }
        #expect(leaking.failures().contains { $0.file == "content/leaflets/alert.yaml" && $0.line == 3 && $0.column == 17 }, "\(leaking.failures())")

        files["content/leaflets/alert.yaml"] = leaflet + "\npii_ok: [\"13812345678\"]\n"
        let reviewed = try TestSite(files)
        defer { reviewed.remove() }
        #expect(!reviewed.failures().contains { $0.message.contains("Personal data") || $0.message.contains("pii_ok") })
    }
}
