import BeaconCore
import Testing

/// When long stories push the figures off a leaflet, the error says the stories take the room.
@Suite struct LeafletCrowdingTests {
    func failure(repeating count: Int) throws -> [Diagnostic] {
        let long = String(repeating: "骗子冒充客服，以退款为名诱导受害人开通网贷并转账。", count: count)
        let page = LeafletFixture.files["content/cases/fake-police-call.zh.md"]!
            .replacingOccurrences(of: "## 警方提示", with: long + "\n\n## 警方提示")
        do {
            _ = try LeafletFixture.build(["content/cases/fake-police-call.zh.md": page,
                                          "content/leaflets/letter.yaml": "format: a5\ntitle: 信\ncases: [fake-police-call]\nstats: 2022-h1\nslogans: all\n"],
                                         only: "letter")
            return []
        } catch let f as BuildFailure {
            return f.errors
        }
    }

    @Test func figuresPushedOffByLongStoriesNameTheStories() throws {
        // A story that runs from the front page well into the back page's text frame and fits
        // (set small), but leaves too little room after it for the figures.
        var found: [Diagnostic] = []
        for count in stride(from: 24, through: 60, by: 3) {
            let errors = try failure(repeating: count)
            if errors.contains(where: { $0.what.english.contains(": the figures") }) { found = errors; break }
        }
        let errors = found
        let figures = try #require(errors.first { $0.what.english.contains(": the figures") }, "\(errors.map(\.what.english))")
        #expect(figures.what.english.contains("They come after the case stories ("), "\(figures.what.english)")
        // Every language's error points at the `cases:` line (they pointed at `stats:` and `slogans:`).
        #expect(figures.file == "content/leaflets/letter.yaml" && errors.allSatisfy { $0.line == 3 }, "\(errors.map(\.line))")
        let fix = try #require(figures.fix?.english)
        #expect(fix.contains("leave out the figures (`stats:` on line 4)") && fix.contains("shorten the case text"), "\(fix)")
        #expect(!errors.contains { $0.what.english.contains(": the case stories") }, "the stories themselves fit")
        // One error per language of the leaflet, however many of its parts run over.
        #expect(errors.count <= 2, "\(errors.map(\.what.english))")
    }
}
