import ArgumentParser
import BeaconContent
import BeaconCore
import BeaconStarter
import BeaconTheme
import Foundation

/// `beacon theme`: the theme built into Beacon and the site's own changes to it.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: saidText("List the built-in theme's files, or copy one into the site to change it."),
        subcommands: [ThemeOverride.self, ThemeList.self])
}

struct ThemeOverride: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "override",
        abstract: saidText("Copy one file of the built-in theme into the site's themes/default/, where it replaces the built-in one."))

    @Argument(help: said("The file's path in the theme, e.g. templates/base.mustache, i18n/zh/site.yaml, static/css/site.css."))
    var file: String
    @Option(name: .long, help: said("The site folder (default: the current folder)."))
    var site: String = "."

    func run() throws {
        let root = URL(fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        do {
            let written = try Starter.overrideThemeFile(file, site: root)
            show("Made \(written): edit it, and the site uses it instead of the built-in file. Delete it to go back.")
            if written.contains("/i18n/") {
                show("String files merge key by key: you may delete every line you do not change, so later Beacon versions' wording still reaches the site.")
            }
        } catch let d as Diagnostic {
            Terminal(quiet: false, verbose: false).report([d])
            throw ExitCode(1)
        }
    }
}

struct ThemeList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: saidText("List the built-in theme's files; * marks those the site overrides."))

    @Option(name: .long, help: said("The site folder (default: the current folder)."))
    var site: String = "."

    func run() throws {
        let root = URL(fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let theme = (try? SiteConfig.load(try SourceText.read(root.appendingPathComponent("site.yaml"), path: "site.yaml")))?.theme ?? "default"
        for (path, _) in BuiltinTheme.files {
            let own = FileManager.default.fileExists(atPath: root.appendingPathComponent("themes/\(theme)/\(path)").path)
            print("\(own ? "*" : " ") \(path)")
        }
    }
}
