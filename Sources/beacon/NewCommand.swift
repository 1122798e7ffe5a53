import ArgumentParser
import BeaconContent
import BeaconCore
import BeaconStarter
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new site, bulletin or case.",
        subcommands: [NewSite.self, NewBulletin.self, NewCase.self])
}

struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Make a small working bilingual site in DIR: the default theme, a bulletin, a case, a page, statistics, slogans, an LED board and a leaflet.")

    @Argument(help: "The new site's folder (must not exist, or be empty).")
    var dir: String

    func run() throws {
        let url = URL(fileURLWithPath: dir, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        do {
            let files = try Starter.createSite(at: url)
            show("Made a new site in \(dir) (\(files.count) files). Next:")
            show("  cd \(dir)")
            show("  beacon serve      # preview at http://127.0.0.1:1111/, reloading as you edit")
            show("  beacon build      # the finished site in public/")
        } catch let d as Diagnostic {
            Terminal(quiet: false, verbose: false).report([d])
            throw ExitCode(1)
        }
    }
}

/// `beacon new bulletin SLUG` and `beacon new case SLUG` share everything but the kind.
protocol NewContentCommand: ParsableCommand {
    static var kind: ContentKind { get }
    var slug: String { get }
    var site: String { get }
}

extension NewContentCommand {
    func run() throws {
        let root = URL(fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        do {
            let files = try Starter.newContent(Self.kind, slug: slug, site: root)
            for f in files { show("Made \(f)") }
            show("Both are drafts (`draft: true`): `beacon serve --drafts` shows them; delete that line to publish.")
        } catch let d as Diagnostic {
            Terminal(quiet: false, verbose: false).report([d])
            throw ExitCode(1)
        } catch let f as BuildFailure {
            Terminal(quiet: false, verbose: false).report(f.diagnostics)
            throw ExitCode(1)
        }
    }
}

struct NewBulletin: NewContentCommand {
    static let configuration = CommandConfiguration(commandName: "bulletin", abstract: "Add a bulletin in every language, dated today.")
    static let kind = ContentKind.bulletin
    @Argument(help: "The slug, the last part of its web address: lower-case a–z, 0–9 and -, e.g. 2026-03-weekly.")
    var slug: String
    @Option(name: .long, help: "The site folder (default: the current folder).")
    var site: String = "."
}

struct NewCase: NewContentCommand {
    static let configuration = CommandConfiguration(commandName: "case", abstract: "Add a typical case in every language, dated today.")
    static let kind = ContentKind.case
    @Argument(help: "The slug, the last part of its web address: lower-case a–z, 0–9 and -, e.g. fake-police-call.")
    var slug: String
    @Option(name: .long, help: "The site folder (default: the current folder).")
    var site: String = "."
}
