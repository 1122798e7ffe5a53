import Foundation

/// Runs poppler's and zbar's command-line tools on files a test produced.
enum Tool {
    /// Standard output of `command args…`; throws when it exits non-zero.
    static func run(_ command: String, _ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [command] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw ToolError(command: command, status: p.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }

    struct ToolError: Error { var command: String; var status: Int32 }
}

/// What `pdfinfo -box` says about a PDF: page count and boxes (points, first page).
struct PDFInfo {
    var fields: [String: String] = [:]

    init(_ url: URL) throws {
        for line in try Tool.run("pdfinfo", ["-box", url.path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }

    var pages: Int { Int(fields["Pages"] ?? "") ?? 0 }

    /// Width and height of a box in millimetres.
    func size(_ box: String) -> (width: Double, height: Double)? {
        let v = (fields[box] ?? "").split(separator: " ").compactMap { Double($0) }
        guard v.count == 4 else { return nil }
        return ((v[2] - v[0]) * 25.4 / 72, (v[3] - v[1]) * 25.4 / 72)
    }

    func box(_ box: String) -> [Double] { (fields[box] ?? "").split(separator: " ").compactMap { Double($0) } }
}

/// Rows of `pdffonts`: name, emb, sub, uni.
func pdfFonts(_ url: URL) throws -> [(name: String, embedded: Bool, subset: Bool, unicode: Bool)] {
    try Tool.run("pdffonts", [url.path]).split(separator: "\n").dropFirst(2).map { line in
        let cols = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let n = cols.count
        return (cols[0], cols[n - 5] == "yes", cols[n - 4] == "yes", cols[n - 3] == "yes")
    }
}

/// The text of a PDF with all whitespace removed, so line breaks and cluster spacing do not matter.
func pdfText(_ url: URL, page: Int? = nil) throws -> String {
    var args = [url.path, "-"]
    if let page { args = ["-f", String(page), "-l", String(page)] + args }
    return try Tool.run("pdftotext", args).filter { !$0.isWhitespace }
}

extension String {
    var withoutWhitespace: String { filter { !$0.isWhitespace } }
}
