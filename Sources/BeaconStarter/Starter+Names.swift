import BeaconCore
import Foundation

/// The district and the office a new site is for (`beacon new site DIR --district 临河区
/// --office 临河区公安分局`), written into the starter wherever it says 某某区 / 某某公安分局, so
/// nothing is left to fill in by hand and no translation is stale because of it.
public struct StarterNames: Sendable, Hashable {
    public var district: String
    public var office: String
    /// The English names (`--district-en "Linhe District"`), which cannot be derived from the
    /// Chinese without pinyin; without them the starter keeps its generic English.
    public var districtEnglish: String?
    public var officeEnglish: String?

    /// `office` defaults to the district's police branch (`临河区公安分局`), or for a county, a
    /// county-level city or a banner its bureau (`临江县公安局`); `officeEnglish` to the English
    /// district's Police Branch.
    public init(district: String, office: String? = nil, districtEnglish: String? = nil, officeEnglish: String? = nil) {
        self.district = district.trimmingCharacters(in: .whitespaces)
        let o = office?.trimmingCharacters(in: .whitespaces) ?? ""
        self.office = o.isEmpty ? Self.defaultOffice(self.district) : o
        let de = districtEnglish?.trimmingCharacters(in: .whitespaces) ?? ""
        self.districtEnglish = de.isEmpty ? nil : de
        let oe = officeEnglish?.trimmingCharacters(in: .whitespaces) ?? ""
        self.officeEnglish = oe.isEmpty ? self.districtEnglish.map { $0 + " Police Branch" } : oe
    }

    /// A district's police branch is a 公安分局; a county's, a county-level city's or a banner's
    /// police is a 公安局.
    public static func defaultOffice(_ district: String) -> String {
        district + (countyLevel(district) == nil ? "公安分局" : "公安局")
    }

    /// 县, 市 or 旗 when the district is a county, a county-level city or a banner, not a 区.
    static func countyLevel(_ district: String) -> Character? {
        district.last.flatMap { "县市旗".contains($0) ? $0 : nil }
    }

    /// The starter's stand-ins, longest first, and what each becomes.
    var replacements: [(String, String)] {
        // An office that is itself the anti-fraud centre (江城市公安局南湖分局反诈中心) is not
        // written with the centre again after it (…反诈中心反诈中心维护).
        var out = office.hasSuffix("反诈中心") ? [("某某公安分局反诈中心", office)] : []
        out += [("某某公安分局", office), ("某某区", district)]
        // The whole of a county is 全县 (of a city 全市), not 全区.
        if let level = Self.countyLevel(district) { out.append(("全区", "全\(level)")) }
        if let districtEnglish { out.append(("en: Anti-Fraud Centre of the District}", "en: \(districtEnglish) Anti-Fraud Centre}")) }
        if let officeEnglish {
            out.append(("en: District Police Branch}", "en: \(officeEnglish)}"))
            let centre = officeEnglish.localizedCaseInsensitiveContains("anti-fraud centre")
            out.append(("the Anti-Fraud Centre of the District Police Branch", centre ? "the \(officeEnglish)" : "the Anti-Fraud Centre of the \(officeEnglish)"))
        }
        return out
    }

    /// Names go into YAML flow mappings (`{zh: 临河区反诈中心, en: …}`) and Markdown: characters
    /// that would change what the line means there are refused.
    public func check() throws {
        for (what, value) in [("--district", district), ("--office", office), ("--district-en", districtEnglish ?? "-"), ("--office-en", officeEnglish ?? "-")] {
            if value.isEmpty {
                throw Diagnostic.error(nil, "\(what) is empty.", hint: "Give the name as it is written, e.g. `--district 临河区 --office 临河区公安分局`.")
            }
            if let bad = value.first(where: { ":：{}[],，#\"'`*_<>|\\\t\n".contains($0) }) {
                throw Diagnostic.error(nil, "\(what) `\(value)` contains “\(bad)”, which cannot be part of a name in the site's settings.",
                                       hint: "Write the name only, e.g. `--district 临河区 --office 临河区公安分局`.")
            }
        }
    }

    /// `text` with the stand-ins replaced.
    func fill(_ text: String) -> String {
        replacements.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
