import Foundation
import Testing

/// What a leaflet prints about its cases and when it was issued, read back from the PDFs.
@Suite struct LeafletCaseFactsTests {
    /// The fixture's health-products case with a loss of `loss` and the date `date`.
    static func healthCase(loss: String, date: String = "2022-06-20") -> [String: String?] {
        var extra: [String: String?] = [:]
        for code in ["zh", "en"] {
            let path = "content/cases/health-products-elderly.\(code).md"
            let text = LeafletFixture.files[path]!
                .replacingOccurrences(of: "loss: 65000", with: "loss: \(loss)")
                .replacingOccurrences(of: "date: 2022-06-20", with: "date: \(date)")
            extra[path] = text
        }
        return extra
    }

    @Test func aCaseWithNoLossPrintsNoLoss() throws {
        let (dir, _, _) = try LeafletFixture.build(Self.healthCase(loss: "0"), only: "summer")
        let zh = try pdfText(dir.appendingPathComponent("leaflets/summer.zh.pdf"))
        let en = try pdfText(dir.appendingPathComponent("leaflets/summer.en.pdf"))
        #expect(!zh.contains("被骗0元") && !zh.contains("被骗0"))
        #expect(!en.contains("lost0") && !en.contains("Lost:0"))
        // The victim is still named, and the other cases keep their losses.
        #expect(zh.contains("王某（女，72岁）") && zh.contains("被骗42万元"))
        #expect(en.contains("MrsWang(72)") && en.contains("lost420,000yuan"))
    }

    @Test func aCaseWithALossPrintsIt() throws {
        let (dir, _, _) = try LeafletFixture.build(Self.healthCase(loss: "6500"), only: "summer")
        let zh = try pdfText(dir.appendingPathComponent("leaflets/summer.zh.pdf"))
        #expect(zh.contains("被骗6500元"))
    }

    @Test func theIssueDateIsTheNewestOfWhatItPrints() throws {
        // Statistics end on 2022-06-30; one case is from November.
        let (dir, _, _) = try LeafletFixture.build(Self.healthCase(loss: "65000", date: "2022-11-03"), only: "summer")
        let zh = try pdfText(dir.appendingPathComponent("leaflets/summer.zh.pdf"))
        #expect(zh.contains("2022年11月3日"))
        #expect(!zh.contains("2022年6月30日"))
        let en = try pdfText(dir.appendingPathComponent("leaflets/summer.en.pdf"))
        #expect(en.contains("2022") && !en.contains("30June2022") && !en.contains("June30,2022"))
    }

    @Test func theStatisticsPeriodEndDatesALeafletWithOlderCases() throws {
        let (dir, _, _) = try LeafletFixture.build(only: "summer")
        let zh = try pdfText(dir.appendingPathComponent("leaflets/summer.zh.pdf"))
        #expect(zh.contains("2022年6月30日"))
    }

    /// A `date:` later than the content is the day of issue; one earlier than a printed case is not.
    @Test func anExplicitDateNeverPredatesTheCases() throws {
        var extra = Self.healthCase(loss: "65000", date: "2022-11-03")
        extra["content/leaflets/summer.yaml"] = LeafletFixture.files["content/leaflets/summer.yaml"]! + "\ndate: 2022-12-01\n"
        let (dir, _, _) = try LeafletFixture.build(extra, only: "summer")
        let zh = try pdfText(dir.appendingPathComponent("leaflets/summer.zh.pdf"))
        #expect(zh.contains("2022年12月1日"))
        extra["content/leaflets/summer.yaml"] = LeafletFixture.files["content/leaflets/summer.yaml"]! + "\ndate: 2022-07-01\n"
        let (early, _, _) = try LeafletFixture.build(extra, only: "summer")
        let text = try pdfText(early.appendingPathComponent("leaflets/summer.zh.pdf"))
        #expect(text.contains("2022年11月3日") && !text.contains("2022年7月1日"))
    }
}
