import Foundation
import Testing

/// Short labels break between words, read back from the PDFs: a hotline's label, the QR code's
/// caption and what a figure counts. Clerk6's leaflets printed `南湖分局反 / 诈中心`, `Nanhu anti- /
/// fraud centre`, `劝阻潜在受 / 害群众` and `扫码阅读典型案例 / 一全文`.
@Suite(.serialized) struct LeafletLabelBreaksTests {
    static let hotlines = """

    theme_options:
      hotlines:
        - {label: {zh: 报警电话, en: Police}, number: "110"}
        - {label: {zh: 反诈预警专线, en: Anti-fraud warning line}, number: "96110"}
        - {label: {zh: 南湖分局反诈中心, en: Nanhu anti-fraud centre}, number: "027-86650110"}
    """

    static let built = Result { () throws -> URL in
        let extra: [String: String?] = [
            "site.yaml": LeafletFixture.files["site.yaml"]! + hotlines,
            "content/leaflets/summer.yaml": nil,
            "content/leaflets/tri.yaml": "format: a4-trifold\ntitle: {zh: 冒充公检法诈骗, en: Fake police}\ncases: [fake-police-call]\nstats: 2022-h1\nslogans: all\n",
            "content/leaflets/two.yaml": "format: a4\ntitle: {zh: 南湖区典型案例警示, en: Real scams}\ncases: [task-rebate-student, fake-police-call]\nstats: 2022-h1\n",
            "content/leaflets/letter.yaml": "format: a5\ntitle: {zh: 南湖区典型案例警示, en: Real scams}\ncases: [task-rebate-student, fake-police-call]\n",
        ]
        return try LeafletFixture.typesetAndWrite(extra).leaflets
    }

    /// Where each label may break (`|`): between its words only.
    static let labels = ["南湖分局|反诈中心", "报警|电话", "反诈|预警|专线", "扫码|阅读|典型案例一|全文", "抓获|犯罪|嫌疑人", "冻结|涉案|资金",
                         "南湖区|典型案例|警示", "Nanhu |anti-fraud |centre", "Anti-fraud |warning |line"]

    /// The breaks inside a label between two lines of one block: (label, where it broke).
    static func breaks(_ url: URL) throws -> [(label: String, at: Int)] {
        var found: [(String, Int)] = []
        for block in try PDFLayout(url).pages.flatMap({ $0 }) {
            let texts = block.lines.map { $0.text.filter { !$0.isWhitespace } }
            for (a, b) in zip(texts, texts.dropFirst()) {
                for label in labels {
                    let whole = label.replacingOccurrences(of: "|", with: "").filter { !$0.isWhitespace }
                    for k in 1..<whole.count where a.hasSuffix(whole.prefix(k)) && b.hasPrefix(whole.dropFirst(k)) {
                        found.append((label, k))
                    }
                }
            }
        }
        return found
    }

    @Test(arguments: ["tri", "two", "letter"])
    func aLabelBreaksOnlyBetweenItsWords(_ name: String) throws {
        for lang in ["zh", "en"] {
            let url = try Self.built.get().appendingPathComponent("\(name).\(lang).pdf")
            for (label, at) in try Self.breaks(url) {
                // The allowed breaks, counted in characters without spaces.
                var allowed: Set<Int> = []
                var n = 0
                for part in label.split(separator: "|").dropLast() { n += part.filter { !$0.isWhitespace }.count; allowed.insert(n) }
                let whole = label.replacingOccurrences(of: "|", with: "").filter { !$0.isWhitespace }
                #expect(allowed.contains(at), "\(name).\(lang): «\(whole.prefix(at)) / \(whole.dropFirst(at))»")
            }
        }
    }
}
