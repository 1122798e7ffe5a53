/// The hotlines, the QR code with its caption and the issuing office: stacked in a narrow
/// panel, QR code to the right in a wide one.
struct ContactPanel {
    struct Hotline { var number: String; var label: String }

    var heading: String
    var hotlines: [Hotline]
    var qr: QRMatrix
    var qrCaption: String
    var issued: String
    var scale: TypeScale

    /// Printed QR width with its quiet zone: at least 24 mm (the SPEC asks 20), and at least
    /// 0.5 mm per module so a long address stays scannable.
    var qrSide: Double { max(mm(24), Double(qr.size + 2 * QRMatrix.quietZone) * mm(0.5)) }

    var spec: BlockSpec {
        BlockSpec(kind: .fixed { width, _, engine in layout(width: width, engine: engine) }, splittable: false)
    }

    func layout(width: Double, engine: TextEngine) -> FixedLayout {
        let side = width >= mm(100)
        let textWidth = side ? width - qrSide - mm(6) : width
        let align: TextStyle.Alignment = side ? .left : .centre
        let head = TextLayout(heading, style: TextStyle(size: scale.heading, bold: true, colour: Palette.brand, leading: 1.3, alignment: align),
                              width: textWidth, engine: engine)
        let columnWidth = (textWidth - mm(4)) / Double(max(1, hotlines.count))
        let numbers = hotlines.enumerated().map { i, h in
            (TextLayout(h.number, style: TextStyle(size: scale.hotline, bold: true, colour: i == 0 ? Palette.accent : Palette.brand,
                                                   leading: 1.1, alignment: .centre), width: columnWidth, engine: engine),
             TextLayout(h.label, style: TextStyle(size: scale.small, colour: Palette.text, leading: 1.3, alignment: .centre),
                        width: columnWidth, engine: engine))
        }
        let hotlineHeight = numbers.map { $0.0.height + $0.1.height }.max() ?? 0
        let captionWidth = side ? qrSide + mm(6) : width
        let caption = TextLayout(qrCaption, style: TextStyle(size: scale.small, colour: Palette.text, leading: 1.3, alignment: .centre),
                                 width: captionWidth, engine: engine)
        let issuedText = TextLayout(issued, style: TextStyle(size: scale.small, colour: Palette.muted, leading: 1.4, alignment: align),
                                    width: textWidth, engine: engine)
        let textBlock = head.height + mm(2) + hotlineHeight + mm(4) + issuedText.height
        let qrBlock = qrSide + mm(1) + caption.height
        let height = side ? max(textBlock, qrBlock) : textBlock + qrBlock + mm(5)
        let qr = self.qr
        let qrSide = self.qrSide
        return FixedLayout(height: height) { canvas, x, y in
            head.draw(0..<head.lines.count, on: canvas, x: x, y: y)
            var cy = y + head.height + mm(2)
            for (i, pair) in numbers.enumerated() {
                let cx = x + Double(i) * (columnWidth + mm(4))
                pair.0.draw(0..<pair.0.lines.count, on: canvas, x: cx, y: cy)
                pair.1.draw(0..<pair.1.lines.count, on: canvas, x: cx, y: cy + pair.0.height)
            }
            cy += hotlineHeight + mm(4)
            let qrX: Double, qrY: Double
            if side {
                issuedText.draw(0..<issuedText.lines.count, on: canvas, x: x, y: cy)
                qrX = x + width - qrSide - mm(3)
                qrY = y
            } else {
                qrX = x + (width - qrSide) / 2
                qrY = cy
                issuedText.draw(0..<issuedText.lines.count, on: canvas, x: x, y: y + height - issuedText.height)
            }
            Self.drawQR(qr, side: qrSide, x: qrX, y: qrY, on: canvas)
            let captionX = side ? qrX - mm(3) : x
            caption.draw(0..<caption.lines.count, on: canvas, x: captionX, y: qrY + qrSide + mm(1))
        }
    }

    /// White square (the quiet zone must be light even on a tinted panel), then the dark modules
    /// as vector rectangles in black.
    static func drawQR(_ qr: QRMatrix, side: Double, x: Double, y: Double, on canvas: CairoCanvas) {
        let module = side / Double(qr.size + 2 * QRMatrix.quietZone)
        canvas.fill(Rect(x: x, y: y, width: side, height: side), .white)
        let origin = Double(QRMatrix.quietZone) * module
        canvas.fill(qr.rectangles(x: x + origin, y: y + origin, module: module), .black)
    }
}
