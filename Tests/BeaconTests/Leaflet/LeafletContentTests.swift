import BeaconContent
import BeaconCore
import BeaconWords
@testable import BeaconLeaflet
import Foundation
import Testing

/// What a leaflet prints, read back from its PDF in both languages: a case's own sections under
/// their headings, a word about what paper cannot print, the same stock tips in every
/// language, slogans broken between words, no line starting with a blank, the date the
/// content is of.
@Suite(.serialized) struct LeafletContentTests {
    /// A case of our own with a section the clerk added (提醒 / A new twist), an image and a table.
    static let zhCase = """
    ---
    title: 网友“女友”带投资 先后交“保证金”被骗
    date: 2022-09-03
    fraud_type: task-rebate
    victim: 赵某（男，45岁）
    loss: 126000
    ---
    ## 案情简介

    赵某在短视频平台结识一名自称做跨境生意的“女友”，对方每天嘘寒问暖，称有一个“内部渠道”可以低价买入数字藏品，稳赚不赔。

    赵某下载对方发来的App后先投入2000元，很快显示盈利300元并顺利提现。此后他陆续投入12.6万元，平台却以“账户异常”“需缴纳保证金”为由拒绝提现，对方随即失联。

    ![平台截图](shot.png)

    ## 作案手法

    1. 以恋爱交友为名长期聊天，取得信任后推荐“内部渠道”。
    2. 先让受害人小额获利、顺利提现，再诱导大额投入。
    3. 以“保证金”“解冻费”为由继续要钱，最后拉黑失联。

    ## 又见新花样

    近期还有骗子冒充“平台客服”，称可以帮助追回损失，要求先交“手续费”。这也是诈骗。有人先后转账1200元、3500元、6.84万元、4.75万元和2380元，每笔都有“客服”发来的截图和编号，共计损失12.6万元。

    - 追回损失只能通过公安机关。
    - 任何要求先交钱的“追款”都不要相信。

    | 时间 | 金额 |
    |---|---|
    | 9月 | 12.6万元 |

    ## 警方提示

    网上结识、从未见面的人推荐投资理财，一律是诈骗。发现被骗请立即拨打110。
    """

    static let enCase = """
    ---
    title: An online "girlfriend", an investment and a "deposit"
    date: 2022-09-03
    fraud_type: task-rebate
    victim: Mr Zhao (45)
    loss: 126000
    ---
    ## What happened

    Mr Zhao met a "girlfriend" on a short-video app who said she traded across the border. She wrote to him every day and told him about an "inside channel" for buying digital collectibles cheaply.

    He installed the app she sent, paid in 2,000 yuan, saw a profit of 300 yuan and withdrew it. He then paid in 126,000 yuan in all; the platform refused to pay out until he paid a "deposit", and she vanished.

    ![Screenshot](shot.png)

    ## How the scam works

    1. They court the victim for weeks, then recommend an "inside channel".
    2. A small first profit is paid out, to draw in larger sums.
    3. Fees for a "deposit" or "unfreezing" follow, and then silence.

    ## A new twist

    Scammers now also pose as "platform support" and offer to recover the money for a fee. That is a scam too.

    - Only the police can recover lost money.
    - Never pay anyone who asks for money first to get your money back.

    ## Police advice

    If someone you met online and never saw in person recommends an investment, it is a scam. If you have been cheated, call 110 at once.
    """

    /// Slogans of our own whose words ICU's dictionary only partly knows (来电, 接听).
    static let slogans = """
    - {zh: 接到96110来电，请务必接听, en: "If 96110 calls you, please answer"}
    - {zh: 陌生来电说您涉嫌洗钱，请立即挂断电话, en: "A stranger who says you are wanted for money laundering: hang up"}
    - {zh: 网上刷单返利，一律都是诈骗, en: Paid order-brushing online is always a scam}
    - {zh: 不听不信不转账，守好自己钱袋子, en: "Don't listen, don't believe, don't transfer"}
    """

