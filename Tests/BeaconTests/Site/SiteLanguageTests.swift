import BeaconContent
import BeaconCore
import BeaconStats
import Foundation
import Testing

/// `SiteLanguage`: each of a site's languages resolved once, in `site.yaml`'s order and with its
/// default, carrying the theme's words and the language's way of writing figures.
@Suite struct SiteLanguageTests {
    /// The test site with its languages listed as `languages`.
    static func loaded(languages: String = "[zh, en]", files: [String: String] = [:]) throws -> Site {
        var all = files
        all["site.yaml"] = TestSite.minimalConfig.replacingOccurrences(of: "languages: [zh, en]", with: "languages: \(languages)")
        let site = try TestSite(all)
        defer { site.remove() }
        return try SiteLoader.load(root: site.root)
    }

    @Test func theDefaultLanguageIsTheSitesFirstNotChinese() throws {
        let site = try Self.loaded(languages: "[en, zh]")
        #expect(site.languages.map(\.code) == ["en", "zh"])
        #expect(site.languages.map(\.isDefault) == [true, false])
        #expect(site.defaultLanguage.code == "en")
        #expect(site.defaultLanguage.pathPrefix == "")
        let zh = site.language(Language(code: "zh", isDefault: false))
        #expect(zh.pathPrefix == "/zh")
        #expect(zh.bcp47 == "zh-CN")
        #expect(zh.string("nav.home") != site.defaultLanguage.string("nav.home"))
    }

    @Test(arguments: [("zh", 1, "案例1个"), ("zh", 18744, "案例18744个"), ("en", 1, "1 case study"), ("en", 18744, "18,744 case studies")])
    func aCountHasTheLanguagesPluralAndGrouping(code: String, n: Int, expected: String) throws {
        let site = try Self.loaded()
        let language = try #require(site.languages.first { $0.code == code })
        #expect(language.count("count.cases", n) == expected)
    }

    @Test func datesAndMoneyAreWrittenFromTheSameResolvedLanguage() throws {
        let site = try Self.loaded()
        let day = try #require(Day(year: 2022, month: 7, day: 1))
        #expect(site.language(.zh).date(day) == "2022年7月1日")
        #expect(site.language(.en).date(day) == "1 July 2022")
        let money = MoneyWriter(languages: site.languages)
        #expect(money.text(32_600_000, language: .zh) == "3260万元")
        #expect(money.text(32_600_000, language: .en) == "32.6 million yuan")
        #expect(money.text(3_150_000, approx: true, language: .zh) == "315万余元")
        #expect(money.text(44_000_000, approx: true, language: .zh) == "4400余万元")
    }

    @Test func aSitesOwnWordsAndNumberStyleOverTheThemesAreWhatItsLanguagesCarry() throws {
        let site = try Self.loaded(files: [
            "themes/default/i18n/en/site.yaml": "nav:\n  home: Start\n",
            "themes/default/i18n/en/stats.yaml": "stats:\n  number:\n    group_separator: \" \"\n",
            "themes/default/i18n/zh/site.yaml": "nav:\n  only_zh: 只在中文\n",
        ])
        let en = site.language(.en)
        #expect(en.string("nav.home") == "Start")
        #expect(en.numbers.groupSeparator == " ")
        #expect(en.count("count.cases", 18744) == "18 744 case studies")
        #expect(StatsWriter(en).number(StatNumber(550_000)) == "550 000")
        // A word the theme lacks shows its key, or the fallback language's word when one is asked for.
        #expect(en.string("no.such.word") == "no.such.word")
        #expect(en.word("no.such.word") == nil)
        #expect(en.string("nav.only_zh") == "nav.only_zh")
        #expect(en.string("nav.only_zh", fallback: site.language(.zh)) == "只在中文")
        #expect(en.string("nav.home", fallback: site.language(.zh)) == "Start")
    }

    /// `{{t.nav.cases}}`: every word of the theme is found again under its dotted key's parts,
    /// and a name that is a word and also starts longer keys (a site's `count.cases: …` beside
    /// the theme's `count.cases.one`) is the map of those keys.
    @Test func theNestedWordsHoldEveryWordUnderItsKeysParts() throws {
        let site = try Self.loaded(files: ["themes/default/i18n/en/site.yaml": "count:\n  cases: flat\nx:\n  y:\n    z: deep\n"])
        for language in site.languages {
            let nested = TemplateValue.map(language.nested())
            var leaves = 0
            func walk(_ value: TemplateValue, _ path: [String]) {
                switch value {
                case .map(let m): for (k, v) in m { walk(v, path + [k]) }
                case .text(let s):
                    leaves += 1
                    #expect(language.words[path.joined(separator: ".")] == s, "\(path)")
                default: Issue.record("\(path) is neither text nor a map")
                }
            }
            walk(nested, [])
            // Only words that are also the start of longer keys are not leaves.
            let shadowed = language.words.keys.filter { key in language.words.keys.contains { $0.hasPrefix(key + ".") } }
            #expect(leaves == language.words.count - shadowed.count)
            #expect(nested["nav"]?["cases"]?.textValue == language.string("nav.cases"))
        }
        let en = TemplateValue.map(site.language(.en).nested())
        #expect(en["count"]?["cases"]?["other"]?.textValue == site.language(.en).string("count.cases.other"))
        #expect(en["x"]?["y"]?["z"]?.textValue == "deep")
    }
}
