import BeaconCore
import Foundation

/// The panel shown over the page when the last build failed: each problem with file, line,
/// the line itself with a caret, and how to fix it, the same words the terminal shows.
public struct ErrorOverlay: Sendable {
    /// The theme's words for the overlay (`serve.*` keys of `i18n/<lang>/serve.yaml`).
    public var strings: [String: String]
    /// Most problems listed; the rest are counted.
    public var limit: Int

    public init(strings: [String: String], limit: Int = 20) {
        self.strings = strings
        self.limit = limit
    }

    private func word(_ key: String) -> String { strings["serve.\(key)"] ?? "serve.\(key)" }

    /// The overlay as a block to inject into a page in `language` (the problems are said in
    /// it too, where Beacon has the words); `overPage` when a last good page is under it.
    public func panel(_ diagnostics: [Diagnostic], language: Language, overPage: Bool = true) -> String {
        let sorted = diagnostics.sortedForReport()
        let errors = sorted.filter { $0.severity == .error }.count
        let formatter = DiagnosticFormatter(color: false, language: language)
        var items = ""
        for d in sorted.prefix(limit) {
            let colour = d.severity == .error ? "#ff6b6b" : "#ffd166"
            // A long file path has no spaces to break at: it wraps anywhere rather than
            // running off the side of a phone's screen.
            items += "<li style=\"margin:0 0 1.2em\"><div style=\"color:\(colour);font-weight:bold;overflow-wrap:anywhere\">\(escape(d.location))</div>"
            items += "<pre style=\"white-space:pre-wrap;overflow-wrap:anywhere;margin:.3em 0 0;font:14px/1.45 ui-monospace,monospace\">\(escape(formatter.format(d)))</pre></li>"
        }
        var more = ""
        if sorted.count > limit {
            more = "<p>\(escape(word("more").replacingOccurrences(of: "{count}", with: String(sorted.count - limit))))</p>"
        }
        let lastGood = overPage ? " " + escape(word("last_good")) : ""
        let close = overPage ? "<button type=\"button\" id=\"beacon-overlay-close\" style=\"float:right;font:inherit;padding:.2em .8em\">\(escape(word("close")))</button>" : ""
        let title = word("build_failed").replacingOccurrences(of: "{count}", with: String(errors))
        return """
        <div id="beacon-error-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
        background:#141418;color:#eee;padding:min(2em,5vw);font:16px/1.5 system-ui,sans-serif">\
        \(close)<h1 style="font-size:1.4em;margin:0 0 .4em;color:#ff6b6b">\(escape(title))</h1>\
        <p style="margin:0 0 1.5em;color:#bbb">\(escape(word("fix_and_save")))\(lastGood)</p>\
        <ol style="padding-left:1.2em">\(items)</ol>\(more)</div>
        """
    }

    /// A whole page for when no build has succeeded yet.
    public func page(_ diagnostics: [Diagnostic], language: Language) -> String {
        """
        <!doctype html><html lang="\(escape(language.code))"><head><meta charset="utf-8">\
        <meta name="viewport" content="width=device-width, initial-scale=1">\
        <title>\(escape(word("page_title")))</title></head><body>\(panel(diagnostics, language: language, overPage: false))</body></html>
        """
    }

    /// The page shown while the first build runs.
    public func buildingPage(language: Language) -> String {
        """
        <!doctype html><html lang="\(escape(language.code))"><head><meta charset="utf-8"><title>\(escape(word("building")))</title></head>\
        <body style="font:18px/1.5 system-ui,sans-serif;padding:2em"><p>\(escape(word("building")))</p></body></html>
        """
    }

    func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
