import ArgumentParser
import BeaconBuild
import BeaconStarter
import Foundation

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: said("The site folder (default: the current folder)."))
    var site: String = "."

    @Flag(name: .long, help: said("Also build pages marked `draft: true`."))
    var drafts = false

    @Flag(name: .long, help: said("Also build pages whose `publish_at` date has not come yet."))
    var future = false

    @Option(name: .long, help: said("Override `base_url` from site.yaml, e.g. https://example.gov.cn/fanzha/."))
    var baseURL: String?

    @Flag(name: .shortAndLong, help: said("Print only problems."))
    var quiet = false

    @Flag(name: .shortAndLong, help: said("Print every step with its details."))
    var verbose = false

    var siteURL: URL {
        URL(fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    func buildOptions(output: String? = nil) -> BuildOptions {
        var o = BuildOptions(siteRoot: siteURL, output: output.map {
            URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        })
        o.drafts = drafts
        o.future = future
        o.baseURL = baseURL
        return o
    }
}
