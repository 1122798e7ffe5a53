@testable import BeaconLeaflet
import Foundation
import Testing

/// Where slogans break, read back from the PDFs (`pdftotext -bbox-layout`: the words on each
/// line) of leaflets in every format: between words only, after a phrase's mark where the
/// slogan has lines enough for its phrases, and never a line of one word or two hanzi. clerk8
/// saw `陌生链接不点 / 击，验证码不 / 告诉任何人` on a tri-fold flap set poster-size,
/// `通过电话办案，更 / 没有“安全账户”` and `◆ Police, / prosecutors and courts …`.
@Suite(.serialized) struct LeafletSloganBreaksTests {
    /// Slogans with the places a reader may see them break marked `|`, segmented by hand (a
    /// second way to find the words, beside ICU's dictionary): clerk8's and our own.
    static let zh = [
        "公检法|机关|不会|通过|电话|办案，|更|没有|“安全账户”",
        "凡是|刷单|返利，|都是|诈骗",
        "接到|96110|来电，|请|务必|接听",
        "陌生|链接|不点击，|验证码|不|告诉|任何人",
        "转账|之前|先|核实，|一个|电话|少|受骗",
        "自称|客服|要你|退款|操作，|立即|挂断|电话",
        "网上|交友|谈|投资，|十有八九|是|诈骗",
    ]
    static let en = [
        "Police, prosecutors and courts never handle cases by phone, and there is no “safe account”",
        "Every paid order-brushing job is a scam",
        "If 96110 calls you, always answer",
        "Don't tap links from strangers, and never share a verification code",
        "Check before you pay: one phone call can save your savings",
        "A caller who wants your screen shared is a scammer, so hang up at once",
        "An online friend who talks about investing is after your money",
    ]

    static let leaflets = ["tri": ("a4-trifold", "parcel"), "tri-two": ("a4-trifold", "parcel, customs"),
                           "a4": ("a4", "parcel"), "a5": ("a5", "parcel"), "a4-long": ("a4", "customs")]

    static let built = Result { () throws -> URL in
        var extra: [String: String?] = [
            "content/cases/customs.zh.md": LeafletPrintedBreaksTests.zhCase, "content/cases/customs.en.md": LeafletPrintedBreaksTests.enCase,
            "content/cases/parcel.zh.md": LeafletPrintedBreaksTests.zhShort, "content/cases/parcel.en.md": LeafletPrintedBreaksTests.enShort,
            "content/slogans.yaml": zip(zh, en).map { "- {zh: \($0.0.replacingOccurrences(of: "|", with: "")), en: \"\($0.1)\"}" }.joined(separator: "\n"),
            "content/leaflets/summer.yaml": nil,
        ]
        for (name, (format, cases)) in leaflets {
            extra["content/leaflets/\(name).yaml"] = "format: \(format)\ntitle: {zh: 快递理赔要当心, en: Beware of parcel calls}\ncases: [\(cases)]\nstats: 2022-h1\nslogans: all\n"
        }
        return try LeafletFixture.typesetAndWrite(extra).leaflets
    }

    /// clerk8's site (`Tests/Fixtures/slogan-flap`): its tri-fold's flap of slogans alone, set
    /// poster-size, and its A5; the first five slogans above are its own.
    static let clerk8 = Result { () throws -> URL in
        let site = try TestSite.fixture("slogan-flap")
        try site.build()
        return site.output.appendingPathComponent("leaflets")
    }

    /// Every leaflet's PDF in `language`, by name.
    static func pdfs(_ language: String) throws -> [(String, URL)] {
        try leaflets.keys.sorted().map { ($0, try built.get().appendingPathComponent("\($0).\(language).pdf")) }
            + ["tri-short", "a5-short"].map { ("clerk8 \($0)", try clerk8.get().appendingPathComponent("\($0).\(language).pdf")) }
    }

    /// Each printed slogan of more than one line: the slogan (its `|` marks kept) and its lines'
    /// texts, the mark (`◆`) left out.
    static func wrapped(_ language: String) throws -> [(slogan: String, lines: [String], leaflet: String)] {
        var out: [(String, [String], String)] = []
        for (name, pdf) in try pdfs(language) {
            let layout = try PDFLayout(pdf)
            for slogan in language == "zh" ? zh : en {
                let plain = slogan.replacingOccurrences(of: "|", with: "")
                for lines in LeafletPrintedBreaksTests.linesOf("◆" + plain, in: layout) where lines.count > 1 {
                    var texts = lines.map { $0.text.trimmingCharacters(in: .whitespaces) }
                    if texts[0].hasPrefix("◆") { texts[0] = String(texts[0].dropFirst()).trimmingCharacters(in: .whitespaces) }
                    out.append((slogan, texts, name))
                }
            }
        }
        return out
    }

