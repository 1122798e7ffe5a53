import BeaconContent
import BeaconCore
import Foundation
import Testing

/// The built-in theme speaks of the whole district (全区, "in the district"); a county bureau's
/// site gets 全县 and "the county" in those words, read from its office's name, unless it set
/// its own words.
@Suite struct AreaWordingTests {
    @Test(arguments: [
        ("清溪县公安局反诈中心", "县"), ("清溪县反诈中心", "县"), ("临河区公安分局", "区"),
        ("杭州市公安局西湖区分局", "区"), ("瑞安市公安局", "市"), ("科尔沁右翼前旗公安局", "旗"),
        // The sample site's office: a city bureau's branch for the 清江浦 district.
        ("淮安市公安局清江浦分局", "区"),
    ])
    func theLevelIsReadFromTheOfficeName(name: String, level: String) throws {
        #expect(try #require(AreaWording(names: [name])).level == Character(level))
    }

    @Test func aNameThatDoesNotSayLeavesTheWordsAlone() {
        #expect(AreaWording(names: ["反诈宣传", "测试反诈"]) == nil)
    }

    private func strings(office: String, files: [String: String] = [:]) throws -> ThemeStrings {
        var all = files
        all["site.yaml"] = TestSite.minimalConfig.replacingOccurrences(of: "office: {zh: 测试公安分局, en: Test Police Branch}",
                                                                     with: "office: {zh: \(office), en: Test Police}")
        let site = try TestSite(all)
        defer { site.remove() }
        return try SiteLoader.load(root: site.root, options: LoadOptions(today: Day(iso: "2026-01-01")!)).strings
    }

    @Test func aCountySiteSaysTheCountyOnLeafletsBoardsAndTheFiguresPage() throws {
        let s = try strings(office: "清溪县公安局反诈中心")
        let zh = s.byLanguage["zh"] ?? [:], en = s.byLanguage["en"] ?? [:]
        #expect(zh["leaflet.figures_heading"] == "{period}全县打击治理电信网络诈骗成效")
        #expect(zh["led.headlines.0"]?.contains("全县立案") == true)
        #expect(en["leaflet.figures_heading"] == "Fighting fraud in the county, {period}")
        #expect(en.values.contains { $0.contains("The county's main figures") })
        #expect(!zh.values.contains { $0.contains("全区") })
        #expect(!en.values.contains { $0.lowercased().contains("the district") })
    }

    @Test(arguments: ["临河区公安分局", "淮安市公安局清江浦分局"])
    func aDistrictSiteKeepsTheDistrictsWords(office: String) throws {
        let s = try strings(office: office)
        #expect(s.byLanguage["zh"]?["leaflet.figures_heading"] == "{period}全区打击治理电信网络诈骗成效")
        #expect(s.byLanguage["en"]?["leaflet.figures_heading"] == "Fighting fraud in the district, {period}")
    }

    @Test func aCountySitesOwnWordsAreKeptAsWritten() throws {
        let s = try strings(office: "清溪县公安局", files: ["themes/default/i18n/zh/leaflet.yaml": "leaflet:\n  figures_heading: \"{period}全区成效\"\n"])
        #expect(s.byLanguage["zh"]?["leaflet.figures_heading"] == "{period}全区成效")
        #expect(s.byLanguage["zh"]?["led.headlines.0"]?.contains("全县立案") == true)
    }
}
