import Foundation

/// How the built-in theme names the whole of the area a site serves. Its words are a district's
/// (全区, "in the district"), as the sample site is; a county bureau's site says 全县 and "the
/// county" (a county-level city's 全市, a banner's 全旗), as `beacon new` already writes into a
/// county's starter pages. Only the built-in words change: a site that sets its own in
/// `themes/<theme>/i18n/` keeps them as written.
public struct AreaWording: Sendable, Hashable {
    /// 区, 县, 市 or 旗.
    public let level: Character

    /// The level read from the office's Chinese name, else the site title's. A 分局 is a city
    /// bureau's branch for one district (`淮安市公安局清江浦分局`, `杭州市公安局西湖区分局`): 区.
    /// Otherwise the last 区, 县, 市 or 旗 right before 公安, 反诈 or 人民 (`清溪县公安局反诈中心` → 县,
    /// `瑞安市公安局` → 市). Nil when neither says (the built-in words stay).
    public init?(names: [String]) {
        for name in names {
            if name.contains("分局") { level = "区"; return }
            let chars = Array(name)
            var found: Character?
            for i in chars.indices.dropLast() where "区县市旗".contains(chars[i]) {
                let rest = String(chars[(i + 1)...])
                if ["公安", "反诈", "人民"].contains(where: { rest.hasPrefix($0) }) { found = chars[i] }
            }
            if let found { level = found; return }
        }
        return nil
    }

    /// The level for `config`: from `office:`, else `title:`, in the site's Chinese.
    public init?(config: SiteConfig) {
        let chinese = config.languageCodes.filter { $0.hasPrefix("zh") }
        let names = chinese.compactMap { config.office?[$0] } + chinese.compactMap { config.title[$0] }
        self.init(names: names)
    }

    /// `text`, a built-in string of language `code`, with the district's words made this level's.
    public func localize(_ text: String, code: String) -> String {
        guard level != "区" else { return text }
        if code.hasPrefix("zh") { return text.replacingOccurrences(of: "全区", with: "全\(level)") }
        guard code.hasPrefix("en") else { return text }
        let noun = ["县": "county", "市": "city", "旗": "banner"][level] ?? "district"
        return text.replacingOccurrences(of: "the district", with: "the \(noun)")
            .replacingOccurrences(of: "The district", with: "The \(noun)")
    }
}