    /// Whether `text` ends a phrase: a mark that ends one, a closing quote after it.
    static func endsPhrase(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " ”’\""))
        return trimmed.last.map { "，、；：！？。,;:!?".contains($0) } ?? false
    }

    /// A Chinese slogan breaks only where the hand-made segmentation has a word boundary: not
    /// inside `点击` (`陌生链接不点 / 击`), nor a figure from its unit.
    @Test func chineseSlogansBreakBetweenWords() throws {
        let wrapped = try Self.wrapped("zh")
        #expect(wrapped.count >= 10, "the slogans wrap on the leaflets, or the test shows nothing: \(wrapped.count)")
        for (slogan, lines, leaflet) in wrapped {
            let allowed = Self.boundaries(slogan)
            var at = 0
            for line in lines.dropLast() {
                at += line.filter { !$0.isWhitespace }.count
                #expect(allowed.contains(at), "\(leaflet).zh breaks «\(slogan)» inside a word: \(lines.joined(separator: " / "))")
            }
        }
    }

    /// Character counts (whitespace left out) at which `slogan` may break: its `|` marks.
    static func boundaries(_ slogan: String) -> Set<Int> {
        var out: Set<Int> = []
        var count = 0
        for c in slogan where !c.isWhitespace {
            if c == "|" { out.insert(count) } else { count += 1 }
        }
        return out
    }

    /// No line keeps one word (or two hanzi) of a phrase that goes on over the break: not
    /// `通过电话办案，更 / 没有“安全账户”`, `Check before you pay: one / phone call…`, nor
    /// `Don't tap links from / strangers, and never…`. A reader takes a phrase as one thought.
    @Test(arguments: ["zh", "en"])
    func noPhraseLeavesAWordAcrossABreak(_ language: String) throws {
        var seen = 0
        for (slogan, lines, leaflet) in try Self.wrapped(language) {
            seen += 1
            for (k, line) in lines.enumerated() {
                let parts = Self.phrases(line, continuing: k > 0 && !Self.endsPhrase(lines[k - 1]))
                guard parts.count > 1 else { continue }
                // The line's first part ends a phrase begun on the line before; its last begins
                // one that goes on to the next line.
                let head = k > 0 && Self.isOneWord(parts[0])
                let tail = k < lines.count - 1 && Self.isOneWord(parts[parts.count - 1])
                #expect(!head && !tail, "\(leaflet).\(language): «\(slogan)» leaves a word of a phrase across a break: \(lines.joined(separator: " / "))")
            }
        }
        #expect(seen > 0, "\(language): no slogan wraps, or the test shows nothing")
    }

    /// `line` cut after each mark that ends a phrase (the mark kept with its phrase); a mark at
    /// the line's end leaves no empty part. A phrase of under three words (or two hanzi) goes
    /// with the next: `The police,` starts a list (`The police, prosecutors and courts`).
    /// `continuing`: the line starts inside a phrase begun on the line before, so its first part
    /// is no phrase of one word but the end of a longer one.
    static func phrases(_ line: String, continuing: Bool) -> [String] {
        var parts: [String] = [""]
        for c in line {
            parts[parts.count - 1].append(c)
            if "，；：,;:".contains(c), continuing && parts.count == 1 || !isShort(parts[parts.count - 1]) { parts.append("") }
        }
        return parts.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Under three Latin words, or up to two hanzi (marks aside).
    static func isShort(_ part: String) -> Bool {
        let hanzi = part.unicodeScalars.filter(\.properties.isIdeographic).count
        if hanzi > 0 { return hanzi <= 2 }
        return part.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count < 3
    }

    /// One Latin word, or up to two hanzi (marks aside).
    static func isOneWord(_ part: String) -> Bool {
        let hanzi = part.unicodeScalars.filter(\.properties.isIdeographic).count
        if hanzi > 0 { return part.filter { $0.isLetter || $0.isNumber }.count <= 2 }
        return part.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count <= 1
    }

    /// No line of a wrapped slogan is one word or up to two hanzi: not `◆ Police,` over the
    /// rest of the slogan, nor `更` or `都是诈骗` below a line three times as long.
    @Test(arguments: ["zh", "en"])
    func noSloganLineIsAStub(_ language: String) throws {
        for (slogan, lines, leaflet) in try Self.wrapped(language) {
            for line in lines {
                let words = line.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }
                let stub = language == "zh" ? line.filter { $0.isLetter || $0.isNumber }.count <= 2 : words.count <= 1
                #expect(!stub, "\(leaflet).\(language): «\(slogan)» has a line of its own for «\(line)»: \(lines.joined(separator: " / "))")
            }
        }
    }

    /// The tri-fold's flap of slogans alone is set poster-size, but no larger than keeps each
    /// slogan's phrases whole where they fit a line: `陌生链接不点击，/ 验证码不告诉任何人`.
    @Test func thePosterFlapKeepsPhrasesWhole() throws {
        let layout = try PDFLayout(try Self.clerk8.get().appendingPathComponent("tri-short.zh.pdf"))
        let flap = LeafletPrintedBreaksTests.linesOf("◆陌生链接不点击，验证码不告诉任何人", in: layout, page: 0)
        #expect(!flap.isEmpty, "the slogan is on the tri-fold's outside")
        for lines in flap {
            #expect(lines.map { $0.text.filter { !$0.isWhitespace } }.last == "验证码不告诉任何人", "\(lines.map(\.text))")
            // Set poster-size all the same: larger than the tri-fold's largest body type (14 pt).
            #expect((lines.first?.em ?? 0) > 15, "\(lines.map(\.text)) is set at \(lines.first?.em ?? 0) pt")
        }
    }
}
