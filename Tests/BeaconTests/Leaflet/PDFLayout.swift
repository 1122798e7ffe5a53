@testable import BeaconLeaflet
import Foundation

/// A PDF's text lines with their boxes, from `pdftotext -bbox-layout`, page by page.
struct PDFLayout {
    struct Word { var text: String; var xMin: Double; var xMax: Double }

    struct Line {
        var text: String
        var xMin: Double, yMin: Double, xMax: Double, yMax: Double
        /// The line's words (what poppler splits at spaces and wide gaps), with their extents.
        var words: [Word] = []
        var height: Double { yMax - yMin }
    }

    struct Block { var lines: [Line] }

    /// Per page (from 0): its blocks, each with its lines, in points from the media box's top left.
    var pages: [[Block]] = []

    /// A page's text in reading order by columns: lines grouped by where they start (within
    /// 30 pt), columns left to right, lines top to bottom; whitespace removed. pdftotext's own
    /// order can put a paragraph's last line after the next column.
    func columnText(page: Int) -> String {
        let lines = pages[page].flatMap(\.lines).sorted { $0.xMin < $1.xMin }
        var columns: [[Line]] = []
        for line in lines {
            if let first = columns.last?.first, line.xMin - first.xMin < 30 { columns[columns.count - 1].append(line) } else { columns.append([line]) }
        }
        return columns.map { $0.sorted { $0.yMin < $1.yMin }.map(\.text).joined() }.joined().filter { !$0.isWhitespace }
    }

