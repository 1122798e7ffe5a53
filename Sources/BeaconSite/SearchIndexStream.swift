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

    /// `n` (not negative) in decimal digits.
    @inline(__always)
    func appendDecimal(_ n: UInt32) {
        reserve(10)
        var width = 1
        var v = n
        while v >= 10 { v /= 10; width += 1 }
        v = n
        var at = count + width - 1
        while at >= count {
            buffer[at] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: v % 10)
            v /= 10
            at -= 1
        }
        count += width
    }

    /// Hands on what is held.
    func flush() {
        guard count > 0 else { return }
        emit(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }
}
