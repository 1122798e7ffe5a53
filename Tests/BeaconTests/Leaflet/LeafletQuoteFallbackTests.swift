import BeaconBuild
import Foundation
import Testing

/// A leaflet that fitted before quoted words (`> …`) were set apart must still print: set apart
/// (an em in, space around, kept whole) they take room, and an office upgrading Beacon found a
/// leaflet that printed the day before stopping the whole build (clerk7). When the set-apart
/// quotes alone make it too long, they are set tighter: still in, with their rule, but with no
/// extra space and parted where a column ends.
@Suite struct LeafletQuoteFallbackTests {
    @Test func aLeafletThatFittedWithItsQuotesRunOnStillPrintsWithThemSetIn() throws {
        let site = try TestSite.fixture("quote-fallback")
        try site.build()
        let pdf = try PDFLayout(site.output.appendingPathComponent("leaflets/a4-two-long.en.pdf"))
        let lines = pdf.pages.flatMap { $0.flatMap(\.lines) }
        // The teacher's case: the scammer's words, then the story going on flush.
        let quote = try #require(lines.first { $0.text.hasPrefix("Mrs Qian, this case is a state secret") })
        let story = try #require(lines.first { $0.text.hasPrefix("On a video call the man showed her") })
        #expect(quote.xMin > story.xMin + 5, "the quote is not set in: \(quote.xMin) against the story's \(story.xMin)")
    }
}
