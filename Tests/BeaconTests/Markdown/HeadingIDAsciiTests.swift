@testable import BeaconMarkdown
import PropertyBased
import Testing

/// An ASCII heading's id is made by bytes; it must be the id the walk over characters makes.
@Suite struct HeadingIDAsciiTests {
    static func byCharacters(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber { out.append(ch) }
            else if ch == " " || ch == "-" || ch == "_" { if !out.isEmpty && !out.hasSuffix("-") { out.append("-") } }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "section" : out
    }

    @Test func asciiHeadingsGetTheSameIDs() async {
        let pieces = Gen.element(of: ["Police", " ", "advice", "-", "_", "--", "A", "z", "0", "9", "!", "?", "'", "\r\n", "\t", "#", "&", "Ü", "警方"])
            .compactMap { $0 }.array(of: 0...10).map { $0.joined() }
        await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: pieces) { text in
            var taken = Set<String>()
            #expect(HeadingID.make(text, taken: &taken) == Self.byCharacters(text), "\(text.debugDescription)")
        }
    }
}
