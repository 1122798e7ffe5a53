import ArgumentParser
import BeaconBuild
import BeaconCore
import Foundation

/// `beacon banner NAME`: typesets one banner in every language and writes its PDFs and
/// previews, without rebuilding the website.
struct BannerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "banner",
        abstract: saidText("Typeset one banner (content/banners/NAME.yaml) as print-ready PDFs."),
        discussion: saidText("Writes NAME.<lang>.pdf and a PNG preview to public/banners/ (or --output DIR). `beacon build` makes every banner with the website."))

    @Argument(help: said("The banner's name: its file name in content/banners without `.yaml`."))
    var name: String

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: said("Write the files to DIR instead of public/banners/."))
    var output: String?

    func run() throws {
        let terminal = Terminal(quiet: site.quiet, verbose: site.verbose)
        var options = site.buildOptions()
        options.parts = [.banners]
        options.write = false
        options.bannerName = name
        let builder = SiteBuilder(options: options, progress: site.verbose ? terminal : nil)
        try terminal.run(builder, failed: "The banner was not made; fix the problems above.")
        let dir = output.map {
            URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        } ?? options.outputDir.appendingPathComponent("banners")
        try terminal.write(builder.bannerFiles, to: dir, quiet: site.quiet) { "Could not write the banner to \(dir.path): \($0)" }
    }
}
