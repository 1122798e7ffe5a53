import ArgumentParser
import BeaconBuild
import BeaconCore
import Foundation

/// `beacon led`: makes only the LED board programs, checks them and prints each board's
/// screens; with `--output DIR` also writes each board's files to DIR/<board>/.
struct LEDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "led",
        abstract: saidText("Make and check the LED board programs and print each board's screens."),
        discussion: saidText("`beacon build` writes the programs to public/led/<board>/ with the website; `beacon led --output DIR` writes just the programs, e.g. to a USB stick for the controller's PC."))

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: said("Make only the board with this name (from `led_boards:` in site.yaml)."))
    var board: String?

    @Option(name: .long, help: said("Also write each board's program.txt, program.utf8.txt and preview.png to DIR/<board>/."))
    var output: String?

    func run() throws {
        let terminal = Terminal(quiet: site.quiet, verbose: site.verbose)
        var options = site.buildOptions()
        options.parts = [.led]
        options.write = false
        options.ledBoard = board
        let builder = SiteBuilder(options: options, progress: site.verbose ? terminal : nil)
        try terminal.run(builder, failed: "The LED programs were not made; fix the problems above.")
        guard let result = builder.ledResult else { return }
        if result.programs.isEmpty {
            terminal.say("The site has no LED boards: add them under `led_boards:` in site.yaml.")
        }
        if !site.quiet { print(result.terminalText, terminator: "") }
        if let output {
            let dir = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
            do {
                try OutputWriter.add(result.files.map { OutputFile(path: String($0.path.dropFirst("led/".count)), data: $0.data) }, to: dir)
            } catch let d as Diagnostic {
                terminal.report([d])
                throw ExitCode(1)
            } catch {
                terminal.report([.error(nil, "Could not write the LED programs to \(dir.path): \(error.localizedDescription)",
                                        hint: "Check that the folder is writable and the disk has room.")])
                throw ExitCode(1)
            }
            if !site.quiet { terminal.say("Wrote \(result.programs.count) board(s) to \(dir.path)/.") }
        }
    }
}
