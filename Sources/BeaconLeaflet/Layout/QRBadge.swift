/// The QR code with its caption, centred in the width it is given.
struct QRBadge {
    var qr: QRMatrix
    var caption: String
    var scale: TypeScale
    /// How much larger than its least size the code is set: in a panel of its own the contact
    /// box's code grows with the box's type (a short leaflet's back is filled by what it has).
    var enlarged = 1.0

    /// Printed width with the quiet zone: at least 24 mm (the SPEC asks 20), and at least
    /// 0.5 mm per module so a long address stays scannable.
    var side: Double { max(mm(24), Double(qr.size + 2 * QRMatrix.quietZone) * mm(0.5)) * enlarged }

    var spec: BlockSpec {
        BlockSpec(kind: .fixed { width, frame, engine in layout(width: width, onDark: frame.onDark, engine: engine) }, splittable: false)
    }

    func layout(width: Double, onDark: Bool, engine: TextEngine) -> FixedLayout {
        // Broken between words into even lines, as a headline (`扫码访问反诈宣 / 传网站` was not).
        let caption = TextLayout.cached(self.caption, style: TextStyle(size: scale.small, colour: onDark ? .white : Palette.text, leading: 1.3,
                                                                headline: true, alignment: .centre), width: width, engine: engine)
        let (qr, side) = (self.qr, self.side)
        return FixedLayout(height: side + mm(1) + caption.height) { canvas, x, y in
            Self.draw(qr, side: side, x: x + (width - side) / 2, y: y, on: canvas)
            caption.draw(0..<caption.lines.count, on: canvas, x: x, y: y + side + mm(1))
        }
    }

    /// White square (the quiet zone must be light on any background), then the dark modules as
    /// vector rectangles in black ink.
    static func draw(_ qr: QRMatrix, side: Double, x: Double, y: Double, on canvas: CairoCanvas) {
        let module = side / Double(qr.size + 2 * QRMatrix.quietZone)
        canvas.fill(Rect(x: x, y: y, width: side, height: side), .white)
        let origin = Double(QRMatrix.quietZone) * module
        canvas.fill(qr.rectangles(x: x + origin, y: y + origin, module: module), .black)
    }
}
