import CQRencode

/// A QR code symbol made by libqrencode: case-sensitive 8-bit mode, error correction level M.
struct QRMatrix: Sendable {
    /// Modules per side, without the quiet zone.
    let size: Int
    let version: Int
    /// Row-major, true for a dark module.
    let dark: [Bool]

    /// Modules of light margin the standard requires on every side.
    static let quietZone = 4

    /// Nil when the text is too long for any QR version at level M.
    init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        version = Int(code.pointee.version)
        dark = (0..<width * width).map { code.pointee.data[$0] & 1 == 1 }
    }

    func isDark(row: Int, column: Int) -> Bool { dark[row * size + column] }

    /// The dark modules as rectangles (runs along each row merged), with the symbol's
    /// top-left module at (`x`, `y`) and each module `module` points wide.
    func rectangles(x: Double, y: Double, module: Double) -> [Rect] {
        var out: [Rect] = []
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else { column += 1; continue }
                let start = column
                while column < size && isDark(row: row, column: column) { column += 1 }
                out.append(Rect(x: x + Double(start) * module, y: y + Double(row) * module,
                                width: Double(column - start) * module, height: module))
            }
        }
        return out
    }
}
