import ArgumentParser
import BeaconBuild
import BeaconContent
import BeaconCore
import BeaconServe
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: saidText("Preview the site in a browser; every save rebuilds it and reloads the page."),
        discussion: saidText("Builds into memory (public/ is never touched) and serves it on this computer only. A build error shows in the terminal and over the page, naming the file and line."))

    @OptionGroup var site: SiteOptions

    @Option(name: .shortAndLong, help: said("Port to listen on; the next free one is used when it is taken."))
    var port: Int = 1111

    @Option(name: .long, help: said("Address to listen on. The default, 127.0.0.1, is this computer only; 0.0.0.0 lets other computers on the network see the preview, drafts included."))
    var bind: String = "127.0.0.1"

    @Flag(name: .long, help: said("Open the preview in the web browser."))
    var open = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(("--port must be between 1 and 65535." as Message).description) }
    }

    func run() async throws {
        let terminal = Terminal(quiet: site.quiet, verbose: site.verbose)
        let root = site.siteURL
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yaml").path) else {
            terminal.report([.error("site.yaml", "There is no site.yaml in \(root.path), so this folder is not a Beacon site.",
                                    hint: "Run `beacon serve` in the site's folder, pass `--site DIR`, or make a site with `beacon new site DIR`.")])
            throw ExitCode(1)
        }
        // Listening for Ctrl-C before the server answers anything: a signal that came between
        // the server's first answer and the listening would be lost (see `InterruptSignal`).
        let interrupt = InterruptSignal()
        let (languages, strings) = Self.overlayStrings(root)
        let configuration = PreviewServer.Configuration(host: bind, port: UInt16(port), siteRoot: root, languages: languages,
                                                        overlayStrings: strings)
        if !configuration.isLoopback {
            terminal.say("Warning: listening on \(bind), so other computers on the network can open this preview, drafts and unpublished pages included. Use it only on a network you trust.")
        }
        let quiet = site.quiet, verbose = site.verbose
        let lastSave = Locked<SaveInProgress?>(nil)
        let server = SitePreview.server(site.buildOptions(), configuration: configuration,
                                        progress: { build in
                                            if build == 1 { return quiet ? nil : terminal }
                                            // Later builds: the running step shows on a terminal, then the one-line result replaces it.
                                            var t = terminal
                                            t.transient = true
                                            return quiet ? nil : t
                                        },
                                        onBuild: { outcome, changed in
                                            Self.tell(terminal, outcome, changed, quiet: quiet, verbose: verbose, lastSave: lastSave)
                                        })
        let url: URL
        do {
            url = try await server.start()
        } catch {
            terminal.say("Could not start the preview server on \(bind):\(port): \(error).")
            terminal.say("  = fix: choose another port with `--port 8080`, or stop the program that uses it.")
            throw ExitCode(1)
        }
        // A busy port moves the preview to the next free one: say so, or the clerk opens the old address.
        if port != 0, let actual = url.port, actual != port {
            terminal.say("Port \(port) is already in use, so the preview uses port \(actual) instead.")
        }
        terminal.say("Serving \(root.lastPathComponent) at \(url.absoluteString)  (press Ctrl-C to stop)")
        if open { Self.openBrowser(url) }
        await interrupt.wait()
        terminal.say("Stopped.")
        await server.stop()
    }

    /// Says how a build went. `lastSave` is when the last save's build started: the print work
    /// that follows it (LED programs, then leaflets and banners) says how long after the save its
    /// files were ready, since a clerk waiting for a leaflet has no other sign.
    static func tell(_ terminal: Terminal, _ outcome: BuildOutcome, _ changed: [String], quiet: Bool, verbose: Bool,
                     lastSave: Locked<SaveInProgress?>) {
        let seconds = outcome.duration.seconds
        let files = changed.count <= 3 ? changed.joined(separator: ", ") : nil
        let what: Message = changed.isEmpty ? "" : files.map { " after \($0)" } ?? " after \(changed.count) changes"
        if outcome.failed {
            terminal.report(outcome.diagnostics)
            terminal.say("The build failed\(what); the browser shows the problem over the last good pages. Fix the file and save.")
            return
        }
        guard !quiet else { return }
        // The leaflets and LED programs made after a save's pages: the save was already reported.
        if outcome.printUpdate {
            // After the first build the warnings the print work found (the pages' were shown).
            let (lines, warnings) = lastSave.update { save -> ([Message], [Diagnostic]) in
                let warnings = save?.isStart == true ? save?.unshown(outcome) ?? [] : []
                return (save?.ready(outcome) ?? [], warnings)
            }
            terminal.report(warnings)
            for line in lines { terminal.say(line) }
            return
        }
        let warnings = outcome.diagnostics.filter { $0.severity == .warning }
        if !changed.isEmpty || !outcome.stalePrintFolders.isEmpty {
            var save = SaveInProgress(start: ContinuousClock.now - outcome.duration, stale: outcome.stalePrintFolders)
            save.isStart = changed.isEmpty
            save.shown = Set(warnings)
            lastSave.update { $0 = save }
        }
        if verbose || (changed.isEmpty && !warnings.isEmpty) { terminal.report(warnings) }
        let note: Message = warnings.isEmpty || verbose || changed.isEmpty ? "" : " (\(warnings.count) warning(s); `beacon check` lists them)"
        let time = String(format: "%.2f", seconds)
        terminal.say(changed.isEmpty ? "Built in \(time) s\(what)\(note)" : "Rebuilt in \(time) s\(what)\(note)")
    }

    /// The site's languages (`SiteConfig.defaultLanguages` when site.yaml does not load) and
    /// the overlay's words in each of them by code, from the site's theme, else from the built-in
    /// theme; a language the theme has no words for gets those of Beacon's own messages (English).
    static func overlayStrings(_ root: URL) -> ([Language], [String: [String: String]]) {
        let (languages, strings) = ThemeStrings.bestEffort(siteRoot: root)
        var all: [String: [String: String]] = [:]
        for language in languages {
            let table = strings?.strings(language) ?? [:]
            all[language.code] = (table.isEmpty ? strings?.strings(MessageCatalog.base) ?? [:] : table).filter { $0.key.hasPrefix("serve.") }
        }
        return (languages, all)
    }

    static func openBrowser(_ url: URL) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["xdg-open", url.absoluteString]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try? p.run()
    }
}
