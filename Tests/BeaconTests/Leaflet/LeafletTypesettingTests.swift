@testable import BeaconLeaflet
import Testing

/// Chinese line breaking, type sizes and the page plans.
@Suite struct LeafletTypesettingTests {
    static let closing: Set<Character> = Set("，。、；：？！”’）》」』】…％·～－／")
    static let opening: Set<Character> = Set("“‘（《「『【")
    static let text = "受害人张某（女，45岁）接到自称“客服”的电话：“您的账户异常，需要配合注销。”对方让她下载会议软件·共享屏幕～按提示操作－转账到所谓“安全账户”／“监管账户”，前后共被骗12.8万元。民警提示：凡是要求屏幕共享、转账到“安全账户”的，都是诈骗！"

    @Test(arguments: stride(from: 60.0, through: 240.0, by: 7.0).map { $0 })
    func noLineStartsWithClosingPunctuationOrEndsWithOpening(_ width: Double) {
        let engine = TextEngine(languageTag: "zh-CN")
        let layout = TextLayout(Self.text, style: TextStyle(size: 10.5), width: width, engine: engine)
        #expect(layout.lines.count > 1)
        for (i, line) in layout.lines.enumerated() {
            if i > 0, let first = line.text.first { #expect(!Self.closing.contains(first), "line \(i) at \(width) pt: \(line.text)") }
            if i < layout.lines.count - 1, let last = line.text.last { #expect(!Self.opening.contains(last), "line \(i) at \(width) pt: \(line.text)") }
        }
        #expect(layout.lines.map(\.text).joined() == Self.text)
    }

    /// A line that could only be justified by spacing its characters far apart (an unbreakable
    /// run pushed to the next line) stays ragged, as TeX's emergency rules would have it.
    @Test func justificationNeverSpacesLettersPastTheLimit() {
        let engine = TextEngine(languageTag: "zh-CN")
        engine.justify = true
        let text = "◆ 不听不信不转账，遇到可疑打110。对方以“连单任务”“操作失误需解冻”为由，要求继续加大垫付金额，共计3.86万元。"
        var ragged = 0
        for width in stride(from: 120.0, through: 260.0, by: 4) {
            let layout = TextLayout(text, style: TextStyle(size: 14, bold: true, justify: true), width: width, engine: engine)
            for (line, each) in layout.justified {
                if let each { #expect(each <= TextLayout.maxLetterSpacing * 14 + 0.001, "line \(line) at \(width) pt: \(each) pt a gap") } else { ragged += 1 }
            }
            #expect(layout.justified.keys.allSatisfy { $0 < layout.lines.count - 1 }, "a paragraph's last line is never spread")
        }
        #expect(ragged > 0, "some width needs the emergency rule, or the test shows nothing")
    }

    @Test func theMarksPangoLetsThroughAreProtected() {
        // "ab·c": a break between b and · is forbidden by covering b and the dot.
        let ranges = LineBreakRules.protectedRanges(in: "张三·李四～")
        #expect(ranges.count == 2)
        #expect(ranges[0] == (3, 8)) // 三 (3 bytes at 3) and · (2 bytes)
    }

    @Test(arguments: LeafletFormat.allCases)
    func noTypeIsSmallerThanTheMinimum(_ format: LeafletFormat) {
        let scale = TypeScale.of(format)
        #expect(scale.all.allSatisfy { $0 >= 8 })
        #expect(scale.body >= format.minimumBodySize)
        #expect(scale.body >= (format == .a5 ? 12 : 10.5))
    }

    @Test(arguments: LeafletFormat.allCases)
    func framesKeepTheSafeMarginFromTrimAndFolds(_ format: LeafletFormat) {
        let design = Design.of(format)
        let size = format.trimSize
        let safe = Rect(x: 0, y: 0, width: mm(size.width), height: mm(size.height)).inset(mm(LeafletFormat.safeMargin))
        for frame in design.frames {
            #expect(safe.contains(frame.rect), "\(frame.name)")
            for fold in design.folds[safe: frame.page] ?? [] {
                #expect(frame.rect.x >= fold + mm(5) || frame.rect.maxX <= fold - mm(5), "\(frame.name) too near the fold")
            }
        }
        // Backgrounds that reach an edge run 3 mm past it.
        for fill in design.fills {
            for (edge, limit) in [(fill.rect.x, 0.0), (fill.rect.y, 0.0)] where edge <= 0 { #expect(abs(edge - -mm(3)) < 0.01 && limit == 0) }
            if fill.rect.maxX >= mm(size.width) { #expect(abs(fill.rect.maxX - mm(size.width + 3)) < 0.01) }
            if fill.rect.maxY >= mm(size.height) { #expect(abs(fill.rect.maxY - mm(size.height + 3)) < 0.01) }
        }
    }

    @Test func theTrifoldPanelsAre97And100And100WithTheNarrowOneFoldingIn() {
        let d = Design.of(.a4Trifold)
        // Outside, read flat: flap 0–97, back 97–197, front 197–297; inside: 0–100, 100–200, 200–297.
        #expect(d.folds[0].map { ($0 / pointsPerMM).rounded() } == [97, 197])
        #expect(d.folds[1].map { ($0 / pointsPerMM).rounded() } == [100, 200])
        // The narrow inside panel (right) backs the flap (left of the outside page).
        let right = d.frames.first { $0.name.contains("inside right") }!
        let flap = d.frames.first { $0.name.contains("flap") }!
        #expect(right.rect.x > mm(200) && flap.rect.maxX < mm(97))
        // The front cover is the rightmost outside panel and is read first.
        #expect(d.frames[0].name.contains("front cover") && d.frames[0].rect.x > mm(197))
    }

    @Test func theQRCodeIsAtLeast20mmWithItsQuietZone() throws {
        let qr = try #require(QRMatrix("https://fanzha.example.gov.cn/qjp/en/cases/task-rebate-student/"))
        let badge = QRBadge(qr: qr, caption: "", scale: .of(.a4Trifold))
        #expect(badge.side >= mm(20))
        #expect(badge.side / Double(qr.size + 8) >= mm(0.4))
        // Case-sensitive: upper and lower case give different symbols.
        #expect(QRMatrix("https://x.cn/Ab")!.dark != QRMatrix("https://x.cn/AB")!.dark)
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

@Suite struct CMYKConversionTests {
    let conversion = CMYKConversion(palette: Palette.all)

    @Test func paletteColoursTakeTheirChosenInksAndOthersTheNaiveOnes() {
        let content = "0.0431373 0.290196 0.545098 rg /a0 gs\n0 0 0 RG 0.25 w\n0.5 g\n1 0 0 rg BT <0067004b> Tj ET\n1 0 0 -1 0 663.3 cm /a0 gs"
        let out = conversion.convert(content)
        #expect(out == "1 0.7 0.1 0.1 k /a0 gs\n0 0 0 1 K 0.25 w\n0 0 0 0.5 k\n0 1 1 0 k BT <0067004b> Tj ET\n1 0 0 -1 0 663.3 cm /a0 gs")
    }
}

@Suite struct PunctuationSpacingTests {
    @Test func adjacentFullWidthMarksAreCompressedToOneAndAHalfEms() {
        // Byte offsets (3 bytes a character): “0 甲3 ”6 “9 乙12 ”15 ，18 （21 “24 丙27 ”30 ）33.
        // Halved: ” of ”“ (6), ” of ”， (15), ， of ，（ (18), the second of （“ (24), ” of ”） (30).
        #expect(PunctuationSpacing.halfWidthRanges(in: "“甲”“乙”，（“丙”）").map(\.0) == [6, 15, 18, 24, 30])
        let engine = TextEngine(languageTag: "zh-CN")
        let style = TextStyle(size: 10)
        let pair = TextLayout("”“", style: style, width: 500, engine: engine).inkWidth
        let apart = TextLayout("”", style: style, width: 500, engine: engine).inkWidth * 2
        #expect(abs(apart - 20) < 0.5) // each mark is a full em set alone
        #expect(abs(pair - 15) < 0.5)  // together they take 1.5 em
    }
}
