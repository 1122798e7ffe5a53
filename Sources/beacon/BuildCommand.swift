import ArgumentParser
import BeaconBuild
import BeaconCore
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: saidText("Build the website, LED programs and leaflets into public/."))

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: said("Where to write the output (default: public/ in the site folder)."))
    var output: String?

    func run() throws {
        let terminal = Terminal(quiet: site.quiet, verbose: site.verbose)
        let builder = SiteBuilder(options: site.buildOptions(output: output), progress: terminal)
        let report = try terminal.run(builder, failed: "The build failed; \(builder.options.outputDir.lastPathComponent)/ was left as it was.")
        if !site.quiet {
            let languages = builder.site?.config.languageCodes ?? report.pagesPerLanguage.keys.sorted()
            terminal.err(terminal.summary(report, languages: languages, files: builder.files))
        }
    }
}
