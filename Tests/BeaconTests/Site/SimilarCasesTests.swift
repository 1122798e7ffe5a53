@testable import BeaconBuild
import Foundation
import Testing

/// A case's "similar cases" are other cases of its fraud type in its language, never itself.
@Suite struct SimilarCasesTests {
    @Test func aCaseListsTheOtherCasesOfItsTypeNewestFirst() throws {
        var files = Fixtures.bilingual
        files["content/cases/parcel.zh.md"] = page("title: 快递刷单案\ndate: 2022-03-01\nfraud_type: task-rebate", "李女士收到快递。")
        files["content/cases/loan.zh.md"] = page("title: 贷款解冻案\ndate: 2022-04-01\nfraud_type: impersonate-police", "王某申请贷款。")
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        let rebate = try site.read("cases/rebate/index.html")
        let related = try #require(rebate.range(of: "id=\"related-heading\"")).upperBound
        let list = String(rebate[related...])
        #expect(list.contains("<a href=\"/fanzha/cases/parcel/\">快递刷单案</a>"))
        #expect(!list.contains("/fanzha/cases/rebate/\">"), "the case itself is not a similar case")
        #expect(!list.contains("贷款解冻案"), "a case of another type is not similar")
        // The English case has no other English case of its type: no section.
        #expect(!(try site.read("en/cases/rebate/index.html")).contains("related-heading"))
    }
}
