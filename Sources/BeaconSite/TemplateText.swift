import Mustache

/// Strings that many pages show (the theme's words, the site's menu, list entries) handed to
/// swift-mustache already safe for HTML. swift-mustache escapes a string value character by
/// character on every use, which was a third of rendering 13,000 pages; a template whose only
/// token is the text renders as that text without escaping (`{{x}}`) and prints the text as
/// it is (`{{{x}}}`), so for text that needs no escaping both give the same bytes. Sections,
/// lookups inside them and transforms behave as for the string
/// (`MustacheTemplate+TemplateText.swift`).
enum TemplateText {
    /// `text` as a template value when that renders exactly as the string would, else the string.
    static func value(_ text: String) -> MustacheValue {
        guard needsNoEscaping(text), let template = try? MustacheTemplate(string: text),
              template.render(MustacheNode()) == text else { return .string(text) }
        return .template(template)
    }

    /// `value` when it is the text value of `text` (a page's own title and summary, wrapped
    /// with its list entry), else `text`.
    static func reuse(_ value: MustacheValue?, for text: String) -> MustacheValue {
        if case .template(let template) = value, template.description == text { return .template(template) }
        return .string(text)
    }

    /// No character HTML escaping changes, no braces (no tag), no line break (a partial's
    /// indentation goes after each line break of a template) and not blank (a template drops
    /// a line of only spaces).
    static func needsNoEscaping(_ text: String) -> Bool {
        var visible = text.isEmpty
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                return false
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                continue
            default:
                visible = true
            }
        }
        return visible
    }
}
