import BeaconContent
import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// Reads the fixture's PDFs back with poppler, as a print shop's preflight would.
@Suite(.serialized) struct LeafletPDFTests {
    static let formats: [(LeafletFormat, Double, Double)] = [(.a4Trifold, 297, 210), (.a4, 210, 297), (.a5, 148, 210)]

    /// One leaflet per format over the same three cases.
    static func built() throws -> URL {
        var extra: [String: String?] = [:]
        extra["content/leaflets/notice.yaml"] = """
            format: a4
            title: {zh: 警惕电信网络诈骗, en: Beware of phone and online fraud}
            intro: {zh: 近期我区电信网络诈骗案件多发，请广大群众提高警惕。, en: Phone and online fraud is rising in the district. Please stay alert.}
            cases: [fake-police-call, task-rebate-student]
            stats: 2022-h1
            slogans: [1, 3]
            """
        extra["content/leaflets/elders.yaml"] = """
            format: a5
            title: {zh: 致老年朋友的一封信, en: A letter to our older residents}
            cases: [health-products-elderly]
            slogans: [1]
            qr: https://fanzha.example.gov.cn/qjp/Elders?from=Leaflet
            date: 2022-09-01
            """
        return try LeafletFixture.build(extra).dir.appendingPathComponent("leaflets")
    }

