/// How one kind of text is set: face, size, weight, colour, leading and alignment.
struct TextStyle: Sendable, Hashable {
    enum Face: String, Sendable, Hashable {
        case sans = "Noto Sans CJK SC"
        case serif = "Noto Serif CJK SC"
    }

    enum Alignment: Sendable, Hashable { case left, centre }

    var face: Face = .sans
    /// Size in points (the Pango context runs at 72 dpi, so these are true PDF points).
    var size: Double
    var bold = false
    var colour: Colour = Colour(hex: 0x1A1A1A)
    /// Baseline-to-baseline distance as a multiple of the size.
    var leading = 1.5
    /// A headline: broken only between words (ICU's dictionary for Chinese) and into lines of
    /// even length, not a full line and a stub.
    var headline = false
    /// Broken only between words like a headline, but at full measure, not balanced (a point
    /// of the stock tips: `96110来电请务必接听` never breaks `请务 / 必接听`).
    var wholeWords = false
    /// Justified (两端对齐) where the language is: running text only (`TypeScale.bodyStyle`).
    /// Headings, labels, figures and slogans are set ragged: spreading a short display line
    /// letter-spaces it (`新 增 提 醒`).
    var justify = false
    /// First-line indent in ems (Chinese paragraphs start two characters in).
    var indent = 0.0
    var alignment: Alignment = .left
    /// Space before the block, in points.
    var spaceBefore = 0.0
    /// A list item's bullet: when the text starts with it, wrapped lines hang after it.
    var hangingPrefix: String?
    /// A coloured rule down the left of the text (the police advice), set this far in.
    var bar: Colour?
    /// UTF-8 byte ranges of the text set bold (`**…**` in a case), whatever `bold` says.
    var boldRanges: [Range<Int>] = []
    /// A slogan (a headline too): its breaks chosen after its phrases' marks first, then
    /// between words, in even lines (`TextLayout.setSloganBreaks`).
    var slogan = false
    var barInset: Double { bar == nil ? 0 : mm(3.5) }
}
