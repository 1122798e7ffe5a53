import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// What `beacon leaflet NAME` tells a clerk, on an outside tester's leaflets (clerk7): an
/// overflow error names the format that holds the leaflet in every language, as the build would
/// make it ("No other format holds it all" was said of a tri-fold the same file built as
/// `format: a4`), and only NAME's warnings are shown, not those of the site's other leaflets.
@Suite struct LeafletOverflowFormatsTests {
    static let fixture = TestSite.repository.appendingPathComponent("Tests/Fixtures/overflow-formats")

    static func site(extra: [String: String] = [:]) throws -> TestSite { try TestSite.fixture("overflow-formats", extra: extra) }

    /// `beacon leaflet NAME`: the leaflet step alone, nothing written.
    static func leaflet(_ name: String, in site: TestSite) throws -> BuildReport {
        try site.build { options in
            options.parts = [.leaflets]
            options.write = false
            options.leafletName = name
        }
    }

    static let triThree = "content/leaflets/tri-three.yaml"

    @Test func anOverflowNamesTheFormatTheSameFileBuildsIn() throws {
        let site = try Self.site()
        defer { site.remove() }
        var errors: [Diagnostic] = []
        do { _ = try Self.leaflet("tri-three", in: site) } catch let f as BuildFailure { errors = f.diagnostics }
        let overflow = try #require(errors.first { $0.what.contains("too long for the A4 tri-fold") }, "\(errors)")
        let hint = try #require(overflow.fix).english
        #expect(hint.contains("`format: a4`"), "\(hint)")
        #expect(!hint.contains("No other format holds it all"), "\(hint)")
        // And what it says holds: the same file as `format: a4` builds in every language.
        let a4 = try String(contentsOf: Self.fixture.appendingPathComponent(Self.triThree), encoding: .utf8)
            .replacingOccurrences(of: "format: a4-trifold", with: "format: a4")
        try site.write("content/leaflets/tri-three.yaml", a4)
        let report = try Self.leaflet("tri-three", in: site)
        #expect(report.leaflets > 0, "\(report.leaflets)")
    }

    @Test func oneLeafletShowsOnlyItsOwnWarnings() throws {
        let site = try Self.site(extra: [Self.triThree: "format: a4\ntitle: {zh: 识破骗局 守住钱包, en: See through the scam}\ncases: [parcel-refund-grandpa, game-account-boy]\nslogans: [1]\n"])
        defer { site.remove() }
        let report = try Self.leaflet("tri-three", in: site)
        // `refunds` prints a case with no English version: its warning is its own.
        #expect(!report.warnings.contains { $0.what.contains("advice-heavy") }, "\(report.warnings.map(\.what.english))")
        let all = try site.build { $0.parts = [.leaflets]; $0.write = false }
        #expect(all.warnings.contains { $0.what.contains("advice-heavy") }, "\(all.warnings.map(\.what.english))")
    }
}
