import Foundation

/// A poster's fingerprint kept inside its PNG, in a `tEXt` chunk right after the header, so
/// the next build can tell from the file in `public/` whether its words changed, and draws
/// only the posters that did ("typeset only what changed").
public enum PNGKey {
    static let keyword = "beacon-key"

    /// Bumped whenever the drawing changes, so old posters are drawn again.
    static let drawingVersion = "poster-5"

    /// The fingerprint of what a picture shows: FNV-1a (64 bit) of its words and the drawing's version.
    public static func of<T>(_ content: T) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in "\(drawingVersion)|\(content)".utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100000001b3
        }
        return String(hash, radix: 16)
    }

    /// `png` with a `tEXt` chunk holding `key` inserted after its IHDR chunk.
    public static func adding(_ key: String, to png: Data) -> Data {
        let ihdrEnd = 8 + 4 + 4 + 13 + 4
        guard png.count > ihdrEnd else { return png }
        var body = Data("tEXt".utf8)
        body.append(contentsOf: Array(keyword.utf8) + [0] + Array(key.utf8))
        var chunk = Data()
        chunk.append(contentsOf: bigEndian(UInt32(body.count - 4)))
        chunk.append(body)
        chunk.append(contentsOf: bigEndian(crc32(body)))
        var out = Data(png.prefix(ihdrEnd))
        out.append(chunk)
        out.append(png.dropFirst(ihdrEnd))
        return out
    }

    /// The key a PNG made by `adding` holds, or nil.
    public static func key(in png: Data) -> String? {
        let bytes = [UInt8](png.prefix(8 + 25 + 8 + keyword.utf8.count + 1 + 32))
        let start = 8 + 25
        guard bytes.count > start + 8 else { return nil }
        let length = Int(bytes[start]) << 24 | Int(bytes[start + 1]) << 16 | Int(bytes[start + 2]) << 8 | Int(bytes[start + 3])
        guard String(decoding: bytes[(start + 4)..<(start + 8)], as: UTF8.self) == "tEXt",
              start + 8 + length <= bytes.count else { return nil }
        let data = bytes[(start + 8)..<(start + 8 + length)]
        guard let zero = data.firstIndex(of: 0), String(decoding: data[..<zero], as: UTF8.self) == keyword else { return nil }
        return String(decoding: data[(zero + 1)...], as: UTF8.self)
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }

    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB88320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: Data) -> UInt32 {
        var c: UInt32 = 0xFFFFFFFF
        for b in data { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFFFFFF
    }
}
