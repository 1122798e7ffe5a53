/// The hotlines and the issuing office, with the QR code and its caption when the design puts
/// them together: stacked in a narrow panel, QR code to the right in a wide one.
struct ContactPanel {
    struct Hotline { var number: String; var label: String }

    var heading: String
    var hotlines: [Hotline]
    /// Nil when the QR code sits elsewhere in the design (the A4 and A5 front pages).
    var qr: QRBadge?
    var issued: String
    var scale: TypeScale

    var spec: BlockSpec {
        BlockSpec(kind: .fixed { width, _, engine in layout(width: width, engine: engine) }, splittable: false)
    }

    /// The box as separate stacked blocks (heading, hotlines, QR code, issuer), for a panel of
    /// its own that they are spread down; the issuer comes last, at the foot.
    var stackedSpecs: [BlockSpec] {
        let part = { (index: Int) -> BlockSpec in
            var spec = BlockSpec(kind: .fixed { width, _, engine in
                let parts = self.parts(width: width, engine: engine)
                return index < parts.count ? parts[index] : FixedLayout(height: 0) { _, _, _ in }
            }, spaceBefore: index == 0 ? mm(8) : mm(3), keepWithNext: index == 0, splittable: false)
            spec.stretch = index == 0 ? 3 : 1
            spec.keepTogether = -1
            return spec
        }
        return (0..<(qr == nil ? 3 : 4)).map(part)
    }

    /// Heading, hotline numbers, QR code (if any) and issuer line, each centred in `width`. A
    /// hotline's label is set as a headline (between words, lines balanced): a narrow column
    /// broke `南湖分局反 / 诈中心` and `Nanhu anti- / fraud centre`.
    private func parts(width: Double, engine: TextEngine) -> [FixedLayout] {
        let head = TextLayout.cached(heading, style: TextStyle(size: scale.heading, bold: true, colour: Palette.brand, leading: 1.3, alignment: .centre),
                              width: width, engine: engine)
        let grid = hotlineGrid(width: width, centred: true, roomy: true, engine: engine)
        let issuedText = TextLayout.cached(issued, style: TextStyle(size: scale.small, colour: Palette.muted, leading: 1.4, alignment: .centre),
                                    width: width, engine: engine)
        var out = [
            FixedLayout(height: head.height) { canvas, x, y in head.draw(0..<head.lines.count, on: canvas, x: x, y: y) },
            grid,
        ]
        if let badge = qr?.layout(width: width, onDark: false, engine: engine) { out.append(badge) }
        out.append(FixedLayout(height: issuedText.height) { canvas, x, y in issuedText.draw(0..<issuedText.lines.count, on: canvas, x: x, y: y) })
        return out
    }

    /// A number on one line and within its column: a district's own line (`0517-83600110`) is
    /// set smaller rather than broken or run past the column, down to 8 pt (copy-fitting may
    /// have set the hotlines large). A number with no break in it (`0598-7261110`) is one line
    /// however wide, so its width is checked too.
    func numberLayout(_ number: String, colour: Colour, width: Double, engine: TextEngine) -> TextLayout {
        func make(_ size: Double) -> TextLayout {
            TextLayout.cached(number, style: TextStyle(size: size, bold: true, colour: colour, leading: 1.1, alignment: .centre), width: width, engine: engine)
        }
        var size = scale.hotline
        var layout = make(size)
        while layout.lines.count > 1 || layout.inkWidth > width + 0.5, size - 0.5 >= 8 {
            size -= 0.5
            layout = make(size)
        }
        return layout
    }

    func layout(width: Double, engine: TextEngine) -> FixedLayout {
        let side = qr != nil && width >= mm(100)
        let qrWidth = side ? (qr?.side ?? 0) + mm(6) : 0
        let textWidth = width - qrWidth
        let align: TextStyle.Alignment = side ? .left : .centre
        let head = TextLayout.cached(heading, style: TextStyle(size: scale.heading, bold: true, colour: Palette.brand, leading: 1.3, alignment: align),
                              width: textWidth, engine: engine)
        let grid = hotlineGrid(width: textWidth, centred: !side, roomy: false, engine: engine)
        let hotlineHeight = grid.height
        let issuedText = TextLayout.cached(issued, style: TextStyle(size: scale.small, colour: Palette.muted, leading: 1.4, alignment: align),
                                    width: textWidth, engine: engine)
        let badge = qr?.layout(width: side ? qrWidth : width, onDark: false, engine: engine)
        let textBlock = head.height + mm(2) + hotlineHeight + mm(4) + issuedText.height
        let height: Double
        if let badge { height = side ? max(textBlock, badge.height) : textBlock + badge.height + mm(5) } else { height = textBlock }
        return FixedLayout(height: height) { canvas, x, y in
            head.draw(0..<head.lines.count, on: canvas, x: x, y: y)
            let top = y + head.height + mm(2)
            grid.draw(canvas, x, top)
            let below = top + hotlineHeight + mm(4)
            guard let badge else {
                issuedText.draw(0..<issuedText.lines.count, on: canvas, x: x, y: below)
                return
            }
            if side {
                issuedText.draw(0..<issuedText.lines.count, on: canvas, x: x, y: below)
                badge.draw(canvas, x + textWidth, y)
            } else {
                badge.draw(canvas, x, below)
                issuedText.draw(0..<issuedText.lines.count, on: canvas, x: x, y: y + height - issuedText.height)
            }
        }
    }
}
