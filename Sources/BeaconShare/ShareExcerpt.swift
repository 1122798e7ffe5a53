import BeaconCore
import Foundation

/// One or two whole sentences of a text within a `ShareLimit`: a message ends at a sentence
/// end, never in the middle of a number or word. Only a first sentence longer than the limit
/// is cut, after a clause (，；) where it can, and then ends in `…`.
enum ShareExcerpt {
    /// Marks that end a sentence wherever they stand.
    static let fullStops: Set<Character> = ["。", "！", "？", "…"]
    /// Marks that end a sentence when white space or the end of the text follows (`6.84` is one number).
    static let asciiStops: Set<Character> = [".", "!", "?"]
    /// Closing quotes and brackets that stay with the sentence they close.
    static let closers: Set<Character> = ["”", "’", "\"", "'", "）", ")", "」", "』", "》"]
    /// Where an over-long sentence may be cut.
    static let clauseMarks: Set<Character> = ["，", "；", "：", "、", ",", ";", ":"]

    static func make(_ text: String, limit: ShareLimit, sentences maximum: Int = 2) -> String {
        let (ends, scanned) = sentenceEnds(text, limit: limit, maximum: maximum)
        if let last = ends.last {
            return text[..<last].trimmingSpacesAndNewlines()
        }
        return cut(text[..<scanned].trimmingSpacesAndNewlines(), limit: limit)
    }

    /// The text split after each sentence end, each sentence trimmed.
    static func sentences(_ text: String) -> [String] {
        let (ends, _) = sentenceEnds(text, limit: nil, maximum: .max)
        var out: [String] = []
        var start = text.startIndex
        for end in ends + [text.endIndex] where start < end {
            let s = text[start..<end].trimmingSpacesAndNewlines()
            if !s.isEmpty { out.append(s) }
            start = end
        }
        return out
    }

    /// Where the first `maximum` sentences end (after their closing quotes) while the text up
    /// to there stays within `limit`, and how far the scan went: it stops at the limit, so a
    /// long paragraph costs no more than a short one. Walks Unicode scalars (a stop or a
    /// quote is one scalar), as thousands of pages each have a message.
    static func sentenceEnds(_ text: String, limit: ShareLimit?, maximum: Int) -> (ends: [String.Index], scanned: String.Index) {
        let scalars = text.unicodeScalars
        var ends: [String.Index] = []
        var units = 0
        var previousIsSpace = true
        var i = scalars.startIndex
        while i < scalars.endIndex, ends.count < maximum {
            let c = scalars[i]
            let space = isSpace(c)
            if !space, limit?.unit != .words || previousIsSpace { units += 1 }
            previousIsSpace = space
            if let limit, units > limit.max { break }
            var next = scalars.index(after: i)
            let atEnd = next == scalars.endIndex || isSpace(scalars[next])
            if isFullStop(c) || (isASCIIStop(c) && atEnd) {
                // Stops in a row (`？！`, `……`) and closing quotes belong to this sentence.
                while next < scalars.endIndex,
                      isFullStop(scalars[next]) || isCloser(scalars[next]) || isASCIIStop(scalars[next]) {
                    if limit?.unit == .characters { units += 1 }
                    next = scalars.index(after: next)
                }
                let endsHere = isFullStop(c) || next == scalars.endIndex || isSpace(scalars[next])
                if endsHere, limit.map({ units <= $0.max }) ?? true { ends.append(next) }
            }
            i = next
        }
        return (ends, i)
    }

    static let fullStopScalars = Set(fullStops.flatMap(\.unicodeScalars))
    static let asciiStopScalars = Set(asciiStops.flatMap(\.unicodeScalars))
    static let closerScalars = Set(closers.flatMap(\.unicodeScalars))

    // The sets above as switches: hashing every scalar of every message was most of the scan.
    // (`ShareExcerptSwitchTests` holds each switch to its set.)
    @inline(__always) static func isFullStop(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x3002, 0xFF01, 0xFF1F, 0x2026: true; default: false }
    }
    @inline(__always) static func isASCIIStop(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x2E, 0x21, 0x3F: true; default: false }
    }
    @inline(__always) static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x201D, 0x2019, 0x22, 0x27, 0xFF09, 0x29, 0x300D, 0x300F, 0x300B: true; default: false }
    }
    /// What is trimmed off the end of a cut sentence, besides white space (`,;:，；：、`).
    static let clauseTrimScalars: Set<UInt32> = Set(",;:，；：、".unicodeScalars.map(\.value))

    /// White space, decided for ASCII and the ideographic space without Unicode's tables, and
    /// for everything after U+3000, the last white space there is (hanzi, CJK and full-width
    /// punctuation): asking the tables for each hanzi was a third of the sentence scan.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x3000: return true
        case 0..<0x80, 0x3001...: return false
        default: return c.properties.isWhitespace
        }
    }

    /// Two sentences joined: with a space where the first ends in a Latin letter's stop.
    static func join(_ a: String, _ b: String) -> String {
        guard let last = a.last, let first = b.first else { return a + b }
        return last.isASCII || first.isASCII ? a + " " + b : a + b
    }

    /// A sentence longer than the limit, cut after its last clause mark within the limit (or at
    /// the limit, on a word boundary where words are counted), ending in `…`. Counts as it goes:
    /// one pass over the sentence, as a site of thousands of pages has thousands of these.
    static func cut(_ sentence: String, limit: ShareLimit) -> String {
        let room = limit.max - (limit.unit == .characters ? 1 : 0)  // `…` is a character, not a word
        var units = 0
        var previousIsSpace = true
        var end = sentence.startIndex
        var lastClause: (index: String.Index, units: Int)?
        var lastWordEnd: String.Index?
        var i = sentence.startIndex
        while i < sentence.endIndex {
            let c = sentence[i]
            if !c.isWhitespace {
                if limit.unit == .characters || previousIsSpace { units += 1 }
                if units > room { break }
            } else if !previousIsSpace {
                lastWordEnd = i
            }
            previousIsSpace = c.isWhitespace
            i = sentence.index(after: i)
            end = i
            if clauseMarks.contains(c) { lastClause = (sentence.index(before: i), units) }
        }
        var kept: Substring
        if let clause = lastClause, clause.units >= room / 2 {
            kept = sentence[..<clause.index]
        } else if limit.unit == .words, end < sentence.endIndex, let wordEnd = lastWordEnd {
            kept = sentence[..<wordEnd]  // do not end on half a word
        } else {
            kept = sentence[..<end]
        }
        let trimmed = kept.trimming { Blank.isSpaceOrNewline($0) || clauseTrimScalars.contains($0) }
        return trimmed + "…"
    }
}
