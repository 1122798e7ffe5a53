import BeaconContent
import BeaconCore
import Foundation

/// Finds the text a translation was made from. `translation_of:` records only a 32-bit hash
/// of the source body, which cannot be turned back into text, so the text is looked for in
/// the copies builds keep (`TranslationSources`), then in the site's git history: the staged
/// and committed versions of the source file, newest first, until one has the recorded hash.
/// Where neither has it, `beacon check` says so instead of showing a change.
enum SourceHistory {
    /// How many commits of the source file are tried.
    static let depth = 200

    /// The source body whose hash is `hash`, or nil when neither the copies nor git have it.
    static func body(of path: String, withHash hash: String, root: URL) -> String? {
        if let kept = TranslationSources.body(withHash: hash, root: root) { return kept }
        guard let log = git(["log", "--format=%H", "-n", String(depth), "--", path], root: root) else { return nil }
        let revisions = [""] + log.split(separator: "\n").map(String.init)
        for revision in revisions {
            guard let text = git(["show", "\(revision):./\(path)"], root: root),
                  let fm = try? FrontMatter.split(SourceText(path: path, text: SourceText.normalizeLineEnds(text))) else { continue }
            if TranslationHash.of(body: fm.body) == hash { return fm.body }
        }
        return nil
    }

    /// Standard output of `git -C root ARGS`, or nil when git is missing or fails.
    static func git(_ arguments: [String], root: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
