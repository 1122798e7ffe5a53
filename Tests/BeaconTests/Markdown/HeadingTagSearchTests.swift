@testable import BeaconMarkdown
import Foundation
import Testing

/// The byte search for heading tags finds what Foundation's search finds.
@Suite struct HeadingTagSearchTests {
    @Test(arguments: ["<p>x</p>\n<h2>经过</h2>", "<h2>A</h2>", "no heading", "<h3>x</h3>\n<h2>y</h2>", "<h2>\u{301}x</h2>\n<h2>z</h2>", "<h2"])
    func findsWhatFoundationFinds(html: String) {
        let text = html[...]
        let ours = MarkdownRenderer.range(of: "<h2>", in: text)
        let foundation = text.range(of: "<h2>")
        #expect(ours == foundation)
    }
}
