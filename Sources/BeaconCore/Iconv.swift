#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The C library's iconv between two character sets: the one wrapper Beacon has, used by the
/// LED programs (Foundation on Linux cannot encode GB2312 or GBK) and by `beacon fix-encoding`
/// (GB18030 to UTF-8). The handle is closed when the converter goes away; a converter keeps
/// iconv's shift state, so it belongs to one thread at a time.
public final class Iconv {
    private let handle: iconv_t

    /// Nil when this system's iconv does not know one of the sets.
    public init?(from source: String, to target: String) {
        guard let h = iconv_open(target, source), Int(bitPattern: h) != -1 else { return nil }
        handle = h
    }

    deinit { iconv_close(handle) }

    /// The bytes in the target set, or nil when some byte or character has no place in it.
    public func convert(_ bytes: [UInt8]) -> [UInt8]? {
        if bytes.isEmpty { return [] }
        _ = iconv(handle, nil, nil, nil, nil)
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBytes { inBuf in
            output.withUnsafeMutableBytes { outBuf in
                guard let inBase = inBuf.baseAddress, let outBase = outBuf.baseAddress else { return nil }
                var inPtr: UnsafeMutablePointer<CChar>? = inBase.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBase.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                if iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft) == -1 || inLeft != 0 { return nil }
                if iconv(handle, nil, nil, &outPtr, &outLeft) == -1 { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let produced else { return nil }
        return Array(output.prefix(produced))
    }
}
