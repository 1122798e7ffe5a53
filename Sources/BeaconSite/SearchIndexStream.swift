/// The bytes of a search index handed on in pieces of about 64 KB as they are made, so a
/// build writes the index to its file instead of holding it whole (35 MB for 5,500 Chinese
/// pages, the largest single thing a large build held).
final class SearchIndexStream {
    static let pieceSize = 1 << 16
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private let emit: (UnsafeRawBufferPointer) -> Void

    init(_ emit: @escaping (UnsafeRawBufferPointer) -> Void) {
        buffer = .allocate(capacity: Self.pieceSize)
        self.emit = emit
    }

    deinit { buffer.deallocate() }

    /// Room for `n` more bytes (at most `pieceSize`), handing on what is held first if need be.
    @inline(__always)
    private func reserve(_ n: Int) {
        if count + n > Self.pieceSize { flush() }
    }

    func append(_ byte: UInt8) {
        reserve(1)
        buffer[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if bytes.count > Self.pieceSize {
            flush()
            emit(UnsafeRawBufferPointer(bytes))
            return
        }
        reserve(bytes.count)
        (buffer + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// The term a hanzi key stands for (`SearchTerms.key`) as a JSON string: its one or two
    /// scalars as UTF-8 between quotes, hanzi needing no escapes.
    func appendHanTerm(_ key: UInt64) {
        reserve(10)
        buffer[count] = UInt8(ascii: "\"")
        count += 1
        appendUTF8(UInt32(truncatingIfNeeded: (key >> 18) & 0x3FFFF))
        if key & (1 << 36) == 0 { appendUTF8(UInt32(truncatingIfNeeded: key & 0x3FFFF)) }
        buffer[count] = UInt8(ascii: "\"")
        count += 1
    }

    /// A scalar's UTF-8 (U+FFFD's for a value that is not a scalar), with room reserved.
    @inline(__always)
    private func appendUTF8(_ value: UInt32) {
        let v = Unicode.Scalar(value).map(\.value) ?? 0xFFFD
        switch v {
        case 0..<0x80:
            buffer[count] = UInt8(truncatingIfNeeded: v)
            count += 1
        case 0x80..<0x800:
            buffer[count] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            count += 2
        case 0x800..<0x10000:
            buffer[count] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
            buffer[count + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            count += 3
        default:
            buffer[count] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
            buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F)
            buffer[count + 2] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
            buffer[count + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            count += 4
        }
    }

    /// `values` in decimal, separated by commas. The place to write is kept in a local
    /// variable, not re-read from the object after each byte: a large index has millions.
    func appendList(_ values: UnsafeBufferPointer<UInt32>) {
        var at = count
        for (i, n) in values.enumerated() {
            if at + 11 > Self.pieceSize {
                count = at
                flush()
                at = 0
            }
            if i > 0 {
                buffer[at] = UInt8(ascii: ",")
                at += 1
            }
            // The width by comparing, not dividing: a posting has a few digits.
            let width = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100_000 ? 5
                : n < 1_000_000 ? 6 : n < 10_000_000 ? 7 : n < 100_000_000 ? 8 : n < 1_000_000_000 ? 9 : 10
            var v = n
            var digit = at + width
            repeat {
                digit -= 1
                buffer[digit] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: v % 10)
                v /= 10
            } while v > 0
            at += width
        }
        count = at
    }

    /// Hands on what is held.
    func flush() {
        guard count > 0 else { return }
        emit(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }
}
