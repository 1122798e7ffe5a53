@testable import BeaconLeaflet
import BeaconWords
import Testing

/// A headline is balanced by narrowing it while it keeps its line count; a width at which a
/// phrase kept whole no longer fits is too narrow, or Pango sets the phrase on one line past
/// the column. The fifth clerk's case title ran over the next column of an A4 so.
@Suite struct HeadlineWidthTests {
    static let titles = [
        "一句话案例：轻信“内部优惠”充值卡 损失3200元",
        "冒充“公检法”来电称涉嫌洗钱 退休教师转出“保证金”86万元",
        "网购退款：自称客服要求开启“屏幕共享” 女子被骗4.2万元",
        "“刷单返利”兼职：先返小利再骗大钱，大学生被骗1.35万元",
    ]

    /// A Chinese engine with the leaflets' rules, as the leaflets set headlines.
    static func engine() -> TextEngine {
        let engine = TextEngine(languageTag: "zh-CN")
        engine.breakWords = LineBreakRulesTests.words
        engine.justify = true
        engine.headlinePhrases = true
        engine.leafletRules = true
        engine.quoteBreaks = true
        return engine
    }

    @Test(arguments: [150.0, 200.0, 230.0, 252.3, 280.0], [14.0, 16.0, 17.5, 19.0, 20.3, 22.0])
    func aHeadlineNeverRunsPastItsColumn(width: Double, size: Double) {
        let engine = Self.engine()
        for title in Self.titles {
            let layout = TextLayout(title, style: TextStyle(size: size, bold: true, leading: 1.3, headline: true), width: width, engine: engine)
            #expect(layout.inkWidth <= width + 0.5, "\(title) at \(size) pt in \(width) pt: \(layout.lines.map(\.text))")
            #expect(layout.lines.map(\.text).joined().filter { !$0.isWhitespace } == title.filter { !$0.isWhitespace })
        }
    }
}

/// A slogan's lines hang after its mark: the lines after the first start the mark's width in,
/// and end there too. clerk8's flap set `验证码不告诉任何人` 24 pt past its panel, over the fold,
/// the width check having measured its lines without the indent.
@Suite struct HungSloganWidthTests {
    @Test(arguments: [20.0, 23.1, 24.8, 27.0])
    func aHungSloganNeverRunsPastItsColumn(size: Double) {
        let engine = HeadlineWidthTests.engine()
        var style = TextStyle(size: size, bold: true, leading: 1.45, headline: true, justify: false)
        style.hangingPrefix = "◆\u{00A0}"
        let width = 229.6 // the tri-fold flap, 81 mm
        for slogan in ["陌生链接不点击，验证码不告诉任何人", "转账之前先核实，一个电话少受骗"] {
            let layout = TextLayout("◆\u{00A0}" + slogan, style: style, width: width, engine: engine)
            var plain = style
            plain.hangingPrefix = nil
            // Where each line ends as printed: its start (the hang included) and its own width.
            let ends = layout.lines.map { $0.x + TextLayout($0.text, style: plain, width: 10_000, engine: engine).inkWidth }
            #expect(ends.allSatisfy { $0 <= width + 0.5 }, "\(slogan) at \(size) pt: \(layout.lines.map(\.text)) end at \(ends)")
        }
    }
}
