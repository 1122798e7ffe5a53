import ArgumentParser
import Foundation
import BeaconCore
import BeaconStarter

/// `beacon`: one folder of Markdown and YAML in; a bilingual website, LED programs and
/// print-ready leaflets out.
@main
struct Beacon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beacon",
        abstract: saidText("Build an anti-fraud publicity site, LED board programs and leaflets from one folder."),
        version: "0.1.0",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, LEDCommand.self, LeafletCommand.self, BannerCommand.self,
                      ThemeCommand.self, FixEncodingCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Problems are reported in the user's language (`LANG=zh_CN.UTF-8` or `BEACON_LANG=zh`
    /// gives Chinese), so the catalogue is installed before any command runs.
    static func main() async {
        MallocSetup.install()
        MessageCatalog.install(Starter.messageCatalog())
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // `--help`, `help` and `--version` end here too: help is printed in the user's language.
            if exitCode(for: error) == .success, MessageCatalog.shared.language.code != MessageCatalog.base.code {
                print(HelpText.translated(fullMessage(for: error)))
                exit()
            }
            // The parser's own errors (an unknown option, a missing argument) too.
            if MessageCatalog.shared.language.code != MessageCatalog.base.code {
                let code = exitCode(for: error)
                FileHandle.standardError.write(Data((ParserErrorText.translated(fullMessage(for: error)) + "\n").utf8))
                Foundation.exit(code.rawValue)
            }
            exit(withError: error)
        }
    }
}
