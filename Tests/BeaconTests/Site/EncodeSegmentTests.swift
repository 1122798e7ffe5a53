@testable import BeaconSite
import Foundation
import Testing

/// A tag's address segment, encoded by bytes, is what Foundation's percent-encoding gave with
/// unreserved ASCII allowed.
@Suite struct EncodeSegmentTests {
    @Test(arguments: ["老年人", "刷单 返利", "刷单/返利", "A-z_0.9~", "%41", "#?&=+:@!$'()*,;", "", "\t\n", "élan", "e\u{301}",
                      "👩‍👩‍👧", "Ⅻ", "٣", "ｆｕｌｌ", "\u{7F}\u{80}", "冒充\"客服\"<退款>"])
    func matchesFoundation(tag: String) {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        #expect(SiteURLs.encodeSegment(tag) == tag.addingPercentEncoding(withAllowedCharacters: allowed))
    }
}
