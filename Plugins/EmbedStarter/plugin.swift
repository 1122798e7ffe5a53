import Foundation
import PackagePlugin

/// Embeds the starter site (`Sources/BeaconStarter/Site/`) and the default theme
/// (`themes/default/`) into the `BeaconStarter` module at build time, so `beacon new site`
/// works from the bare executable, wherever it was copied, and never ships a stale theme.
@main
struct EmbedStarter: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let sources: [(dir: URL, prefix: String)] = [
            (package.appending(path: "Sources/BeaconStarter/Site"), ""),
            (package.appending(path: "themes/default"), "themes/default/"),
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
        return [.buildCommand(displayName: "Embedding the starter site and default theme",
                              executable: try context.tool(named: "EmbedFiles").url,
                              arguments: arguments, inputFiles: inputs.sorted { $0.path < $1.path }, outputFiles: [output])]
    }
}
