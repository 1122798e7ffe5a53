import BeaconContent
import BeaconCore
import Foundation

/// Makes the banners of `content/banners/*.yaml` (SPEC §11): a one-page print PDF and a PNG
/// preview per banner and language it has text in, and the `/banners/` page that lists them.
public enum BannerBuilder {
    /// Builds every banner, or only the one named `only`. Throws a `BuildFailure` carrying every
    /// problem across all banners, each naming its file and line.
    public static func build(site: Site, only: String? = nil) throws -> (files: [OutputFile], pages: [ExtraPage]) {
        var sources = site.bannerSources
        if let only {
            let names = sources.map { LeafletBuilder.baseName($0.path) }
            sources = sources.filter { LeafletBuilder.baseName($0.path) == only }
            if sources.isEmpty {
                throw BuildFailure([.error("content/banners", "There is no banner `\(only)` in content/banners.",
                                           hint: names.isEmpty ? "Create content/banners/\(only).yaml." : NearestName.hint(for: only, among: names, noun: "banners"))])
            }
        }
        guard !sources.isEmpty else { return ([], []) }
        let problems = DiagnosticCollector()
        let engine = TextEngine(languageTag: "zh-CN")
        if engine.resolvedFamily(.sans) != TextStyle.Face.sans.rawValue {
            problems.add(.error(nil, "The font \(TextStyle.Face.sans.rawValue) is not installed, and the banners are set in it.",
                                hint: "Install it: `apt-get install fonts-noto-cjk` (Debian/Ubuntu)."))
        }
        let definitions = sources.compactMap { source in problems.capture { try BannerDefinition.parse(source, site: site) } }
        try problems.throwIfErrors()

        let jobs = definitions.flatMap { d in site.config.languages.filter { d.text[$0.code] != nil }.map { (d, $0) } }
        let editions = ParallelMap.map(jobs) { (d, language) in
            problems.capture { try BannerEdition.make(d, language: language, site: site) }
        }.compactMap { $0 }
        try problems.throwIfErrors()

        var files: [OutputFile] = []
        for e in editions {
            files.append(OutputFile(path: e.pdfPath, data: e.pdf))
            files.append(OutputFile(path: e.previewPath, data: e.preview))
        }
        let pages = only == nil ? BannerIndexPage.pages(site: site, editions: editions) : []
        return (files, pages)
    }
}
