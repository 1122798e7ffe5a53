import Foundation

/// A user's text file read for Beacon: decoded as UTF-8 (a BOM is dropped, CRLF and CR become
/// LF), or refused with a message that says which encoding it seems to be in and how to fix it.
public struct SourceText: Sendable, Hashable {
    /// Path relative to the site folder, used in every message about this file.
    public let path: String
    /// The text with LF line ends and no BOM.
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads and decodes `url`; `path` is how messages name it.
    public static func read(_ url: URL, path: String, maxBytes: Int = 16 << 20) throws -> SourceText {
        if let bytes = try readRegularFile(url.path, path: path, maxBytes: maxBytes) { return try decode(bytes, path: path) }
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maxBytes { throw tooLarge(size, path: path, maxBytes: maxBytes) }
            data = try Data(contentsOf: url)
        } catch let d as Diagnostic {
            throw d
        } catch {
            throw Diagnostic.error(path, "The file cannot be read: \(error.localizedDescription)",
                                   hint: "Check that the file exists and that you may read it.")
        }
        return try decode(data, path: path)
    }

    static func tooLarge(_ size: Int, path: String, maxBytes: Int) -> Diagnostic {
        .error(path, "The file is \(size / (1 << 20)) MiB; Beacon reads text files of at most \(maxBytes / (1 << 20)) MiB.",
               hint: "Split it into smaller files, or remove what was pasted into it by mistake.")
    }

    /// A regular file's bytes read with plain POSIX calls (FileManager's attributes and
    /// Data(contentsOf:) were a third of loading 11,000 files); nil for anything else (a link,
    /// a folder, an error), which the Foundation path then reads or reports as before.
    static func readRegularFile(_ file: String, path: String, maxBytes: Int) throws -> [UInt8]? {
        var st = stat()
        guard lstat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(st.st_size)
        if size > maxBytes { throw tooLarge(size, path: path, maxBytes: maxBytes) }
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // Read straight into the result, asking for a byte more than the file has: a read that
        // returns less than asked, once the size `lstat` gave is in, is at the end of the file,
        // so a file takes one `read` (a second one, to see the end, was a third of its calls).
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            let wanted = bytes.count - count
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, wanted) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            count += n
            if n == 0 || (n < wanted && count >= size) { break }
            // The file grew since `lstat`: room for more.
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: max(bytes.count, 4096)) }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Decodes bytes that should be UTF-8 text.
    public static func decode(_ data: Data, path: String) throws -> SourceText {
        try decode([UInt8](data), path: path)
    }

    /// Decodes bytes that should be UTF-8 text.
    public static func decode(_ bytes: [UInt8], path: String) throws -> SourceText {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul, in: bytes)
            throw Diagnostic.error(path, line: line, column: column,
                                   "The file contains a NUL byte, so it is not a text file (it may be a binary file or a broken copy).",
                                   hint: "Open it in a text editor and save it again as UTF-8, or remove it from content/.")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes)
            let (line, column) = position(ofByte: bad, in: bytes)
            // A mixed file (UTF-8 with a paragraph pasted from an old GBK document) is told apart
            // by looking at the broken line only.
            let lineEnd = bytes[bad...].firstIndex(of: 10) ?? bytes.count
            let lineStart = bytes[..<bad].lastIndex(of: 10).map { $0 + 1 } ?? 0
            let mixed = bad > 0 && String(validating: bytes[..<lineStart], as: UTF8.self).map { $0.unicodeScalars.contains { $0.value > 0x7F } } == true
            let gbk = looksLikeGBK(bytes) || looksLikeGBK(Array(bytes[bad..<lineEnd]))
            var guess: Message = gbk ? "It looks like GBK (GB2312), the encoding older Chinese editors save in."
                            : "It is in some other encoding."
            if mixed { guess = "The text before line \(line) is UTF-8, but from here on it is not: it was probably pasted from another document. " + guess }
            throw Diagnostic.error(path, line: line, column: column,
                                   "The file is not UTF-8. \(guess)",
                                   hint: "Save it as UTF-8 (in Notepad: File › Save As › Encoding: UTF-8), or run `beacon fix-encoding \(path)`, which converts it and keeps a backup.")
        }
        return SourceText(path: path, text: normalizeLineEnds(text))
    }

    /// CRLF and lone CR become LF.
    public static func normalizeLineEnds(_ s: String) -> String {
        var bytes = s
        // A byte loop over the contiguous UTF-8: `utf8.contains` took longer than decoding.
        guard bytes.withUTF8({ buf in buf.baseAddress.map { memchr($0, 13, buf.count) != nil } ?? false }) else { return s }
        return s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// 1-based line and column (in characters) of a byte offset; used to place an encoding error.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 10 {
            line += 1
            lineStart = i + 1
        }
        let prefix = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self)
        return (line, prefix.count + 1)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let len: Int
            switch b {
            case 0x00...0x7F: len = 1
            case 0xC2...0xDF: len = 2
            case 0xE0...0xEF: len = 3
            case 0xF0...0xF4: len = 4
            default: return i
            }
            if i + len > bytes.count { return i }
            for j in 1..<len where bytes[i + j] & 0xC0 != 0x80 { return i }
            if String(validating: bytes[i..<i + len], as: UTF8.self) == nil { return i }
            i += len
        }
        return bytes.count
    }

    /// True when the non-ASCII bytes pair up as GBK double-byte characters.
    public static func looksLikeGBK(_ bytes: [UInt8]) -> Bool {
        var i = 0
        var pairs = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard (0x81...0xFE).contains(b), i + 1 < bytes.count else { return false }
            let t = bytes[i + 1]
            guard (0x40...0xFE).contains(t), t != 0x7F else { return false }
            pairs += 1
            i += 2
        }
        return pairs > 0
    }
}

extension String {
    /// The 1-based `line` of the text, without its line end; empty when out of range.
    public func line(_ number: Int) -> String {
        guard number >= 1 else { return "" }
        var current = 1
        var start = startIndex
        var i = startIndex
        while i < endIndex {
            if self[i] == "\n" {
                if current == number { return String(self[start..<i]) }
                current += 1
                start = index(after: i)
            }
            i = index(after: i)
        }
        return current == number ? String(self[start...]) : ""
    }
}