    static let leafletNames = ["own-a5", "own-a4", "own-a4-two", "own-tri", "own-tri-two", "own-tri-three"]

    static var extra: [String: String?] {
        var out: [String: String?] = [
            "content/cases/online-girlfriend.zh.md": zhCase,
            "content/cases/online-girlfriend.en.md": enCase,
            "content/slogans.yaml": slogans,
        ]
        let plans: [(String, String, [String], String)] = [
            ("own-a5", "a5", ["online-girlfriend"], "slogans: [1, 2]"),
            ("own-a4", "a4", ["online-girlfriend"], "stats: 2022-h1\nslogans: all"),
            ("own-a4-two", "a4", ["online-girlfriend", "fake-police-call"], "stats: 2022-h1\nslogans: all"),
            ("own-tri", "a4-trifold", ["online-girlfriend"], "stats: 2022-h1\nslogans: all"),
            ("own-tri-two", "a4-trifold", ["task-rebate-student", "online-girlfriend"], "stats: 2022-h1\nslogans: all"),
            ("own-tri-three", "a4-trifold", ["online-girlfriend", "fake-police-call", "health-products-elderly"], "stats: 2022-h1\nslogans: [1, 3]"),
        ]
        for (name, format, cases, rest) in plans {
            out["content/leaflets/\(name).yaml"] = """
            format: \(format)
            title: {zh: 网恋“女友”带投资 先交“保证金”必是诈骗, en: "Online love, an investment tip: a scam"}
            cases: [\(cases.joined(separator: ", "))]
            \(rest)
            """
        }
        return out
    }

    /// Built once for the suite.
    static let built: Result<(dir: URL, site: Site), BuildError> = {
        do {
            let made = try LeafletFixture.typesetAndWrite(extra)
            return .success((made.leaflets, made.site))
        } catch {
            return .failure(BuildError(description: "\(error)"))
        }
    }()

    struct BuildError: Error { var description: String }

    static func pdf(_ name: String, _ lang: String) throws -> URL {
        try built.get().dir.appendingPathComponent("\(name).\(lang).pdf")
    }

    @Test func theLeafletsBuild() throws {
        _ = try Self.built.get()
    }

