import ArgumentParser
import BeaconBuild
import BeaconCore
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: saidText("Build the website, LED programs and leaflets into public/."))

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: said("Where to write the output (default: public/ in the site folder)."))
    var output: String?

    @Flag(name: .long, help: said("Write every link relative to its page, so the output also works opened from a disk or USB stick, without a web server."))
    var relative = false

    func run() throws {
        let terminal = Terminal(quiet: site.quiet, verbose: site.verbose)
        var options = site.buildOptions(output: output)
        options.relative = relative
        let builder = SiteBuilder(options: options, progress: terminal)
        // Never freed: the process ends right after this command, and letting go of what a build
        // made (the site, its pages, every file's path, the renderer's lists) released some
        // hundreds of thousands of objects one by one on one core after all the work (some 45 ms
        // of CPU on 11,000 files, perf). The kernel takes the memory back at exit all at once.
        _ = Unmanaged.passRetained(builder)
        let report = try terminal.run(builder, failed: "The build failed; \(builder.options.outputDir.lastPathComponent)/ was left as it was.")
        if !site.quiet {
            let languages = builder.site?.config.languageCodes ?? report.pagesPerLanguage.keys.sorted()
            terminal.err(terminal.summary(report, languages: languages, files: builder.files))
            for line in Self.howToLook(output: builder.options.outputDir, relative: relative, baseURL: builder.site?.config.baseURL) {
                terminal.say(line)
            }
        }
    }

    /// After a build, the ways to look at the site: a clerk who double-clicks index.html of a
    /// normal build sees a page without styles and thinks the build broke.
    static func howToLook(output: URL, relative: Bool, baseURL: String?) -> [Message] {
        let folder = output.path
        if relative {
            return ["To look at it, open \(folder)/index.html in a web browser (double-click it). The folder works copied to a USB stick too.",
                    "For the web server, build without `--relative`: addresses without index.html, and a 404 page that works at any address."]
        }
        return ["To look at it: `beacon serve` shows the site at http://127.0.0.1:1111/ and reloads as you edit.",
                "To publish it, upload everything in \(folder)/ to the web server for \(baseURL ?? "base_url").",
                "For a copy to open from a disk or USB stick (double-clicking index.html), build with `beacon build --relative --output DIR`."]
    }
}
