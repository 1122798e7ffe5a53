import BeaconContent
import BeaconCore

extension SiteBuilder {
    /// How many steps `runSteps` runs for these options.
    var stepCount: Int {
        let parts = options.parts
        var n = 4
        if parts.contains(.led) { n += 1 }
        if parts.contains(.leaflets) { n += 1 }
        if parts.contains(.banners) { n += 1 }
        if parts.contains(.website) { n += 2 }
        if options.relative && parts.contains(.website) { n += 1 }
        if options.write { n += 1 }
        return n
    }

    /// The build, in order: each step is given the values it needs and hands on its own.
    /// load → personal data → statistics → Markdown → LED → leaflets → banners → share kit →
    /// website → (relative links) → write.
    func runSteps(_ runner: inout StepRunner) throws {
        let options = self.options
        let cache = options.cache
        // The base of the next save's quick page is this build's, once it has succeeded.
        if options.parts.contains(.website) { cache?.set(QuickBase.key, QuickBase?.none) }
        // Loading, personal data, statistics, Markdown and LED boards go on after one of them
        // failed, as far as what the failed one made allows, so every problem they find is
        // reported in one round; the first step after them stops on all of them.
        var site: Site
        let placeholders: [Diagnostic]
        do {
            guard let loaded = try runner.runGoingOn("Loading the site", into: \.loaded, { try Self.load(options) }) else {
                return try runner.stopIfFailed()
            }
            site = loaded.site
            placeholders = loaded.placeholders
        }
        try runner.runGoingOn("Checking for personal data", into: \.privacy) { try Self.checkPersonalData(site, cache: cache) }
        let stats = try runner.runGoingOn("Reading statistics", into: \.stats) {
            try Self.loadStatistics(site, website: options.parts.contains(.website))
        } ?? CheckedStats.standIn(site)
        guard var bodies = try runner.runGoingOn("Rendering Markdown", into: \.markdown, {
            Self.renderMarkdown(site, stats: stats, placeholders: placeholders, cache: cache)
        }) else { return try runner.stopIfFailed() }
        if cache == nil && options.write {
            // A build that writes once reads little of the pages' Markdown after this step
            // (`Site.withoutSources`): the rest is let go (some 30 MB for 11,000 files), here and in
            // what the load step handed on.
            site = site.withoutSources(bodies.bodies)
            let lighter = site
            runner.lighten(\.loaded) { $0.site = lighter }
        }
        var parts = WebsiteParts(stats: stats)
        if options.parts.contains(.led) {
            let led = try runner.runGoingOn("Making LED board programs", into: \.led) {
                try Self.makeLEDPrograms(LEDInput(site, board: options.ledBoard), stats: stats, cache: cache,
                                         printLater: options.printLater)
            }
            if let led { parts.add(files: led.result.files, pages: led.result.pages) }
        }
        try runner.stopIfFailed()
        if options.parts.contains(.leaflets) {
            let leaflets = try runner.run("Typesetting leaflets", into: \.leaflets) {
                site.leafletSources.isEmpty ? LeafletOutput(files: [], pages: [], warnings: [], none: true)
                    : try Self.makeLeaflets(LeafletInput(site, bodies: bodies, leaflet: options.leafletName), stats: stats, cache: cache,
                                             printLater: options.printLater)
            }
            parts.add(files: leaflets.files, pages: leaflets.pages)
        }
        if cache == nil && options.write {
            // Only the leaflets read the cases' block model.
            bodies = bodies.withoutBlocks
            let lighter = bodies
            runner.lighten(\.markdown) { $0 = lighter }
        }
        if options.parts.contains(.banners) {
            let banners = try runner.run("Typesetting banners", into: \.banners) {
                site.bannerSources.isEmpty ? BannerOutput(files: [], pages: [], none: true)
                    : try Self.makeBanners(BannerInput(site, banner: options.bannerName), cache: cache,
                                             printLater: options.printLater)
            }
            parts.add(files: banners.files, pages: banners.pages)
        }
        guard options.parts.contains(.website) else {
            if options.write { try write(parts.files, site: site, staging: nil, &runner) }
            return
        }
        let share = try runner.run("Making the share kit", into: \.share) {
            try Self.makeShareKit(site, stats: stats, bodies: bodies, options: options)
        }
        parts.add(files: share.files, pages: share.pages)
        parts.ogImages = share.ogImages
        parts.ogCards = share.ogCards
        let website = try runner.run("Rendering the website", into: \.website) {
            try Self.renderWebsite(site, bodies: bodies, parts: parts, options: options)
        }
        var files = parts.files + website.files
        if options.relative {
            let before = files
            files = try runner.run("Making links relative", into: \.relative) {
                Self.makeLinksRelative(before, basePath: site.config.basePath)
            }.files
        }
        if options.write { try write(files, site: site, staging: website.staging, &runner) }
        if let cache { QuickBase.keep(cache, site: site, stats: stats, bodies: bodies.bodies, parts: parts) }
    }

    private func write(_ files: [OutputFile], site: Site, staging: StagingFolder?, _ runner: inout StepRunner) throws {
        let options = self.options
        try runner.run("Writing \(options.outputDir.lastPathComponent)/", into: \.written) {
            try Self.writeOutput(files, site: site, staging: staging, options: options)
        }
    }
}
