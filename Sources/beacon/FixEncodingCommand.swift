import ArgumentParser
import BeaconContent
import BeaconCore
import Foundation

struct FixEncodingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix-encoding",
        abstract: saidText("Convert files saved in GBK (GB2312) by an older editor to UTF-8, keeping each original as FILE.bak."))

    @Argument(help: said("The files to convert, as build and check name them (relative to the site folder) or as paths."))
    var files: [String]

    @Option(name: .long, help: said("The site folder the file names are relative to (default: the current folder)."))
    var site: String = "."

    func run() throws {
        var failed = false
        for file in files {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let siteRoot = URL(fileURLWithPath: site, relativeTo: cwd)
            // Messages name files relative to the site, so look there first, then from here.
            let inSite = URL(fileURLWithPath: file, relativeTo: siteRoot)
            let url = FileManager.default.fileExists(atPath: inSite.path) ? inSite : URL(fileURLWithPath: file, relativeTo: cwd)
            do {
                switch try EncodingFix.fix(url, path: file) {
                case .alreadyUTF8: show("\(file) is already UTF-8; nothing to do.")
                case .converted(let backup): show("\(file) converted from GBK to UTF-8; the original is kept as \(backup.lastPathComponent).")
                }
            } catch let d as Diagnostic {
                Terminal(quiet: false, verbose: false).report([d])
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
