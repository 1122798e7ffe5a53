extension TextLayout {
    /// What decides how a paragraph is set (with the engine's break words and justification).
    struct Key: Hashable {
        var text: String
        var style: TextStyle
        var width: Double
    }

    /// The paragraph set at `width`, taken from the engine's cache when it was set before.
    /// A layout is never changed after it is made (drawing only reads it), so one layout may
    /// be measured and placed many times; the result is the same as setting it afresh.
    static func cached(_ text: String, style: TextStyle, width: Double, engine: TextEngine) -> TextLayout {
        let key = Key(text: text, style: style, width: width)
        if let layout = engine.layouts[key] { return layout }
        let layout = TextLayout(text, style: style, width: width, engine: engine)
        engine.layouts[key] = layout
        return layout
    }
}
