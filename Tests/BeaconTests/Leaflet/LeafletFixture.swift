import BeaconContent
import BeaconCore
@testable import BeaconLeaflet
import BeaconMarkdown
import BeaconStats
import Foundation

/// A small bilingual site with three typical cases, slogans and the real theme strings,
/// written into a temporary folder; tests add or replace files to make their case.
enum LeafletFixture {
    static let baseURL = "https://fanzha.example.gov.cn/qjp/"

    static let files: [String: String] = [
        "site.yaml": """
        title: {zh: 清江浦反诈, en: Qingjiangpu Anti-Fraud}
        office: {zh: 淮安市公安局清江浦分局, en: "Qingjiangpu Branch, Huai'an Public Security Bureau"}
        base_url: \(baseURL)
        languages: [zh, en]
        fraud_types:
          task-rebate: {zh: 刷单返利, en: Task and order-brushing rebate scams}
          fake-police: {zh: 冒充公检法, en: Fake police and prosecutors}
          health-products: {zh: 保健品诈骗, en: Health product scams}
        """,
        "content/slogans.yaml": """
        - {zh: 不听不信不转账, en: "Don't listen, don't believe, don't transfer"}
        - {zh: 刷单就是诈骗，先付钱的都是骗局, en: "Paid order-brushing is fraud; any job that asks you to pay first is a scam"}
        - {zh: 公检法不会电话办案，更没有“安全账户”, en: "Police never handle cases by phone, and there is no \\"safe account\\""}
        """,
        "content/cases/task-rebate-student.zh.md": """
        ---
        title: 大学生兼职刷单被骗
        date: 2022-05-12
        fraud_type: task-rebate
        victim: 张某（女，20岁）
        loss: 38600
        ---
        张某在社交平台看到“足不出户、日赚300元”的兼职广告，添加对方QQ后被拉进“任务群”。
        前几单垫付的小额资金很快返还了本金和佣金，张某便放下戒心。

        随后对方以“连单任务”“操作失误需解冻”为由，要求她继续加大垫付金额。张某先后转账9次，共计3.86万元，对方随即将她拉黑。

        ## 警方提示

        所有刷单都是违法行为，所有要求先垫付资金的刷单都是诈骗。“小额返利”是诱饵，“连单解冻”是陷阱，发现被骗立即拨打110。
        """,
        "content/cases/task-rebate-student.en.md": """
        ---
        title: A student lost her savings to a paid order-brushing job
        date: 2022-05-12
        fraud_type: task-rebate
        victim: Ms Zhang (20)
        loss: 38600
        ---
        Ms Zhang saw an advert for a part-time job "earning 300 yuan a day from home". She added the poster on QQ and was put into a "task group". Her first small orders were refunded with commission, so she relaxed.

        Then she was told she had to finish a "linked set of orders" and pay more to "unfreeze" a mistake. She transferred money nine times, 38,600 yuan in all, and was blocked.

        ## Police advice

        All order-brushing is illegal, and every order-brushing job that asks you to pay first is a scam. Small rebates are bait. If you have been cheated, call 110 at once.
        """,
        "content/cases/fake-police-call.zh.md": """
        ---
        title: 冒充公检法“安全账户”诈骗
        date: 2022-03-08
        fraud_type: fake-police
        victim: 李某（男，56岁）
        loss: 420000
        ---
        李某接到自称“市公安局民警”的电话，称其身份证涉嫌一起洗钱案，需配合调查，并通过视频出示了所谓的“逮捕令”。

        对方要求李某对家人保密，将名下存款转入“安全账户”接受“资金清查”。李某信以为真，分三次转出42万元。

        ## 警方提示

        公安机关不会通过电话、视频办案，不会发送“逮捕令”，更不存在所谓的“安全账户”。凡是要求转账到“安全账户”的，一律是诈骗。
        """,
        "content/cases/fake-police-call.en.md": """
        ---
        title: The "safe account" call from fake police
        date: 2022-03-08
        fraud_type: fake-police
        victim: Mr Li (56)
        loss: 420000
        ---
        Mr Li was called by a man who said he was from the city police. He said Mr Li's ID card was linked to a money-laundering case and showed an "arrest warrant" on a video call.

        Mr Li was told to keep it from his family and move his savings to a "safe account" for checking. He believed it and transferred 420,000 yuan in three payments.

        ## Police advice

        The police never handle cases by phone or video call, never send warrants that way, and there is no such thing as a "safe account". Anyone who asks you to move money to one is a fraudster.
        """,
        "content/cases/health-products-elderly.zh.md": """
        ---
        title: 老人听“养生讲座”买天价保健品
        date: 2022-06-20
        fraud_type: health-products
        victim: 王某（女，72岁）
        loss: 65000
        ---
        一伙人以“免费体检、领鸡蛋”为名，把王某等老人请进“养生讲座”，每天嘘寒问暖、称兄道妹。

        “专家”宣称一款普通固体饮料能“根治高血压、糖尿病”，王某先后花费6.5万元购买，服用后病情反而加重。

        ## 警方提示

        保健品不是药品，不能代替药物治疗疾病。对“免费体检”“专家讲座”“包治百病”要提高警惕，大额消费前先和子女商量。
        """,
        "content/cases/health-products-elderly.en.md": """
        ---
        title: A health talk that sold an old woman overpriced supplements
        date: 2022-06-20
        fraud_type: health-products
        victim: Mrs Wang (72)
        loss: 65000
        ---
        A group invited Mrs Wang and other older residents to "health talks" with free check-ups and free eggs, and treated them like family every day.

        An "expert" claimed an ordinary drink powder could cure high blood pressure and diabetes. Mrs Wang spent 65,000 yuan on it, and her health got worse.

        ## Police advice

        Supplements are not medicine and cannot replace treatment. Be wary of free check-ups, expert talks and cures for everything, and talk to your children before spending a large sum.
        """,
        "content/leaflets/summer.yaml": """
        format: a4-trifold
        title: {zh: 反诈防骗 从我做起, en: Stop fraud before it starts}
        cases: [task-rebate-student, fake-police-call, health-products-elderly]
        stats: 2022-h1
        slogans: all
        """,
    ]

