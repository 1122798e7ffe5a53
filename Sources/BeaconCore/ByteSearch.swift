#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Finding bytes in bytes (Glibc's `memmem` is not visible to Swift on Linux): the checks
/// that scan every text of a site for a few fixed words use it instead of String searches.
public enum ByteSearch {
    /// Where `needle` first occurs in `hay` at or after `from`; an empty needle is at `from`.
    /// `memchr` finds each place the first byte occurs (a byte at a time was most of the
    /// placeholder check).
    public static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let first = needle.first else { return from <= hay.count ? from : nil }
        guard let base = hay.baseAddress, from >= 0 else { return nil }
        let last = hay.count - needle.count
        var i = from
        while i <= last {
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < needle.count, hay[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }
}
