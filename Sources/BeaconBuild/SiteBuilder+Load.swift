import BeaconContent
import BeaconCore
import BeaconPrivacy

/// The loaded site, with what loading found to report.
struct LoadedSite: StepOutput, Sendable {
    /// The site; in a build that writes once, without the Markdown of most pages after the
    /// Markdown step (`Site.withoutSources`).
    var site: Site
    /// Files Beacon does not read, and each page held back.
    let warnings: [Diagnostic]
    /// Text still as `beacon new` wrote it (`Placeholders`), reported with the Markdown step's problems.
    let placeholders: [Diagnostic]
    let heldBack: HeldBack
    /// Errors in content files that could still be read: the build goes on checking, then stops.
    var failure: [Diagnostic] = []

    var detail: Message {
        let counts = site.config.languages.map { lang in "\(site.pages.count { $0.language == lang }) \(lang.code)" }
        return "\(counts.joined(separator: ", ")) content files"
    }
}

/// The personal-data check passed over this many texts.
struct PrivacyChecked: StepOutput, Sendable {
    let texts: Int
    var detail: Message { "\(texts) texts, nothing found" }
}

extension SiteBuilder {
    /// The load step: site.yaml, content, theme strings (reusing unchanged files' parses from
    /// the cache), and what is held back.
    static func load(_ options: BuildOptions) throws -> LoadedSite {
        let (site, problems) = try SiteLoader.loadGoingOn(root: options.siteRoot, options: options.loadOptions, cache: options.cache?.content)
        let heldBack = HeldBack.report(site, options.loadOptions)
        let failed = problems.contains { $0.severity == .error }
        return LoadedSite(site: site, warnings: SiteFiles.unread(root: options.siteRoot) + heldBack.warnings,
                          placeholders: checkPlaceholders(site, cache: options.cache), heldBack: heldBack,
                          failure: failed ? problems : [])
    }

    /// SPEC §9: anything that looks like an ID, phone or card number or a victim's full name
    /// fails the build, named by file and line and shown masked.
    /// With a cache (`beacon serve`), a text that did not change is not scanned again.
    static func checkPersonalData(_ site: Site, cache: BuildCache? = nil) throws -> PrivacyChecked {
        let texts = site.publishedTexts()
        var seen: [String: Int] = [:]
        // The ids name the texts only for the cache: a build without one (all but `beacon
        // serve`) does not make them, on one core (17 M instructions for 4,300 texts).
        let items = cache == nil ? texts.map { (id: "", input: $0) } : texts.map { text -> (id: String, input: PublishedText) in
            let n = seen[text.file, default: 0]
            seen[text.file] = n + 1
            return ("\(text.file)#\(n)", text)
        }
        let problems = BuildCache.reuseEach(cache, "privacy", shared: 0, items) { PrivacyGuard.scan($0) }.flatMap { $0 }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return PrivacyChecked(texts: texts.count)
    }
}
