import Foundation

// Writes a Swift file holding every file under the given folders, base64-encoded, sorted by
// path so the output (and the binary) is the same for the same input.
// Usage: EmbedFiles OUTPUT.swift TYPE DIR=PREFIX [DIR=PREFIX ...]; the files become `TYPE.embedded`.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first, let type = arguments.dropFirst().first else { fatalError("usage: EmbedFiles OUTPUT TYPE DIR=PREFIX ...") }
var entries: [(String, String)] = []
for pair in arguments.dropFirst(2) {
    let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    let dir = URL(fileURLWithPath: parts[0]).standardizedFileURL
    let prefix = parts.count > 1 ? parts[1] : ""
    let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    while let url = walker?.nextObject() as? URL {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
        let rel = String(url.standardizedFileURL.path.dropFirst(dir.path.count + 1))
        entries.append((prefix + rel, try Data(contentsOf: url).base64EncodedString()))
    }
}
entries.sort { $0.0 < $1.0 }
var swift = "// Generated at build time by the EmbedStarter plugin; do not edit.\n\n"
swift += "extension \(type) {\n    static let embedded: [(path: String, base64: String)] = [\n"
for (path, data) in entries { swift += "        (\"\(path)\", \"\(data)\"),\n" }
swift += "    ]\n}\n"
let url = URL(fileURLWithPath: output)
if (try? Data(contentsOf: url)) != Data(swift.utf8) { try Data(swift.utf8).write(to: url) }
