import BeaconWords
import CPangoCairo

/// Owns a Pango font map and context set up for print: 72 dpi (so sizes are points), glyph
/// positions not rounded to whole points, no hinting, and the text's language set so Noto
/// CJK picks the mainland forms of punctuation.
final class TextEngine {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    let language: OpaquePointer?
    let languageTag: String
    /// The language's phrases to keep whole and month names (from the theme's leaflet strings).
    var breakWords = LineBreakRules.Words() { didSet { layouts.removeAll(); ranges.removeAll() } }
    /// Body text justified (两端对齐): the theme's `leaflet.justify` for the language.
    var justify = false { didSet { layouts.removeAll() } }
    /// Paragraphs already set, by text, style and width: copy-fitting tries many sizes and
    /// column shares, and sets the same paragraph at the same size and width again and again.
    /// An engine serves one thread (one leaflet edition), so the cache needs no lock.
    var layouts: [TextLayout.Key: TextLayout] = [:]
    /// Break rules and ICU word boundaries by text: they do not depend on size or width, so
    /// each paragraph is analysed once however many sizes copy-fitting tries.
    private var ranges: [RangesKey: [(Int, Int)]] = [:]

    private struct RangesKey: Hashable {
        enum Kind: Hashable { case line, paragraph, words }
        var text: String
        var kind: Kind
    }

    /// `LineBreakRules.protectedRanges` with the engine's words, remembered per text.
    func protectedRanges(in text: String, paragraph: Bool) -> [(Int, Int)] {
        let key = RangesKey(text: text, kind: paragraph ? .paragraph : .line)
        if let found = ranges[key] { return found }
        let found = LineBreakRules.protectedRanges(in: text, words: breakWords, paragraph: paragraph)
        ranges[key] = found
        return found
    }

    /// `WordBoundaries.words` in the engine's language, remembered per text.
    func words(in text: String) -> [(Int, Int)] {
        let key = RangesKey(text: text, kind: .words)
        if let found = ranges[key] { return found }
        let found = WordBoundaries.words(text, locale: languageTag.replacingOccurrences(of: "-", with: "_"), joiningSingles: leafletRules)
        ranges[key] = found
        return found
    }

    /// Quotes and the ellipsis in their Latin forms where the language is not Chinese (or
    /// Japanese, Korean): the leaflets set this; posters and banners keep the font's defaults.
    var latinPunctuation = false { didSet { layouts.removeAll() } }

    /// Chinese text may break before an opening quote and after a closing one (`QuoteBreaks`):
    /// the leaflets set this; posters and banners keep Pango's own breaks.
    var quoteBreaks = false { didSet { layouts.removeAll() } }

    /// The leaflets' line rules beyond the basics (the leaflets set this; posters and banners
    /// keep their own breaks, byte for byte): no line starts with a blank (an opening mark at a
    /// line start set half-width, a balanced headline never narrowed until a line starts with a
    /// space), a centred paragraph keeps its last line at three characters, overlapping no-break
    /// ranges joined, runs of ICU's single hanzi kept together in a headline.
    var leafletRules = false { didSet { layouts.removeAll(); ranges.removeAll() } }

    /// A Chinese headline breaks at its spaces (`TextLayout.spacedPhrases`): the leaflets set
    /// this; posters keep their own breaks.
    var headlinePhrases = false { didSet { layouts.removeAll() } }

    /// Chinese (or Japanese, Korean) text: its quotes and ellipsis are full-width, as the font
    /// sets them by default.
    var isCJK: Bool { ["zh", "ja", "ko"].contains { languageTag.lowercased().hasPrefix($0) } }

    /// `languageTag` is a BCP 47 tag (`zh-CN`, `en`).
    init(languageTag: String) {
        CairoFontLock.enter()
        defer { CairoFontLock.leave() }
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        self.languageTag = languageTag
        language = pango_language_from_string(languageTag.lowercased())
        pango_context_set_language(context, language)
    }

    deinit {
        CairoFontLock.run {
            g_object_unref(UnsafeMutableRawPointer(context))
            g_object_unref(UnsafeMutableRawPointer(fontMap))
        }
    }

    /// The family fontconfig actually gives for `face`, to catch a machine without fonts-noto-cjk
    /// (Pango would silently substitute another font).
    func resolvedFamily(_ face: TextStyle.Face) -> String {
        CairoFontLock.enter()
        defer { CairoFontLock.leave() }
        let desc = FontDescription(face: face, size: 10, bold: false)
        guard let font = pango_font_map_load_font(fontMap, context, desc.pointer) else { return "" }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let described = pango_font_describe(font)
        defer { pango_font_description_free(described) }
        return pango_font_description_get_family(described).map { String(cString: $0) } ?? ""
    }
}
