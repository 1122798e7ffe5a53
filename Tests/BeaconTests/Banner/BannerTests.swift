import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// SPEC §11: banners as one-page print PDFs, checked with poppler's tools.
@Suite struct BannerTests {
    static let slogans = """
    - {zh: 不听不信不转账, en: "Don't listen, don't believe, don't pay"}
    - {zh: 刷单返利是陷阱，天上不会掉馅饼, en: Paid order-brushing is a trap}
    """

    func site(_ banners: [String: String]) throws -> TestSite {
        var files = Fixtures.bilingual
        files["content/slogans.yaml"] = Self.slogans
        for (name, text) in banners { files["content/banners/\(name).yaml"] = text }
        return try TestSite(files)
    }

    func url(_ site: TestSite, _ path: String) -> URL { site.output.appendingPathComponent(path) }

    /// Fill colours the page content sets, after qpdf uncompresses it: every operator and its operands.
    func colourOperators(_ pdf: URL) throws -> [String] {
        let qdf = FileManager.default.temporaryDirectory.appendingPathComponent("banner-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: qdf) }
        _ = try? Tool.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path])
        let text = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        let re = try NSRegularExpression(pattern: #"(?<![\w.])(?:-?[\d.]+\s+)+(rg|RG|g|G|k|K|sc|scn|SC|SCN)(?![\w])"#)
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { (text as NSString).substring(with: $0.range) }
    }

    @Test func aTrueSizeBannerHasItsPageSizeTextFontsAndCMYK() throws {
        let site = try site(["market": "text: {zh: 全民反诈, en: Stop fraud}\nsize: 90x400\ncolours: red-yellow\n"])
        try site.build()
        for lang in ["zh", "en"] {
            let pdf = url(site, "banners/market.\(lang).pdf")
            let info = try PDFInfo(pdf)
            #expect(info.pages == 1)
            let size = try #require(info.size("MediaBox"))
            // True size: 4000 × 900 mm, within half a millimetre.
            #expect(abs(size.width - 4000) < 0.5 && abs(size.height - 900) < 0.5)
            #expect(!(info.fields["Title"] ?? "").contains("1:10"))
            let fonts = try pdfFonts(pdf)
            #expect(!fonts.isEmpty)
            #expect(fonts.allSatisfy { $0.embedded && $0.subset && $0.unicode })
            #expect(fonts.allSatisfy { $0.name.contains("Bold") })
        }
        #expect(try pdfText(url(site, "banners/market.zh.pdf")) == "全民反诈")
        #expect(try pdfText(url(site, "banners/market.en.pdf")).contains("Stopfraud"))
        // Process colours only: the red cloth as M100 Y100 and the yellow letters as Y100.
        let ops = try colourOperators(url(site, "banners/market.zh.pdf"))
        #expect(!ops.isEmpty)
        #expect(ops.allSatisfy { $0.hasSuffix(" k") || $0.hasSuffix(" K") }, "\(ops)")
        #expect(ops.contains("0 1 1 0 k"))
        #expect(ops.contains("0 0 1 0 k"))
        #expect(!String(decoding: try Data(contentsOf: url(site, "banners/market.zh.pdf")), as: UTF8.self).contains("DeviceRGB"))
    }

    @Test func aBannerLongerThanFiveMetresIsDrawnAtOneToTen() throws {
        let site = try site(["gate": "text: 2\nsize: 70x600\n"])
        let report = try site.build()
        #expect(report.banners == 2)
        let pdf = url(site, "banners/gate.zh.pdf")
        let info = try PDFInfo(pdf)
        let size = try #require(info.size("MediaBox"))
        // 1:10 of 6000 × 700 mm; the page keeps the banner's proportions.
        #expect(abs(size.width - 600) < 0.5 && abs(size.height - 70) < 0.5)
        #expect(abs(size.width / size.height - 600.0 / 70.0) < 0.01)
        #expect((info.fields["Title"] ?? "").contains("1:10"))
        // Slogan 2, counted from 1, and the note in the corner.
        let text = try pdfText(pdf)
        #expect(text.hasPrefix("刷单返利是陷阱，天上不会掉馅饼"))
        #expect(text.contains("1:10"))
        #expect((try PDFInfo(url(site, "banners/gate.en.pdf")).fields["Title"] ?? "").contains("1:10"))
    }