    @Test func everyPDFHasTwoPagesExactTrimAndThreeMillimetreBleed() throws {
        let dir = try Self.built()
        for (name, format) in [("summer", LeafletFormat.a4Trifold), ("notice", .a4), ("elders", .a5)] {
            for lang in ["zh", "en"] {
                let info = try PDFInfo(dir.appendingPathComponent("\(name).\(lang).pdf"))
                #expect(info.pages == 2, "\(name).\(lang)")
                let trim = try #require(info.size("TrimBox"))
                let bleed = try #require(info.size("BleedBox"))
                let media = try #require(info.size("MediaBox"))
                #expect(abs(trim.width - format.trimSize.width) < 0.05 && abs(trim.height - format.trimSize.height) < 0.05, "\(name) trim \(trim)")
                #expect(abs(bleed.width - trim.width - 6) < 0.05 && abs(bleed.height - trim.height - 6) < 0.05, "\(name) bleed \(bleed)")
                // Room for crop marks outside the bleed.
                #expect(media.width - bleed.width >= 16 && media.height - bleed.height >= 16, "\(name) media \(media)")
                // The trim is centred in the bleed: 3 mm on every side.
                let t = info.box("TrimBox"), b = info.box("BleedBox")
                for i in 0..<2 { #expect(abs((t[i] - b[i]) * 25.4 / 72 - 3) < 0.05) }
                for i in 2..<4 { #expect(abs((b[i] - t[i]) * 25.4 / 72 - 3) < 0.05) }
                #expect(info.fields["Title"] != nil && info.fields["Title"] != "")
                #expect(info.fields["Creator"] == "Beacon")
            }
        }
    }

    @Test func boxesAndLanguageAreReallyInTheFileNotInventedByPoppler() throws {
        let dir = try Self.built()
        let json = try Tool.run("qpdf", ["--json=2", "--json-key=qpdf", dir.appendingPathComponent("summer.zh.pdf").path])
        #expect(json.components(separatedBy: "/TrimBox").count - 1 == 2)
        #expect(json.components(separatedBy: "/BleedBox").count - 1 == 2)
        #expect(json.contains("\"/Lang\": \"u:zh-CN\""))
        #expect(!json.contains("/Transparency"))
        _ = try Tool.run("qpdf", ["--check", dir.appendingPathComponent("summer.zh.pdf").path])
    }

    /// PDF/X-1a:2003 as far as free tools can check it: poppler names the subtype; the file is
    /// PDF 1.4 without object streams; the OutputIntent embeds a CMYK output profile; the Info
    /// dictionary has `Trapped`. (CMYK only, fonts and boxes: the tests around this one.)
    @Test func everyPDFIsMarkedPDFX1aWithACMYKOutputIntent() throws {
        let dir = try Self.built()
        for file in ["summer.zh.pdf", "notice.en.pdf", "elders.zh.pdf"] {
            let url = dir.appendingPathComponent(file)
            let info = try PDFInfo(url)
            #expect(info.fields["PDF subtype"] == "PDF/X-1a:2003", "\(file)")
            #expect(info.fields["PDF version"] == "1.4", "\(file)")
            let json = try Tool.run("qpdf", ["--json=2", "--json-key=qpdf", url.path])
            #expect(json.contains("\"/S\": \"/GTS_PDFX\""), "\(file)")
            #expect(json.contains("\"/Trapped\": \"/False\""), "\(file)")
            #expect(!json.contains("/ObjStm") && !json.contains("/XRef"), "\(file): object or cross-reference streams")
            // The profile is embedded and is a CMYK printer profile (header bytes 12–19: `prtrCMYK`).
            let objects = try Tool.run("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", url.path])
            let tree = try #require(try JSONSerialization.jsonObject(with: Data(objects.utf8)) as? [String: Any])
            let all = try #require((tree["qpdf"] as? [Any])?.last as? [String: Any])
            let intent = try #require(all.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }.first { $0["/S"] as? String == "/GTS_PDFX" })
            let ref = try #require(intent["/DestOutputProfile"] as? String)
            let stream = try #require((all["obj:\(ref)"] as? [String: Any])?["stream"] as? [String: Any])
            #expect((stream["dict"] as? [String: Any])?["/N"] as? Int == 4, "\(file)")
            let bytes = [UInt8](try #require(Data(base64Encoded: stream["data"] as? String ?? "")))
            #expect(bytes.count > 128 && String(decoding: bytes[12..<20], as: UTF8.self) == "prtrCMYK", "\(file): the OutputIntent's profile is not a CMYK output profile")
        }
    }

    @Test func colourIsProcessCMYKWithTextInBlackInkOnly() throws {
        let dir = try Self.built()
        for file in ["summer.zh.pdf", "notice.en.pdf", "elders.zh.pdf"] {
            let qdf = dir.appendingPathComponent("qdf-\(file)")
            _ = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", dir.appendingPathComponent(file).path, qdf.path])
            let content = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
            let rgb = try Regex(#"(?m)[\d.]+\s+[\d.]+\s+[\d.]+\s+(rg|RG)\b|[\d.]+\s+[gG]\s"#)
            // Booleans first, so a failure does not print the whole file.
            let setsRGB = content.firstMatch(of: rgb) != nil
            let namesRGB = content.contains("/DeviceRGB")
            let blackText = content.contains("0 0 0 1 k BT")
            let brand = content.contains(Palette.brand.cmyk!.operands + " k")
            #expect(!setsRGB, "\(file) still sets an RGB or grey colour")
            #expect(!namesRGB, "\(file)")
            #expect(blackText, "\(file): text is not in black ink only")
            #expect(brand, "\(file): the brand colour is not its CMYK")
        }
    }

    @Test func everyFontIsEmbeddedAndSubset() throws {
        let dir = try Self.built()
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".pdf") {
            let fonts = try pdfFonts(dir.appendingPathComponent(file))
            #expect(!fonts.isEmpty)
            for f in fonts {
                #expect(f.embedded && f.subset && f.unicode, "\(file): \(f.name)")
                #expect(f.name.contains("NotoSansCJKsc") || f.name.contains("NotoSerifCJKsc"), "\(file): \(f.name)")
            }
        }
    }

    @Test func chineseAndEnglishTextCanBeExtracted() throws {
        let dir = try Self.built()
        let zh = try pdfText(dir.appendingPathComponent("summer.zh.pdf"))
        for s in ["反诈防骗从我做起", "大学生兼职刷单被骗", "冒充公检法“安全账户”诈骗", "警方提示", "所有刷单都是违法行为", "96110", "110",
                  "淮安市公安局清江浦分局", "838起", "同比下降53.29%", "不听不信不转账", "2022年6月30日"] {
            #expect(zh.contains(s.withoutWhitespace), "zh lacks \(s)")
        }
        let en = try pdfText(dir.appendingPathComponent("summer.en.pdf"))
        for s in ["Stop fraud before it starts", "A student lost her savings", "Police advice", "safe account", "96110",
                  "down 53.29% year on year", "30 June 2022"] {
            #expect(en.contains(s.withoutWhitespace), "en lacks \(s)")
        }
        let letter = try pdfText(dir.appendingPathComponent("elders.zh.pdf"))
        #expect(letter.contains("致老年朋友的一封信") && letter.contains("保健品不是药品") && letter.contains("2022年9月1日"))
    }

    @Test func theQRCodeDecodesToTheLeafletsAddressInEachLanguage() throws {
        let dir = try Self.built()
        let cases: [(String, Int, String)] = [
            ("summer.zh.pdf", 1, LeafletFixture.baseURL + "cases/task-rebate-student/"),
            ("summer.en.pdf", 1, LeafletFixture.baseURL + "en/cases/task-rebate-student/"),
            ("notice.en.pdf", 1, LeafletFixture.baseURL + "en/cases/fake-police-call/"),
            ("elders.zh.pdf", 1, "https://fanzha.example.gov.cn/qjp/Elders?from=Leaflet"),
        ]
        // One QR code per leaflet, on the side that faces the reader first.
        for (file, page, expected) in cases {
            let prefix = dir.appendingPathComponent("qr-\(file)").path
            _ = try Tool.run("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", "-f", String(page), "-l", String(page),
                                          dir.appendingPathComponent(file).path, prefix])
            let decoded = try Tool.run("zbarimg", ["-q", "--raw", prefix + ".png"]).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(decoded == expected, "\(file)")
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let first = try LeafletFixture.build().files
        let second = try LeafletFixture.build().files
        #expect(first.map(\.path) == second.map(\.path))
        for (a, b) in zip(first, second) { #expect(a.data == b.data, "\(a.path) differs between two builds") }
    }

    @Test func theLeafletsPageListsPreviewsAndPDFsInEachLanguage() throws {
        let (_, files, pages) = try LeafletFixture.build()
        #expect(pages.map(\.language.code) == ["zh", "en"])
        for page in pages {
            #expect(page.path == "/leaflets/" && page.template == "leaflets")
            let items = try #require(page.context["leaflets"]?.mapsValue)
            let item = try #require(items.first)
            #expect(item["pdf"]?.textValue == "/qjp/leaflets/summer.\(page.language.code).pdf")
            // Link text that names its target: the leaflet, the file type, the language.
            #expect(item["download"]?.textValue == (page.language.code == "zh" ? "下载宣传单（PDF，中文）" : "Download the leaflet (PDF, English)"))
            let other = try #require(item["others"]?.mapsValue?.first)
            #expect(other["version"]?.textValue == (page.language.code == "zh" ? "（英文版，PDF）" : "(Chinese version, PDF)"))
            let previews = try #require(item["previews"]?.mapsValue)
            #expect(previews.count == 2)
            for p in previews {
                let src = try #require(p["src"]?.textValue)
                #expect(files.contains { "/qjp/" + $0.path == src && $0.data.starts(with: [0x89, 0x50, 0x4E, 0x47]) })
            }
        }
    }
}
