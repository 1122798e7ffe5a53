@testable import BeaconSite
import Foundation
import Testing

/// The byte split behind the case card's sections agrees with Foundation's.
@Suite struct WrapSectionsTests {
    @Test(arguments: ["", "<p>lead</p>", "<h2 id=\"a\">A</h2><p>x</p><h2 id=\"b\">B</h2>", "<h2 id=\"a\">A</h2>",
                      "<p>前言</p>\n<h2 id=\"经过\">经过</h2>\n<p>…</p><h2 ", "<h2 <h2 <h2 "])
    func splitMatchesFoundation(html: String) {
        #expect(PageItems.split(html, at: "<h2 ") == html.components(separatedBy: "<h2 "))
    }
}
