import BeaconBuild
import BeaconCore
import Foundation

/// A site written into a temporary folder from `[path: contents]`, over the default theme, built the way `beacon build` builds it. Most tests read like:
/// write a site, build it, assert on the output files or on the problems reported.
struct TestSite {
    let root: URL

    /// The repository checkout, for its theme and sample site.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let minimalConfig = """
    title: {zh: 测试反诈, en: Test Anti-Fraud}
    office: {zh: 测试公安分局, en: Test Police Branch}
    base_url: https://example.gov.cn/fanzha/
    languages: [zh, en]
    fraud_types:
      task-rebate: {zh: 刷单返利, en: Task and order-brushing rebate scams}
      impersonate-police: {zh: 冒充公检法, en: "Impersonating police, prosecutors or courts"}
    """

    /// The default theme's source folder, the base layer every test site is built over (the
    /// same files Beacon embeds).
    static let themeSource = repository.appendingPathComponent("Sources/BeaconTheme/default")

    /// - Parameter files: paths relative to the site; `site.yaml` defaults to `minimalConfig`.
    ///   The site has no theme files of its own unless `files` holds some under `themes/`: the
    ///   theme built into Beacon serves it.
    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-test-\(UUID().uuidString)")
        var all = files
        if all["site.yaml"] == nil { all["site.yaml"] = Self.minimalConfig }
        for (path, text) in all { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    var output: URL { root.appendingPathComponent("public") }

    /// Builds into `public/`; throws `BuildFailure` as `beacon build` reports it.
    @discardableResult
    func build(drafts: Bool = false, future: Bool = false, baseURL: String? = nil,
               configure: (inout BuildOptions) -> Void = { _ in }) throws -> BuildReport {
        var options = BuildOptions(siteRoot: root)
        options.drafts = drafts
        options.future = future
        options.baseURL = baseURL
        configure(&options)
        return try SiteBuilder(options: options).run()
    }

    /// The problems a failing build reports; records an issue if the build succeeded.
    func failures(drafts: Bool = false) -> [Diagnostic] {
        do {
            try build(drafts: drafts)
            return []
        } catch let f as BuildFailure {
            return f.diagnostics
        } catch let d as Diagnostic {
            return [d]
        } catch {
            return [.error(nil, "\(error)")]
        }
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path) }

    func read(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file under `public/` with its bytes, to compare two builds.
    func snapshot() throws -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            out[String(url.path.dropFirst(output.path.count + 1))] = try Data(contentsOf: url)
        }
        return out
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Markdown file with front matter from key–value lines.
func page(_ frontMatter: String, _ body: String = "正文。") -> String {
    "---\n\(frontMatter)\n---\n\(body)\n"
}
