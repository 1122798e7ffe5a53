@testable import BeaconLED
import BeaconContent
import BeaconCore
import BeaconStats
import Foundation

/// Writes a small site into a temporary folder and loads it, for LED tests. The theme's
/// LED strings are the real ones of the repository's default theme.
enum LEDFixture {
    static let threeBoards = """
    led_boards:
      - name: shop-strip
        width: 192
        height: 16
        font: 16
        charset: gb2312
        mode: static
        max_bytes: 1024
      - name: station
        width: 256
        height: 32
        font: 16
        charset: gbk
        mode: scroll
      - name: village
        width: 256
        height: 64
        font: 32
        charset: utf-8
        mode: static
        color: amber
    """

    static let slogans = """
    - {zh: 冒充公安来查案，不怕不慌不转账, en: Police never ask you to transfer money}
    - {zh: 不点击未知链接, en: Do not click unknown links}
    - {zh: 全民反诈，请拨打96110咨询, en: Call 96110 for advice}
    """

    static func site(boards: String = threeBoards, slogans: String? = slogans, files: [String: String] = [:]) throws -> Site {
        var all: [String: String] = [
            "site.yaml": "title: {zh: 清江浦反诈, en: Qingjiangpu Anti-Fraud}\nbase_url: https://example.gov.cn/fanzha/\nlanguages: [zh, en]\n" + boards + "\n",
        ]
        if let slogans { all["content/slogans.yaml"] = slogans }
        all.merge(files) { $1 }
        let root = try TestSite(all).root
        return try SiteLoader.load(root: root, options: LoadOptions(today: Day(iso: "2026-01-01")!))
    }

    /// The output file at `path`, or nil.
    static func file(_ result: LEDBuildResult, _ path: String) -> Data? {
        result.files.first { $0.path == path }?.data
    }

    /// A bulletin with an `led:` line.
    static func bulletin(_ slug: String, date: String, led: String) -> (String, String) {
        ("content/bulletins/\(slug).zh.md", "---\ntitle: 通报\ndate: \(date)\nled: \(led)\n---\n正文。\n")
    }
}

/// Figures as the statistics module would write them, for headline tests: `period` is the
/// latest period's values as the build hands them to the boards.
struct FakeFigures {
    var path = "content/stats/2021-10.yaml"
    var values: [String: String] = ["cases_filed": "838起", "cases_solved": "152起", "suspects_arrested": "89人", "funds_frozen": "4400余万元"]
    var changes: [String: String] = ["cases_filed": "同比下降53.29%"]

    var period: PeriodValues {
        let figures = values.keys.sorted().map { key in
            FigureValue(key: key, number: StatNumber(1), written: Dictionary(uniqueKeysWithValues: ["zh", "en"].map { code in
                (code, FigureValue.Written(label: key, value: values[key] ?? "", change: changes[key]))
            }))
        }
        return PeriodValues(name: "2021-10", file: path, end: Day(iso: "2021-10-31")!,
                            labels: ["zh": "2021年1月至10月", "en": "January to October 2021"], figures: figures, headline: [])
    }
}
