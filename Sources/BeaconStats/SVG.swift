import BeaconCore
import Foundation

/// Small helpers for writing SVG and HTML by hand: escaping, text width estimates (the
/// charts are laid out at build time, without a browser), tidy numbers and axis steps.
enum SVG {
    /// The look shared by every chart; colours are never the only cue (labels and patterns are).
    enum Palette {
        static let ink = "#1b2a41"
        static let muted = "#56606e"
        static let grid = "#dde2e8"
        static let bar = "#1d4e89"
        static let previous = "#8a96a3"
    }

    static let fontFamily = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','Helvetica Neue',Arial,sans-serif"

    static func escape(_ s: String) -> String { HTML.escape(s) }

    /// Roughly how wide `text` is at `size` px: a hanzi is 1 em, Latin letters and digits about half.
    static func width(_ text: String, size: Double) -> Double {
        var em = 0.0
        for ch in text {
            if ch.displayWidth == 2 { em += 1.0 }
            else if ch == " " { em += 0.28 }
            else if ch.isNumber { em += 0.56 }
            else if ch.isUppercase { em += 0.66 }
            else if ".,:;'|!()[]".contains(ch) { em += 0.3 }
            else { em += 0.52 }
        }
        return em * size
    }

    /// Breaks `text` into lines no wider than `width`: at spaces when it has them, else between
    /// characters (Chinese); a line never starts with closing punctuation.
    static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        guard SVG.width(text, size: size) > width else { return [text] }
        let tokens: [String] = text.contains(" ") ? text.split(separator: " ").map(String.init) : text.map(String.init)
        let joiner = text.contains(" ") ? " " : ""
        var lines: [String] = []
        var current = ""
        for token in tokens {
            let candidate = current.isEmpty ? token : current + joiner + token
            let closing = token.count == 1 && token.first.map(LineBreaking.cannotStartLine.contains) == true
            if !current.isEmpty && SVG.width(candidate, size: size) > width && !closing {
                lines.append(current)
                current = token
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A coordinate with at most one decimal, so the output is short and stable.
    static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    /// Axis steps 1, 2 or 5 × 10^k giving about `count` gridlines up to at least `maximum`.
    static func ticks(upTo maximum: Double, count: Int = 4) -> [Double] {
        guard maximum > 0 else { return [0, 1] }
        let raw = maximum / Double(count)
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        var out: [Double] = []
        var v = 0.0
        while v < maximum + step * 0.001 { out.append(v); v += step }
        if (out.last ?? 0) < maximum { out.append(v) }
        return out
    }

    /// `<text>` with the common font settings.
    static func text(_ s: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
                     fill: String = Palette.ink, weight: String? = nil) -> String {
        var attrs = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" fill=\"\(fill)\""
        if anchor != "start" { attrs += " text-anchor=\"\(anchor)\"" }
        if let weight { attrs += " font-weight=\"\(weight)\"" }
        return "<text \(attrs)>\(escape(s))</text>"
    }

    /// A right- or left-aligned label of one or more lines, vertically centred on `y`.
    static func lines(_ lines: [String], x: Double, y: Double, size: Double, anchor: String, fill: String) -> String {
        let lineHeight = size * 1.25
        let first = y + size * 0.35 - lineHeight * Double(lines.count - 1) / 2
        if lines.count == 1 { return text(lines[0], x: x, y: first, size: size, anchor: anchor, fill: fill) }
        let spans = lines.enumerated().map { i, line in
            "<tspan x=\"\(n(x))\" y=\"\(n(first + lineHeight * Double(i)))\">\(escape(line))</tspan>"
        }.joined()
        return "<text font-size=\"\(n(size))\" fill=\"\(fill)\" text-anchor=\"\(anchor)\">\(spans)</text>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, extra: String = "") -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" fill=\"\(fill)\"\(extra.isEmpty ? "" : " " + extra)/>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>"
    }

    /// Diagonal hatching for figures that are not this period's (a year before, unclassified).
    static func hatchPattern(id: String, color: String) -> String {
        """
        <pattern id="\(id)" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="\(color)"/></pattern>
        """
    }

    /// The opening tag of an accessible, self-contained chart.
    static func open(width: Double, height: Double, id: String, title: String, desc: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="stats-chart-svg" viewBox="0 0 \(n(width)) \(n(height))" \
        width="\(n(width))" height="\(n(height))" role="img" aria-labelledby="\(id)-title \(id)-desc" \
        font-family="\(escape(fontFamily))" style="width:100%;max-width:760px;height:auto"><title id="\(id)-title">\(escape(title))</title>\
        <desc id="\(id)-desc">\(escape(desc))</desc>
        """
    }
}
