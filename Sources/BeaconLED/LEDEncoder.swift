import BeaconCore

/// Encodes text for one board's character set, one character at a time with a cache, so
/// the first character that does not fit can be named.
final class LEDEncoder {
    let charset: LEDCharset
    private let converter: Iconv?
    private var cache: [Character: [UInt8]?] = [:]

    init(_ charset: LEDCharset) {
        self.charset = charset
        converter = charset == .utf8 ? nil : Iconv(from: "UTF-8", to: charset.iconvName)
    }

    /// True when iconv on this system can encode the set at all.
    var isAvailable: Bool { charset == .utf8 || converter != nil }

    /// The character's bytes, or nil when the set has no such character.
    func bytes(_ ch: Character) -> [UInt8]? {
        if let hit = cache[ch] { return hit }
        let utf8 = Array(String(ch).utf8)
        let out: [UInt8]? = charset == .utf8 ? utf8 : converter?.convert(utf8)
        cache[ch] = out
        return out
    }

    func canEncode(_ ch: Character) -> Bool { bytes(ch) != nil }

    /// The text's bytes; nil when any character has no place in the set.
    func bytes(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            guard let b = bytes(ch) else { return nil }
            out += b
        }
        return out
    }

    func canEncode(_ text: String) -> Bool { text.allSatisfy(canEncode) }
}

/// Decodes bytes of a board's set back to text, for tests and checks.
public enum LEDDecoder {
    /// The text, or nil when the bytes are not valid in `charset`.
    public static func decode(_ bytes: [UInt8], charset: LEDCharset) -> String? {
        if charset == .utf8 { return String(validating: bytes, as: UTF8.self) }
        guard let c = Iconv(from: charset.iconvName, to: "UTF-8"), let out = c.convert(bytes) else { return nil }
        return String(validating: out, as: UTF8.self)
    }
}