    /// Justification spaces between characters, never inside a number or a Latin word: Pango
    /// puts half a character's spacing before it, and a clerk saw `6.8 4万元` and `Ap p`. In the
    /// PDF's words, no number or Latin word is followed on its line by another that goes on it.
    @Test func justifiedLinesKeepNumbersAndLatinWordsWhole() throws {
        let word = { (c: Character?) in c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
        var checked = 0
        for name in Self.leafletNames {
            let layout = try PDFLayout(Self.pdf(name, "zh"))
            for line in layout.pages.flatMap({ $0.flatMap(\.lines) }) {
                for (a, b) in zip(line.words, line.words.dropFirst()) where b.xMin - a.xMax < 6 {
                    checked += 1
                    #expect(!(word(a.text.last) && word(b.text.first)), "\(name).zh: `\(a.text) \(b.text)` in “\(line.text)”")
                }
            }
        }
        #expect(checked > 100)
    }

    /// The story, the method, the clerk's own section (its paragraph and its list) and the
    /// advice are all printed, in that order, with the own section under its own heading.
    @Test(arguments: ["zh", "en"])
    func aCasesOwnSectionIsPrintedUnderItsHeadingInOrder(_ lang: String) throws {
        let zh = lang == "zh"
        let marks = zh
            ? ["赵某在短", "作案手法", "以恋爱交", "又见新花样", "近期还有", "追回损失", "任何要求", "警方提示", "网上结识"]
            : ["MrZhao", "Howthe", "Theycourt", "Anewtwist", "Scammersnow", "Onlythe", "Neverpay", "Policeadvice", "Ifsomeone"]
        for name in Self.leafletNames {
            let url = try Self.pdf(name, lang)
            let layout = try PDFLayout(url)
            let box = try PDFInfo(url).box("MediaBox")
            let columns = Double(name.contains("tri") ? 3 : name.contains("a5") ? 1 : 2)
            // Reading order: page, column (panel), then down the column.
            let lines = layout.pages.indices.flatMap { page in
                layout.pages[page].flatMap(\.lines).map { line in
                    (key: [Double(page), (line.xMin / ((box.count == 4 ? box[2] : 842) / columns)).rounded(.down), line.yMin],
                     text: line.text.filter { !$0.isWhitespace && $0 != "\u{200B}" })
                }
            }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
            var at = 0
            for mark in marks {
                let found = lines[at...].firstIndex { $0.text.contains(mark) }
                #expect(found != nil, "\(name).\(lang): «\(mark)» missing or out of order")
                if let found { at = found }
            }
        }
    }

    /// An image and a table in a case are named, with their line, as not printed; in each language.
    @Test func whatPaperCannotPrintIsNamedWithItsLine() throws {
        let site = try Self.built.get().site
        let warnings = LeafletFixture.warnings(site)
        for (lang, text, kinds) in [("zh", Self.zhCase, ["![", "| 时间"]), ("en", Self.enCase, ["!["])] {
            let file = "content/cases/online-girlfriend.\(lang).md"
            let lines = text.components(separatedBy: "\n")
            for kind in kinds {
                guard let index = lines.firstIndex(where: { $0.hasPrefix(kind) }) else { Issue.record("no \(kind)"); continue }
                let hit = warnings.first { $0.file == file && $0.line == index + 1 }
                #expect(hit != nil, "\(file):\(index + 1) «\(kind)»: \(warnings.map(\.description))")
                #expect(hit.map { $0.severity == .warning && "\($0)".contains("own-") } == true, "\(hit.map { "\($0)" } ?? "")")
            }
            #expect(warnings.filter { $0.file == file && $0.line != nil }.count == kinds.count, "\(warnings.map(\.description))")
        }
    }

    /// Printing a case's own sections can make it too long for its leaflet: that is an error
    /// naming the leaflet, never a section dropped.
    @Test func anOwnSectionTooLongForTheLeafletIsAnErrorNamingIt() throws {
        let long = String(repeating: "骗子冒充客服，以退款、理赔、注销账户为名，诱导受害人下载会议软件并开启屏幕共享，再一步步转走存款。", count: 16)
        let longEn = String(repeating: "Scammers pose as customer service and ask you to share your screen to get a refund, then empty your account. ", count: 18)
        var extra = Self.extra
        extra["content/cases/online-girlfriend.zh.md"] = Self.zhCase.replacingOccurrences(of: "这也是诈骗。", with: "这也是诈骗。\n\n" + long)
        extra["content/cases/online-girlfriend.en.md"] = Self.enCase.replacingOccurrences(of: "That is a scam too.", with: "That is a scam too.\n\n" + longEn)
        for name in Self.leafletNames where name != "own-a5" { extra["content/leaflets/\(name).yaml"] = .some(nil) }
        let site = try LeafletFixture.site(extra)
        do {
            _ = try LeafletFixture.typeset(site)
            Issue.record("an A5 leaflet with a long own section built")
        } catch let failure as BuildFailure {
            let errors = failure.diagnostics.filter { $0.severity == .error }
            #expect(!errors.isEmpty)
            for lang in ["zh", "en"] {
                #expect(errors.contains { $0.file == "content/leaflets/own-a5.yaml" && "\($0)".contains("\(lang == "zh" ? "Chinese" : "English") leaflet `own-a5`") }, "\(errors.map(\.description))")
            }
        }
    }

    /// The stock tips (防骗要点, the theme's `leaflet.tips`) come whole from the first, and every
    /// language of a leaflet prints the same ones.
    @Test func everyLanguageOfALeafletPrintsTheSameStockTips() throws {
        let site = try Self.built.get().site
        var printedSomewhere = false
        for name in Self.leafletNames {
            var counts: [String: Int] = [:]
            for lang in ["zh", "en"] {
                // A tip is printed when a line starts with the bullet and its first words (poppler
                // puts a point's hanging lines in a block of their own).
                let starts = try PDFLayout(try Self.pdf(name, lang)).pages.flatMap { $0 }.flatMap(\.lines)
                    .map { $0.text.filter { !$0.isWhitespace && $0 != "\u{200B}" } }
                let tips = LeafletWords(site.language(lang == "zh" ? .zh : .en)).list("tips").map { $0.filter { !$0.isWhitespace } }
                let printed = tips.map { tip in starts.contains { $0.hasPrefix("•" + tip.prefix(lang == "zh" ? 6 : 10)) } }
                // From the first, none skipped.
                let n = printed.prefix { $0 }.count
                #expect(!printed.dropFirst(n).contains(true), "\(name).\(lang): tips \(printed)")
                counts[lang] = n
            }
            #expect(counts["zh"] == counts["en"], "\(name): \(counts)")
            printedSomewhere = printedSomewhere || (counts["zh"] ?? 0) > 0
        }
        #expect(printedSomewhere, "no leaflet of the fixture has room for tips: the test shows nothing")
    }

    /// A slogan breaks only between words (ICU's, with runs of its single hanzi kept together)
    /// and its lines come out even.
    @Test(arguments: ["zh", "en"])
    func slogansBreakBetweenWordsIntoEvenLines(_ lang: String) throws {
        let site = try Self.built.get().site
        let slogans = site.slogans.compactMap { $0.text[lang == "zh" ? Language.zh : Language.en] }
        var seen = 0
        for name in Self.leafletNames {
            let layout = try PDFLayout(try Self.pdf(name, lang))
            let strip = { (s: String) in s.filter { lang == "en" || !$0.isWhitespace } }
            for block in layout.pages.flatMap({ $0 }) {
                let all = block.lines.map { $0.text.replacingOccurrences(of: "◆", with: "").trimmingCharacters(in: .whitespaces) }
                // Runs of the block's lines that make up one slogan (poppler may put several in one block).
                for start in all.indices {
                    for end in start + 1..<all.count {
                        let lines = Array(all[start...end])
                        let joined = strip(lines.joined(separator: lang == "zh" ? "" : " "))
                        guard let slogan = slogans.first(where: { strip($0) == joined }) else { continue }
                        seen += 1
                        let words = WordBoundaries.words(joined, locale: lang == "zh" ? "zh_CN" : "en")
                        var offset = 0
                        for line in lines.dropLast() {
                            offset += strip(lang == "zh" ? line : line + " ").utf8.count
                            let at = lang == "zh" ? offset : offset - 1
                            #expect(!words.contains { $0.0 < at && at < $0.1 }, "\(name).\(lang): «\(slogan)» breaks inside a word: \(lines)")
                        }
                        let lengths = lines.map(\.count)
                        #expect((lengths.max() ?? 0) - (lengths.min() ?? 0) <= max(4, (lengths.max() ?? 0) / 2), "\(name).\(lang): uneven \(lines)")
                    }
                }
            }
        }
        #expect(seen > 0, "no slogan of two lines or more: the test shows nothing")
    }

    /// No line starts with a blank: its first ink is at its left edge (an opening quote at a line
    /// start is set half-width), and no line of a left-aligned block starts a space further in.
    @Test(arguments: ["zh", "en"])
    func noLineStartsWithABlank(_ lang: String) throws {
        let dpi = 150.0
        for name in Self.leafletNames {
            let url = try Self.pdf(name, lang)
            let layout = try PDFLayout(url)
            for page in layout.pages.indices {
                let prefix = url.deletingPathExtension().path + "-ink-\(page)"
                _ = try Tool.run("pdftoppm", ["-r", String(Int(dpi)), "-gray", "-f", String(page + 1), "-l", String(page + 1), "-singlefile", url.path, prefix])
                let (w, h, pixels) = try PGM.read(URL(fileURLWithPath: prefix + ".pgm"))
                let px = { (pt: Double) in Int((pt / 72 * dpi).rounded()) }
                func median(_ v: [Double]) -> Double { v.sorted()[v.count / 2] }
                // The page's left text edges: where three lines or more start.
                let lines = layout.pages[page].flatMap(\.lines)
                let edges = Dictionary(grouping: lines.map { ($0.xMin * 2).rounded() / 2 }, by: { $0 }).filter { $0.value.count >= 3 }.map(\.key)
                for line in lines where !"◆•·".contains(line.text.first ?? " ") {
                    let em = line.height / 1.448
                    // Also where the line just above or below starts (a tip's hanging lines): the
                    // box of a mark set half-width at a tip's line start is half an em left of
                    // them, and may fall on another block's edge (the advice box's, beside it).
                    let edges = edges + lines.filter { other in
                        abs(other.yMin - line.yMin) < 1.6 * line.height && abs(other.yMin - line.yMin) > 0.5 * line.height
                            && abs(other.xMin - line.xMin) < em && !"“‘（《【「◆•·".contains(other.text.first ?? " ")
                    }.map(\.xMin)
                    // The first column with ink in the line's middle band (darker than the
                    // background beside it: white or a tint), from a little before its box.
                    let y0 = max(0, px(line.yMin + line.height * 0.2)), y1 = min(h, px(line.yMax - line.height * 0.2))
                    let x0 = max(0, px(line.xMin - 2)), x1 = min(w, px(line.xMin + 2 * em))
                    guard y1 > y0, x1 > x0 else { continue }
                    let background = Int(pixels[y0 * w + x0])
                    guard let first = (x0..<x1).first(where: { x in (y0..<y1).contains { y in background - Int(pixels[y * w + x]) > 90 } }) else { continue }
                    let ink = Double(first) / dpi * 72
                    // The edge the line is set against: at its box, or half an em right of it (an
                    // opening mark set half-width starts its box left of the edge).
                    let near = edges.filter { $0 >= line.xMin - 0.1 * em && $0 <= line.xMin + 0.6 * em }
                    guard let edge = near.min(by: { abs($0 - ink) < abs($1 - ink) }) else { continue }
                    #expect(ink - edge < 0.3 * em, "\(name).\(lang) p\(page + 1): «\(line.text.prefix(12))» starts \(String(format: "%.2f", (ink - edge) / em)) em in")
                }
                for block in layout.pages[page] where block.lines.count >= 2 {
                    let left = median(block.lines.map(\.xMin))
                    // A centred block (a label under a hotline) has no left edge.
                    let mids = block.lines.map { ($0.xMin + $0.xMax) / 2 }, xs = block.lines.map(\.xMin)
                    if (mids.max() ?? 0) - (mids.min() ?? 0) < 1.5 && (xs.max() ?? 0) - (xs.min() ?? 0) > 1 { continue }
                    // Nor does a line start a space further in than the block's left edge.
                    for line in block.lines.dropFirst() {
                        let dx = line.xMin - left, em = line.height / 1.448
                        #expect(!(dx > 0.15 * em && dx < 0.45 * em), "\(name).\(lang) p\(page + 1): «\(line.text.prefix(12))» starts \(String(format: "%.2f", dx / em)) em in")
                    }
                }
            }
        }
    }

    /// The date printed is the newest of the leaflet's case dates and its statistics period's
    /// end (here the case, 3 September 2022, after the period's 30 June), whatever the build's day.
    @Test(arguments: [("zh", "2022年9月3日"), ("en", "3September2022")])
    func theDatePrintedIsTheNewestOfItsContent(_ lang: String, _ date: String) throws {
        for name in Self.leafletNames {
            let text = try pdfText(try Self.pdf(name, lang))
            #expect(text.contains(date), "\(name).\(lang)")
            #expect(text.contains(lang == "zh" ? "淮安市公安局清江浦分局" : "Qingjiangpu"), "\(name).\(lang): the issuer")
        }
    }
}