    /// The files of a fixture of leaflets: the sample leaflet removed, each leaflet's YAML with
    /// `title`, and the case files.
    static func leafletFiles(_ leaflets: [(name: String, format: String, cases: [String], extra: String)], title: String,
                             cases: [String: String]) -> [String: String?] {
        var out: [String: String?] = ["content/leaflets/summer.yaml": nil]
        for l in leaflets {
            out["content/leaflets/\(l.name).yaml"] = """
                format: \(l.format)
                title: \(title)
                cases: [\(l.cases.joined(separator: ", "))]
                \(l.extra)
                """
        }
        for (key, text) in cases { out[key] = text }
        return out
    }

    /// Writes the fixture plus `extra` (a nil value deletes a file) into a new temporary folder.
    static func write(_ extra: [String: String?] = [:]) throws -> URL {
        var all = files
        for (k, v) in extra { all[k] = v }
        // The real theme strings, so a test also checks what ships.
        return try TestSite(all).root
    }

    static func site(_ extra: [String: String?] = [:]) throws -> Site {
        try SiteLoader.load(root: try write(extra), options: LoadOptions(today: Day(iso: "2022-12-31")!))
    }

    /// Builds the fixture's leaflets and writes them into a folder for poppler to read.
    static func build(_ extra: [String: String?] = [:], only: String? = nil) throws -> (dir: URL, files: [OutputFile], pages: [ExtraPage]) {
        let site = try site(extra)
        let result = try LeafletBuilder.build(site: site, figures: FixtureFigures.values(site), bodies: bodies(site), only: only)
        let out = site.root.appendingPathComponent("public")
        try write(result.files, to: out)
        return (out, result.files, result.pages)
    }

