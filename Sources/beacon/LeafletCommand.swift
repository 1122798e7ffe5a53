import ArgumentParser
import BeaconBuild
import BeaconCore
import Foundation

/// `beacon leaflet NAME`: typesets one leaflet in every language and writes its PDFs and page
/// previews, without rebuilding the website.
struct LeafletCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaflet",
        abstract: saidText("Typeset one leaflet (content/leaflets/NAME.yaml) as print-ready PDFs."),
        discussion: saidText("Writes NAME.<lang>.pdf and a PNG preview of each page to public/leaflets/ (or --output DIR). `beacon build` makes every leaflet with the website."))

    @Argument(help: said("The leaflet's name: its file name in content/leaflets without `.yaml`."))
    var name: String

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: said("Write the files to DIR instead of public/leaflets/."))
    var output: String?

    func run() throws {
        let terminal = Terminal(quiet: site.quiet, verbose: site.verbose)
        var options = site.buildOptions()
        options.parts = [.leaflets]
        options.write = false
        options.leafletName = name
        let builder = SiteBuilder(options: options, progress: site.verbose ? terminal : nil)
        try terminal.run(builder, failed: "The leaflet was not made; fix the problems above.")
        let dir = output.map {
            URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        } ?? options.outputDir.appendingPathComponent("leaflets")
        try terminal.write(builder.leafletFiles, to: dir, quiet: site.quiet) { "Could not write the leaflet to \(dir.path): \($0)" }
    }
}
