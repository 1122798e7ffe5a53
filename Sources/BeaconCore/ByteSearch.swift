/// Finding bytes in bytes (Glibc's `memmem` is not visible to Swift on Linux): the checks
/// that scan every text of a site for a few fixed words use it instead of String searches.
public enum ByteSearch {
    /// Where `needle` first occurs in `hay` at or after `from`; an empty needle is at `from`.
    public static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let first = needle.first else { return from <= hay.count ? from : nil }
        let last = hay.count - needle.count
        var i = from
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