    /// Typesets the fixture's leaflets, as the build step does (with its warnings), and writes
    /// them for poppler to read: the folder of the PDFs, the site, the warnings.
    static func typesetAndWrite(_ extra: [String: String?]) throws -> (leaflets: URL, site: Site, warnings: [Diagnostic]) {
        let site = try site(extra)
        let made = try typeset(site)
        let out = site.root.appendingPathComponent("public")
        try write(made.files, to: out)
        return (out.appendingPathComponent("leaflets"), site, made.warnings)
    }

    /// `typesetAndWrite` for a suite that builds its fixture once: the leaflets folder and the
    /// warnings, or the error, kept for a test to report.
    static func builtOnce(_ extra: [String: String?]) -> Result<(URL, [Diagnostic]), LeafletDesignTests.BuildError> {
        do {
            let made = try typesetAndWrite(extra)
            return .success((made.leaflets, made.warnings))
        } catch {
            return .failure(LeafletDesignTests.BuildError(description: "\(error)"))
        }
    }

    static func write(_ files: [OutputFile], to out: URL) throws {
        for f in files {
            let url = out.appendingPathComponent(f.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try f.data.write(to: url)
        }
    }
}

/// Figures as the statistics module would give them for one period: the values the build
/// hands the leaflets, with the site's own money writer.
enum FixtureFigures {
    static func values(_ site: Site) -> StatsValues {
        let zh: [FigureValue.Written] = [.init(label: "立案", value: "838起", change: "同比下降53.29%"), .init(label: "破案", value: "152起"),
                                         .init(label: "抓获犯罪嫌疑人", value: "89人"), .init(label: "冻结涉案资金", value: "4400余万元")]
        let en: [FigureValue.Written] = [.init(label: "cases filed", value: "838", change: "down 53.29% year on year"),
                                         .init(label: "cases solved", value: "152"), .init(label: "suspects arrested", value: "89"),
                                         .init(label: "frozen", value: "more than 44 million yuan")]
        let keys = ["cases_filed", "cases_solved", "suspects_arrested", "funds_frozen"]
        let figures = keys.indices.map { i in FigureValue(key: keys[i], number: StatNumber(1), written: ["zh": zh[i], "en": en[i]]) }
        let period = PeriodValues(name: "2022-h1", file: "content/stats/2022-h1.yaml", end: Day(iso: "2022-06-30")!,
                                  labels: ["zh": "2022年上半年", "en": "January to June 2022"], figures: figures, headline: keys)
        return StatsValues(periods: [period], money: MoneyWriter(languages: site.languages))
    }
}

extension LeafletFixture {
    /// Every page's body as the build's Markdown step parses it (a shortcode stands for nothing).
    static func bodies(_ site: Site) -> [String: RenderedMarkdown] {
        let renderer = MarkdownRenderer(unsafeHTML: false, basePath: "", resolveLink: { target, _, _ in ("/" + target, nil) },
                                        shortcodes: { _, _, _ in ShortcodeOutput(html: "", plain: "", isBlock: false) })
        var out: [String: RenderedMarkdown] = [:]
        for page in site.pages {
            out[page.id] = renderer.render(page.body, file: page.sourcePath, firstLine: page.bodyLine,
                                           language: page.language, date: page.date, withBlocks: true).0
        }
        return out
    }

    static func warnings(_ site: Site) -> [Diagnostic] {
        LeafletBuilder.warnings(site: site, figures: FixtureFigures.values(site), bodies: bodies(site))
    }

    static func typeset(_ site: Site) throws -> (files: [OutputFile], pages: [ExtraPage], warnings: [Diagnostic]) {
        try LeafletBuilder.typeset(site: site, figures: FixtureFigures.values(site), bodies: bodies(site))
    }
}
