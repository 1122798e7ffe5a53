import Foundation

/// GNU Unifont's 16-px bitmap glyphs, read once from the `.hex` file of Debian's `unifont`
/// package (`codepoint:hexbits`, 32 hex digits for an 8×16 glyph, 64 for 16×16) and indexed
/// by code point.
final class Unifont: Sendable {
    /// One glyph: 8 or 16 pixels wide, 16 rows.
    struct Glyph {
        let width: Int
        /// 16 rows; bit 15 is the leftmost pixel.
        let rows: [UInt16]

        func isLit(x: Int, y: Int) -> Bool {
            guard x >= 0, x < width, y >= 0, y < 16 else { return false }
            return rows[y] & (1 << (15 - x)) != 0
        }
    }

    private let glyphs: [UInt32: Glyph]

    /// Where Debian puts the font; `BEACON_UNIFONT` overrides.
    static let searchPaths = ["/usr/share/unifont/unifont.hex", "/usr/share/unifont/unifont.hex.gz",
                              "/usr/local/share/unifont/unifont.hex"]

    /// The font, loaded on first use and kept for the process; nil when it is not installed.
    static let shared: Unifont? = {
        var paths = searchPaths
        if let env = ProcessInfo.processInfo.environment["BEACON_UNIFONT"], !env.isEmpty { paths.insert(env, at: 0) }
        for path in paths where FileManager.default.fileExists(atPath: path) {
            if let data = read(path), let font = Unifont(hex: data) { return font }
        }
        return nil
    }()

    /// The file's bytes; a `.gz` copy is unpacked with `gzip -dc`.
    static func read(_ path: String) -> Data? {
        guard path.hasSuffix(".gz") else { return FileManager.default.contents(atPath: path) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-dc", path]
        let pipe = Pipe()
        p.standardOutput = pipe
        do { try p.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? data : nil
    }

    init?(hex data: Data) {
        var table: [UInt32: Glyph] = [:]
        table.reserveCapacity(60_000)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = bytes.count
            func nibble(_ b: UInt8) -> UInt32? {
                switch b {
                case 0x30...0x39: return UInt32(b - 0x30)
                case 0x41...0x46: return UInt32(b - 0x41 + 10)
                case 0x61...0x66: return UInt32(b - 0x61 + 10)
                default: return nil
                }
            }
            while i < n {
                var code: UInt32 = 0
                while i < n, let v = nibble(bytes[i]) { code = code << 4 | v; i += 1 }
                guard i < n, bytes[i] == 0x3A else { while i < n, bytes[i] != 0x0A { i += 1 }; i += 1; continue }
                i += 1
                let start = i
                while i < n, nibble(bytes[i]) != nil { i += 1 }
                let digits = i - start
                if digits == 32 || digits == 64 {
                    let perRow = digits / 16
                    var rows = [UInt16](repeating: 0, count: 16)
                    for r in 0..<16 {
                        var v: UInt32 = 0
                        for k in 0..<perRow { v = v << 4 | (nibble(bytes[start + r * perRow + k]) ?? 0) }
                        rows[r] = perRow == 2 ? UInt16(v << 8) : UInt16(v)
                    }
                    table[code] = Glyph(width: perRow * 4, rows: rows)
                }
                while i < n, bytes[i] != 0x0A { i += 1 }
                i += 1
            }
        }
        guard !table.isEmpty else { return nil }
        glyphs = table
    }

    /// The glyph of a character made of one code point; nil when the font lacks it.
    func glyph(_ ch: Character) -> Glyph? {
        guard ch.unicodeScalars.count == 1, let s = ch.unicodeScalars.first else { return nil }
        return glyphs[s.value]
    }

    var count: Int { glyphs.count }
}