    @Test func theBannersPageListsEveryBannerWithItsPreview() throws {
        let site = try site(["market": "text: {zh: 全民反诈, en: Stop fraud}\nsize: 90x400\n",
                             "only-zh": "text: 拒绝刷单\nsize: 70x300\ncolours: blue-white\n"])
        try site.build()
        let zh = try site.read("banners/index.html")
        let en = try site.read("en/banners/index.html")
        #expect(zh.contains("src=\"/fanzha/banners/market.zh.png\"") && zh.contains("href=\"/fanzha/banners/market.zh.pdf\""))
        #expect(en.contains("src=\"/fanzha/banners/market.en.png\""))
        // A banner with text in one language only is listed in both, in that language.
        #expect(zh.contains("拒绝刷单") && en.contains("banners/only-zh.zh.pdf"))
        #expect(!site.exists("banners/only-zh.en.pdf"))
        let png = try Data(contentsOf: url(site, "banners/market.zh.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try site.read("index.html").contains("/fanzha/banners/"), "the footer links staff to the page")
    }

    /// Left and right ends of the text's words on the page, in points.
    /// Only words made of `text`'s characters count, so the corner note of a 1:10 banner does not.
    func inkSpan(_ pdf: URL, of text: String) throws -> (min: Double, max: Double, words: Int) {
        let bbox = try Tool.run("pdftotext", ["-bbox", pdf.path, "-"])
        let re = try NSRegularExpression(pattern: #"<word xMin="(-?[\d.]+)" yMin="-?[\d.]+" xMax="(-?[\d.]+)" yMax="-?[\d.]+">([^<]*)<"#)
        let ns = bbox as NSString
        let boxes = re.matches(in: bbox, range: NSRange(location: 0, length: ns.length))
            .filter { ns.substring(with: $0.range(at: 3)).allSatisfy(text.contains) }
            .map { (Double(ns.substring(with: $0.range(at: 1)))!, Double(ns.substring(with: $0.range(at: 2)))!) }
        return (boxes.map(\.0).min() ?? 0, boxes.map(\.1).max() ?? 0, boxes.count)
    }

    @Test func aShortTextIsSpacedAcrossTheBanner() throws {
        let site = try site(["two": "text: {zh: 反诈}\nsize: 70x600\n", "four": "text: {zh: 全民反诈}\nsize: 90x400\n"])
        try site.build()
        // Four hanzi on a 4 m banner reach from one end margin to the other.
        let four = url(site, "banners/four.zh.pdf")
        let width = try #require(PDFInfo(four).box("MediaBox").dropFirst(2).first)
        let span = try inkSpan(four, of: "全民反诈")
        #expect(span.max - span.min > width * 0.85)
        #expect(span.min > width * 0.02 && span.max < width * 0.98)
        // Two hanzi on a 6 m banner stay a word: spaced, but not flung to the two ends.
        let two = url(site, "banners/two.zh.pdf")
        let box = try PDFInfo(two).box("MediaBox")
        let em = 0.7 * (box[3] - box[1])
        let pair = try inkSpan(two, of: "反诈")
        #expect(pair.max - pair.min > 2.5 * em && pair.max - pair.min < 3.3 * em)
        #expect(abs((pair.max + pair.min) / 2 - box[2] / 2) < 0.25 * em, "centred")
    }

    @Test func anImpossibleBannerIsRefusedNamingItsFile() throws {
        let long = String(repeating: "不听不信不转账", count: 6)   // 42 hanzi on 3 m: over 12 a metre
        let site = try site([
            "too-long": "size: 70x300\ntext: {zh: \(long)}\n",
            "too-tall": "text: {zh: 反诈}\nsize: 400x900\n",
            "upright": "text: {zh: 反诈}\nsize: 300x70\n",
            "no-size": "text: {zh: 反诈}\nsize: 70 by 600\n",
            "no-slogan": "text: 7\nsize: 70x600\ncolours: red-blue\n",
        ])
        let errors = site.failures().filter { $0.severity == .error }
        func at(_ name: String) -> [Diagnostic] { errors.filter { $0.file == "content/banners/\(name).yaml" } }
        #expect(at("too-long").first?.line == 2)
        #expect(at("too-long").first?.message.contains("300 cm") == true)
        #expect(at("too-tall").first?.line == 2)
        #expect(at("too-tall").first?.message.contains("320 cm") == true)
        #expect(at("upright").count == 1)
        #expect(at("no-size").first?.message.contains("70x600") == true)
        #expect(at("no-slogan").count == 2)
        #expect(at("no-slogan").contains { $0.message.contains("numbered 1 to 2") })
        #expect(at("no-slogan").contains { $0.hint?.contains("`red-white`") == true })
        #expect(!site.exists("banners"), "a failed build writes nothing")
    }

    @Test func theSameSiteGivesTheSameBytes() throws {
        let site = try site(["market": "text: {zh: 全民反诈, en: Stop fraud}\nsize: 90x400\n"])
        try site.build()
        let first = try Data(contentsOf: url(site, "banners/market.zh.pdf"))
        try site.build()
        #expect(try Data(contentsOf: url(site, "banners/market.zh.pdf")) == first)
    }
}
