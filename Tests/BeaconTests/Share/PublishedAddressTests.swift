import BeaconCore
import Foundation
import Testing

/// Under `beacon serve` the pages link to the preview's own address, but what leaves the
/// computer — a share message pasted into a WeChat group, a poster's or leaflet's QR code —
/// must lead to the public page at `base_url`.
@Suite struct PublishedAddressTests {
    static let preview = "http://127.0.0.1:18446/"

    @Test func sharedAndPrintedAddressesKeepTheBaseURLInThePreview() throws {
        let site = try ShareKitTests.site()
        defer { site.remove() }
        try site.write("content/leaflets/flyer.yaml", "format: a5\ntitle: {zh: 防骗提示, en: Scam warning}\ncases: [rebate]\n")
        try site.build { $0.previewBaseURL = Self.preview }

        let message = try site.read("share/cases/rebate.zh.txt")
        #expect(message.contains("\(ShareKitTests.base)/cases/rebate/"), "\(message)")
        #expect(!message.contains("127.0.0.1"), "\(message)")

        let poster = site.output.appendingPathComponent("share/cases/rebate.zh.png").path
        #expect(try Self.decodeQR(poster) == "\(ShareKitTests.base)/cases/rebate/")

        let leaflet = site.output.appendingPathComponent("leaflets/flyer.zh.pdf").path
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-qr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: png.path + "-1.png") }
        _ = try Tool.run("pdftoppm", ["-r", "150", "-f", "1", "-l", "1", "-png", leaflet, png.path])
        let pages = try FileManager.default.contentsOfDirectory(atPath: png.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(png.lastPathComponent) }
        var decoded: [String] = []
        for page in pages {
            let path = png.deletingLastPathComponent().appendingPathComponent(page).path
            defer { try? FileManager.default.removeItem(atPath: path) }
            if let url = try? Self.decodeQR(path) { decoded.append(url) }
        }
        #expect(decoded == ["\(ShareKitTests.base)/cases/rebate/"], "leaflet QR: \(decoded)")

        // The page itself links to the preview, so clicking around stays on this computer.
        #expect(try site.read("cases/rebate/index.html").contains(Self.preview + "cases/rebate/"))
    }

    static func decodeQR(_ path: String) throws -> String {
        try Tool.run("zbarimg", ["-q", "--raw", path]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
