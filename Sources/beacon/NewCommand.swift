import ArgumentParser
import BeaconContent
import BeaconCore
import BeaconStarter
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: saidText("Start a new site, bulletin or case."),
        subcommands: [NewSite.self, NewBulletin.self, NewCase.self])
}

struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: saidText("Make a small working bilingual site in DIR: a bulletin, a case, a page, statistics, slogans, an LED board and a leaflet."))

    @Argument(help: said("The new site's folder (must not exist, or be empty)."))
    var dir: String

    @Option(name: .long, help: said("The district the site is for, e.g. 临河区; asked for when run in a terminal."))
    var district: String?

    @Option(name: .long, help: said("The issuing office, e.g. 临河区公安分局 (default: the district's 公安分局, a county's 公安局)."))
    var office: String?

    @Option(name: .customLong("district-en"), help: said("The district's English name for the English site, e.g. \"Linhe District\"; asked for when run in a terminal."))
    var districtEnglish: String?

    @Option(name: .customLong("office-en"), help: said("The office's English name (default: the English district's \"Police Branch\")."))
    var officeEnglish: String?

    func run() throws {
        let url = URL(fileURLWithPath: dir, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        do {
            let given = names()
            let files = try Starter.createSite(at: url, names: given)
            show("Made a new site in \(dir) (\(files.count) files). Next:")
            show("  cd \(dir)")
            show("  beacon serve      # preview at http://127.0.0.1:1111/, reloading as you edit")
            show("  beacon build      # the finished site in public/")
            if let given, given.districtEnglish == nil {
                show("The English title and office are still generic: write the English names in `title:` and `office:` (lines 2 and 4 of site.yaml), or make the site with `--district-en` and `--office-en`.")
            }
        } catch let d as Diagnostic {
            Terminal(quiet: false, verbose: false).report([d])
            throw ExitCode(1)
        }
    }
}

extension NewSite {
    /// The names from the options; what is missing is asked for when a person is typing
    /// (stdin and stderr are a terminal, not a test or a script). Without either, the starter keeps its stand-ins (某某区).
    func names() -> StarterNames? {
        var district = district, office = office, districtEnglish = districtEnglish
        if isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 {
            if district == nil { district = ask("Which district is the site for (e.g. 临河区)? ") }
            if office == nil, let d = district, !d.isEmpty {
                office = ask("Which office issues it? Press Enter for \(StarterNames.defaultOffice(d)): ")
            }
            if districtEnglish == nil, let d = district, !d.isEmpty {
                districtEnglish = ask("The district's English name, for the English site (e.g. Linhe District; Enter to write it later): ")
            }
        }
        guard let district, !district.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return StarterNames(district: district, office: office, districtEnglish: districtEnglish, officeEnglish: officeEnglish)
    }

    private func ask(_ question: Message) -> String? {
        FileHandle.standardError.write(Data(question.description.utf8))
        return readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
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
    static let configuration = CommandConfiguration(commandName: "bulletin", abstract: saidText("Add a bulletin in every language, dated today."))
    static let kind = ContentKind.bulletin
    @Argument(help: said("The slug, the last part of its web address: lower-case a–z, 0–9 and -, e.g. 2026-03-weekly."))
    var slug: String
    @Option(name: .long, help: said("The site folder (default: the current folder)."))
    var site: String = "."
}

struct NewCase: NewContentCommand {
    static let configuration = CommandConfiguration(commandName: "case", abstract: saidText("Add a typical case in every language, dated today."))
    static let kind = ContentKind.case
    @Argument(help: said("The slug, the last part of its web address: lower-case a–z, 0–9 and -, e.g. fake-police-call."))
    var slug: String
    @Option(name: .long, help: said("The site folder (default: the current folder)."))
    var site: String = "."
}
