import BeaconContent
import BeaconCore
import Foundation
import Testing

/// A page's values are shared between its copies (`ContentPage`'s storage): that may never
/// show in what a page says.
@Suite struct ContentPageValueTests {
    /// The sample site's pages, as a build loads them.
    static func samplePages() throws -> [ContentPage] {
        let site = try SiteLoader.load(root: TestSite.repository)
        return site.pages + site.withheld
    }

    @Test func aChangedCopyLeavesThePageItWasCopiedFromAsItWas() throws {
        let pages = try Self.samplePages()
        let original = try #require(pages.first { !$0.tags.isEmpty && !$0.body.isEmpty })
        let (title, body, tags, date) = (original.title, original.body, original.tags, original.date)
        var copy = original
        copy.title += "（改）"
        copy.body = ""
        copy.tags.append("new-tag")
        copy.date = Day(iso: "1999-01-01")
        #expect(original.title == title && original.body == body && original.tags == tags && original.date == date)
        #expect(copy.title == title + "（改）" && copy.body.isEmpty && copy.tags == tags + ["new-tag"])
        #expect(copy != original)
        #expect(copy.id == original.id, "the id follows kind, slug and language, which a copy keeps")
        // Changed back field by field, the copy is the page again: equal, with the same hash.
        copy.title = title
        copy.body = body
        copy.tags = tags
        copy.date = date
        #expect(copy == original)
        #expect(copy.hashValue == original.hashValue)
        #expect(Set(pages).count == pages.count, "every page of the sample site is different from the others")
    }

    @Test func pagesLoadedTwiceAreEqualAndIdsFollowTheFileName() throws {
        let first = try Self.samplePages()
        let second = try Self.samplePages()
        #expect(first == second)
        for page in first {
            #expect(page.id == "\(page.kind.folder)/\(page.slug).\(page.language.code)")
        }
    }
}
