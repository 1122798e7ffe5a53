@testable import BeaconBuild
import Foundation
import Testing

/// The path a link names, cut by bytes for plain ASCII targets, is what cutting by Characters
/// and percent-decoding with Foundation gave.
@Suite struct PathLinkPathTests {
    @Test(arguments: ["/cases/x/?a#b", "/cases/x/#top", "//a/b?x", "/", "", "#only", "?q", "/images/poster.jpg",
                      "/tags/%E8%80%81%E5%B9%B4%E4%BA%BA/", "/tags/%ZZ/", "/标签/老年人/", "/a?b#c?d", "/a#b?c", "///",
                      "/cases/e\u{301}#x", "/cases/x#\u{301}y", "cases/x/", "/cases/x/?#", "/a\r\n#b"])
    func matchesCharacterCut(target: String) {
        let clean = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            .split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let s = String(clean.drop { $0 == "/" })
        #expect(PathLinkCheck.path(of: target) == (s.removingPercentEncoding ?? s))
    }
}