    init(_ url: URL) throws {
        let xml = try Tool.run("pdftotext", ["-bbox-layout", url.path, "-"])
        let number = #"\"([\d.]+)\""#
        let lineRe = try Regex(#"<line xMin=\#(number) yMin=\#(number) xMax=\#(number) yMax=\#(number)>"#)
        let wordRe = try Regex(#"<word xMin=\#(number) yMin=\#(number) xMax=\#(number) yMax=\#(number)>([^<]*)</word>"#)
        for page in xml.components(separatedBy: "<page ").dropFirst() {
            var blocks: [Block] = []
            for block in page.components(separatedBy: "<block ").dropFirst() {
                var lines: [Line] = []
                for chunk in block.components(separatedBy: "</line>") {
                    guard let m = chunk.firstMatch(of: lineRe) else { continue }
                    let v = (1...4).map { Double(m.output[$0].substring ?? "") ?? 0 }
                    let words = chunk.matches(of: wordRe).map { m in
                        Word(text: String(m.output[5].substring ?? "").replacingOccurrences(of: "&quot;", with: "\"")
                            .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                            .replacingOccurrences(of: "&amp;", with: "&"),
                             xMin: Double(m.output[1].substring ?? "") ?? 0, xMax: Double(m.output[3].substring ?? "") ?? 0)
                    }
                    let line = Line(text: words.map(\.text).joined(separator: " "), xMin: v[0], yMin: v[1], xMax: v[2], yMax: v[3], words: words)
                    // Poppler starts a new line where a glyph is placed inside the one before it:
                    // a pair of marks squeezed to one em (`骗。“小额`, the opening mark set half-width
                    // by moving it half an em left). It is one printed line.
                    if let last = lines.last, abs(last.yMin - line.yMin) < 0.5, line.xMin > last.xMin, line.xMin < last.xMax {
                        lines[lines.count - 1] = Line(text: last.text + line.text, xMin: last.xMin, yMin: last.yMin, xMax: max(last.xMax, line.xMax),
                                                      yMax: max(last.yMax, line.yMax), words: last.words + line.words)
                    } else {
                        lines.append(line)
                    }
                }
                if !lines.isEmpty { blocks.append(Block(lines: lines)) }
            }
            pages.append(blocks)
        }
    }
}

/// The tallest run of blank rows in vertical strips of a rendered page: a row is blank when it is
/// one flat colour across the strip (a background fill counts as blank, as it carries nothing).
enum BlankBands {
    /// SPEC §7's rule read from a leaflet's PDF: each panel (or A4 column) of both sides whose
    /// tallest blank band is over a quarter of the trim height, described for a test to report.
    static func overAQuarter(pdf url: URL, format: LeafletFormat) throws -> [String] {
        let trim = format.trimSize
        var found: [String] = []
        for page in 0..<2 {
            let strips = panels(format, page: page)
            let bands = try tallest(pdf: url, page: page, trim: trim, margin: LeafletFormat.markArea, strips: strips)
            for (strip, band) in zip(strips, bands) where band > trim.height / 4 {
                found.append("\(url.lastPathComponent) page \(page + 1) panel \(strip): blank band of \(Int(band)) mm, more than \(Int(trim.height / 4))")
            }
        }
        return found
    }

    /// `strips` are x ranges in millimetres from the trim's left; the result is in millimetres per strip.
    static func tallest(pdf: URL, page: Int, trim: (width: Double, height: Double), margin: Double, strips: [ClosedRange<Double>]) throws -> [Double] {
        let dpi = 40.0
        let prefix = pdf.deletingPathExtension().path + "-band-\(page)"
        _ = try Tool.run("pdftoppm", ["-r", String(Int(dpi)), "-gray", "-f", String(page + 1), "-l", String(page + 1), "-singlefile",
                                      pdf.path, prefix])
        let (w, h, pixels) = try PGM.read(URL(fileURLWithPath: prefix + ".pgm"))
        let px = { (mm: Double) in Int((mm / 25.4 * dpi).rounded()) }
        let top = px(margin), bottom = min(h, px(margin + trim.height))
        return strips.map { strip in
            let x0 = max(0, px(margin + strip.lowerBound)), x1 = min(w, px(margin + strip.upperBound))
            var run = 0, longest = 0
            for y in top..<bottom {
                var lo = 255, hi = 0
                for x in x0..<x1 {
                    let v = Int(pixels[y * w + x])
                    lo = min(lo, v)
                    hi = max(hi, v)
                }
                if hi - lo < 24 { run += 1; longest = max(longest, run) } else { run = 0 }
            }
            return Double(longest) / dpi * 25.4
        }
    }
}

extension BlankBands {
    /// The panels SPEC §7 measures on a page, in millimetres from the trim's left: the stretches
    /// between a tri-fold's folds (its outside front cover, 197–297 mm, is a designed ground and
    /// left out), each column of an A4 side (a column half blank reads as unfinished however
    /// full its neighbour is), the whole width of an A5 side; 3 mm in from the trim and the folds.
    static func panels(_ format: LeafletFormat, page: Int) -> [ClosedRange<Double>] {
        switch (format, page) {
        case (.a4Trifold, 0): [3...94, 100...194]
        case (.a4Trifold, _): [3...97, 103...197, 203...294]
        case (.a4, _): [3...105, 105...207]
        case (.a5, _): [3...145]
        }
    }
}

/// Reads a binary PGM (P5) as pdftoppm writes it.
enum PGM {
    static func read(_ url: URL) throws -> (width: Int, height: Int, pixels: [UInt8]) {
        let data = try Data(contentsOf: url)
        var fields: [String] = []
        var i = 0
        var current = ""
        while fields.count < 4, i < data.count {
            let c = Character(UnicodeScalar(data[i]))
            if c.isWhitespace {
                if !current.isEmpty { fields.append(current); current = "" }
            } else {
                current.append(c)
            }
            i += 1
        }
        let width = Int(fields[1]) ?? 0, height = Int(fields[2]) ?? 0
        return (width, height, Array(data[i..<min(data.count, i + width * height)]))
    }
}

extension PDFLayout.Line {
    /// The font size of a line of Noto CJK text: poppler's line box is the font's ascent plus descent, 1.448 em.
    var em: Double { height / 1.448 }

    /// Where the line's first letter starts. In Chinese text an opening mark that starts a line is set
    /// half-width (its blank half dropped, its ink at the margin), but poppler boxes every glyph
    /// a full em wide from where it is placed, half an em left of the ink.
    var textStart: Double {
        guard let first = text.unicodeScalars.first, "“‘（《【「".unicodeScalars.contains(first),
              text.unicodeScalars.contains(where: \.properties.isIdeographic) else { return xMin }
        return xMin + em / 2
    }

    /// The letter spacing of a line of Chinese characters and full-width marks, in ems per gap
    /// (0 when set solid; less where adjacent marks are compressed), or nil for a line with
    /// anything narrower (Latin letters, digits), whose natural width the PDF does not tell.
    /// Poppler splits a line spaced by more than a tenth of an em into words of a character or
    /// two; a line of a few longer words holds real spaces (or two cells of a grid) and is not measured.
    var letterSpacing: Double? {
        let chars = text.filter { !$0.isWhitespace }
        guard chars.count >= 2, chars.allSatisfy(\.isFullWidth), words.count == 1 || words.allSatisfy({ $0.text.count <= 2 }) else { return nil }
        return ((xMax - xMin) / em - Double(chars.count)) / Double(chars.count - 1)
    }
}

extension Character {
    /// A hanzi or a full-width mark: one em wide in Noto CJK SC.
    var isFullWidth: Bool {
        guard let s = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return s.properties.isIdeographic || "，。、；：？！“”‘’（）《》【】「」".unicodeScalars.contains(s)
    }
}
