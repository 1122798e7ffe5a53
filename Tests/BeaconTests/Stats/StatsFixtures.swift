import BeaconContent
import BeaconCore
import BeaconStats
import Foundation

/// Shared inputs of the statistics tests: the real theme strings and a site config with the
/// sample district's fraud types.
enum StatsFixtures {
    static let repoRoot = TestSite.repository

    static let strings: ThemeStrings = {
        let layers = ThemeLayers(name: "default", siteRoot: URL(fileURLWithPath: "/nonexistent"), base: TestSite.themeSource)
        return try! ThemeStrings.load(layers, languages: [.zh, .en])
    }()

    static let zh = Language(code: "zh", isDefault: true)
    static let en = Language(code: "en", isDefault: false)

    static let config: SiteConfig = try! SiteConfig.load(SourceText(path: "site.yaml", text: """
        title: {zh: 清江浦反诈, en: Qingjiangpu Anti-Fraud}
        base_url: https://example.gov.cn/fanzha/
        languages: [zh, en]
        fraud_types:
          task-rebate: {zh: 刷单返利, en: Task and order-brushing rebate scams}
          investment: {zh: 虚假投资理财, en: Fake investment schemes}
          fake-loan: {zh: 虚假网络贷款, en: Fake online loans}
          impersonate-service: {zh: 冒充电商物流客服, en: Fake customer service}
          impersonate-police: {zh: 冒充公检法, en: Impersonating police and officials}
          fake-credit: {zh: 虚假征信, en: Fake credit-record repair}
          impersonate-acquaintance: {zh: 冒充领导熟人, en: Impersonating bosses and acquaintances}
          romance: {zh: 网络婚恋交友, en: Romance scams}
          game-trading: {zh: 网络游戏产品虚假交易, en: Fake game-item trading}
          sextortion: {zh: 裸聊敲诈, en: Sextortion}
          fake-shopping: {zh: 虚假购物服务, en: Fake online shopping}
        """))

    /// Loads stats files given as `[name: yaml]` (names without `content/stats/`).
    static func load(_ files: [String: String]) throws -> StatsCollection {
        let sources = files.map { SourceText(path: "content/stats/\($0.key)", text: $0.value) }
        return try StatsCollection.load(sources: sources, config: config)
    }

    /// The errors that loading `files` fails with (warnings, such as types that leave some
    /// cases unclassified, are left out: see `warnings`).
    static func failures(_ files: [String: String]) -> [Diagnostic] {
        do { _ = try load(files); return [] } catch let f as BuildFailure { return f.errors } catch { return [] }
    }

    /// The warnings of loading `files`, which load.
    static func warnings(_ files: [String: String]) throws -> [Diagnostic] {
        try load(files).warnings
    }

    /// The repository's own sample statistics.
    static func sample() throws -> StatsCollection {
        let dir = repoRoot.appendingPathComponent("content/stats")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let sources = try names.map { try SourceText.read(dir.appendingPathComponent($0), path: "content/stats/\($0)") }
        return try StatsCollection.load(sources: sources, config: config)
    }

    static let valid = """
        period: {start: 2021-01-01, end: 2021-03-31, label: {zh: 2021年第一季度, en: First quarter of 2021}}
        metrics:
          cases_filed: {value: 300, previous: 400}
          cases_solved: 60
          funds_frozen: {value: 44000000, approx: true}
        monthly:
          cases_filed: [120, 100, 80]
        by_type:
          task-rebate: 150
          investment: 100
        """
}
