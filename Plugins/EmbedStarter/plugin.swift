import Foundation
import PackagePlugin

/// Embeds the starter site (`Sources/BeaconStarter/Site/`), the default theme
/// (`themes/default/`) and the message translations (`Sources/BeaconStarter/Messages/`) into
/// the `BeaconStarter` module at build time, so `beacon new site` and translated messages
/// work from the bare executable, wherever it was copied, and never ship stale.
/// The prefix `Starter` knows the message files by.
enum Starter { static let messagesPrefix = "beacon-messages/" }

@main
struct EmbedStarter: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let sources: [(dir: URL, prefix: String)] = [
            (package.appending(path: "Sources/BeaconStarter/Site"), ""),
            (package.appending(path: "themes/default"), "themes/default/"),
            (package.appending(path: "Sources/BeaconStarter/Messages"), Starter.messagesPrefix),
        ]
        var inputs: [URL] = []
        var arguments: [String] = []
        let output = context.pluginWorkDirectoryURL.appending(path: "StarterFiles.swift")
        arguments.append(output.path)
        for (dir, prefix) in sources {
            arguments.append("\(dir.path)=\(prefix)")
            let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            while let url = walker?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { inputs.append(url) }
            }
        }
        return [.buildCommand(displayName: "Embedding the starter site, default theme and messages",
                              executable: try context.tool(named: "EmbedFiles").url,
                              arguments: arguments, inputFiles: inputs.sorted { $0.path < $1.path }, outputFiles: [output])]
    }
}
