import ArgumentParser

/// `beacon`: one folder of Markdown and YAML in; a bilingual website, LED programs and
/// print-ready leaflets out.
@main
struct Beacon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beacon",
        abstract: "Build an anti-fraud publicity site, LED board programs and leaflets from one folder.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, LEDCommand.self, LeafletCommand.self,
                      FixEncodingCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
