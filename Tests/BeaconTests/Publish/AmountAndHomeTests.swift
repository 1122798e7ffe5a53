import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// SPEC §3 `amount: {value:, approx: true}`, and the English home page without bulletins.
@Suite struct AmountAndHomeTests {
    @Test func anApproximateAmountReadsMoreThan() throws {
        let site = try TestSite([
            "content/bulletins/b.zh.md": page("title: 通报\ndate: 2024-01-15\namount: {value: 3150000, approx: true}", "正文。"),
            "content/bulletins/b.en.md": page("title: Bulletin\ndate: 2024-01-15\namount: {value: 3150000, approx: true}", "Text."),
            "content/bulletins/c.zh.md": page("title: 通报二\ndate: 2024-01-16\namount: 3150000", "正文。"),
        ])
        defer { site.remove() }
        try site.build()
        #expect(try site.read("bulletins/b/index.html").contains("<dd>315万余元</dd>"))
        #expect(try site.read("en/bulletins/b/index.html").contains("<dd>more than 3.15 million yuan</dd>"))
        #expect(try site.read("bulletins/c/index.html").contains("<dd>315万元</dd>"))
    }

    @Test func aMistypedAmountIsAnError() throws {
        let site = try TestSite(["content/bulletins/b.zh.md": page("title: 通报\ndate: 2024-01-15\namount: {vaule: 3150000}", "正文。")])
        defer { site.remove() }
        #expect(site.failures().contains { $0.file == "content/bulletins/b.zh.md" && $0.line == 4 && $0.fix?.english.contains("`value`") == true })
    }

    /// With no bulletin to list (English lists also show Chinese-only ones, marked), neither
    /// home page shows an empty "Latest bulletins" section.
    @Test func aHomeHasNoEmptyBulletinSection() throws {
        let site = try TestSite([
            "content/cases/c.zh.md": page("title: 案例\ndate: 2024-01-15\nfraud_type: task-rebate", "正文。"),
            "content/cases/c.en.md": page("title: A case\ndate: 2024-01-15\nfraud_type: task-rebate", "Text."),
        ])
        defer { site.remove() }
        try site.build()
        for path in ["en/index.html", "index.html"] {
            let home = try site.read(path)
            #expect(!home.contains("home-bulletins"), "\(path)")
            #expect(home.contains("home-cases"), "\(path)")
        }
        try site.write("content/bulletins/b.zh.md", page("title: 通报\ndate: 2024-01-16", "正文。"))
        try site.build()
        #expect(try site.read("index.html").contains("home-bulletins"))
    }
}
