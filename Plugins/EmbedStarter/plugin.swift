import Foundation
import PackagePlugin

/// Embeds files into a module at build time, so the bare executable carries them wherever it
/// was copied and they never ship stale:
/// - into `BeaconStarter`: the starter site (`Sources/BeaconStarter/Site/`) and the message
///   translations (`Sources/BeaconStarter/Messages/`), as `Starter.embedded`;
/// - into `BeaconTheme`: the default theme (`Sources/BeaconTheme/default/`), as
///   `BuiltinTheme.embedded`.
/// The prefix `Starter` knows the message files by.
enum Starter { static let messagesPrefix = "beacon-messages/" }

@main
struct EmbedStarter: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let type: String
        let sources: [(dir: URL, prefix: String)]
        switch target.name {
        case "BeaconTheme":
            type = "BuiltinTheme"
            sources = [(package.appending(path: "Sources/BeaconTheme/default"), "")]
        default:
            type = "Starter"
            sources = [
                (package.appending(path: "Sources/BeaconStarter/Site"), ""),
                (package.appending(path: "Sources/BeaconStarter/Messages"), Starter.messagesPrefix),
            ]
        }
        var inputs: [URL] = []
        var arguments: [String] = []
        let output = context.pluginWorkDirectoryURL.appending(path: "\(type)Files.swift")
        arguments.append(output.path)
        arguments.append(type)
        for (dir, prefix) in sources {
            arguments.append("\(dir.path)=\(prefix)")
            let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            while let url = walker?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { inputs.append(url) }
            }
        }
        return [.buildCommand(displayName: "Embedding files into \(target.name)",
                              executable: try context.tool(named: "EmbedFiles").url,
                              arguments: arguments, inputFiles: inputs.sorted { $0.path < $1.path }, outputFiles: [output])]
    }
}
