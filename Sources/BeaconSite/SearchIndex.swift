import BeaconContent
import BeaconCore

/// The prebuilt search index of one language, written as a script so the search page works
/// offline and even from a file opened on disk. Chinese has no spaces to split words at, so
/// every run of hanzi is indexed as overlapping character pairs (bigrams); other text as
/// lower-cased words. The page looks up the query's bigrams and words the same way.
enum SearchIndex {
    static func build(pages: [ContentPage], items: PageItems) -> String {
        let ordered = pages.sorted(by: ContentPage.newestFirst)
        var postings: [String: [Int]] = [:]
        var docs: [String] = []
        for (i, p) in ordered.enumerated() {
            let item = items.item(p)
            let body = items.input.bodies[p.id]?.plainText ?? ""
            let summary = item["summary"] as? String ?? ""
            var fields = [p.title, summary, body] + p.tags
            if let t = item["fraudType"] as? [String: Any], let label = t["label"] as? String { fields.append(label) }
            var terms = Set<String>()
            for f in fields { tokens(f, into: &terms) }
            for t in terms { postings[t, default: []].append(i) }
            docs.append("{\"t\":\(JSONText.string(p.title)),\"u\":\(JSONText.string(item["url"] as? String ?? "")),\"d\":\(JSONText.string(item["date"] as? String ?? "")),\"k\":\(JSONText.string(item["kindLabel"] as? String ?? "")),\"s\":\(JSONText.string(String(summary.prefix(160))))}")
        }
        var out = "window.BEACON_SEARCH={\"docs\":[" + docs.joined(separator: ",") + "],\"terms\":{"
        out += postings.keys.sorted().map { "\(JSONText.string($0)):[\(postings[$0]!.map(String.init).joined(separator: ","))]" }.joined(separator: ",")
        return out + "}};\n"
    }

    /// Hanzi bigrams (a lone hanzi as itself) and lower-case words of two or more letters or any digits.
    static func tokens(_ text: String, into terms: inout Set<String>) {
        var han: [Unicode.Scalar] = []
        var word = String.UnicodeScalarView()
        func flushHan() {
            if han.count == 1 { terms.insert(String(han[0])) }
            if han.count > 1 {
                for i in 0..<(han.count - 1) {
                    var s = String.UnicodeScalarView()
                    s.append(han[i])
                    s.append(han[i + 1])
                    terms.insert(String(s))
                }
            }
            han.removeAll(keepingCapacity: true)
        }
        func flushWord() {
            if word.count >= 2 || word.first.map({ (48...57).contains($0.value) }) == true { terms.insert(String(word)) }
            word = String.UnicodeScalarView()
        }
        for u in text.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                if (65...90).contains(v) { flushHan(); word.append(Unicode.Scalar(v + 32)!) }
                else if (97...122).contains(v) || (48...57).contains(v) { flushHan(); word.append(u) }
                else { flushHan(); flushWord() }
            } else if isHan(v) {
                flushWord(); han.append(u)
            } else if u.properties.isAlphabetic || u.properties.numericType != nil {
                flushHan()
                word.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
            } else {
                flushHan(); flushWord()
            }
        }
        flushHan()
        flushWord()
    }

    static func isHan(_ v: UInt32) -> Bool {
        (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
