import BeaconCore
import BeaconStarter
import Foundation
import Testing

/// The Chinese catalogue embedded in the executable matches the messages in the sources.
@Suite struct MessageCatalogTests {
    @Test func theChineseCatalogueIsEmbeddedAndEveryTranslationKeepsItsPlaceholders() throws {
        let zh = try #require(Starter.messageTranslations["zh"], "Sources/BeaconStarter/Messages/zh.yaml did not load")
        #expect(zh.count > 100)
        for (template, translation) in zh {
            #expect(Self.placeholders(template) == Self.placeholders(translation), "\(template) → \(translation)")
        }
    }

    /// `scripts/messages.py check`: every entry is still a message in the sources, character for character.
    @Test func everyEntryStillMatchesAMessageInTheSources() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", TestSite.repository.appendingPathComponent("scripts/messages.py").path, "check"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(said)")
    }

    static func placeholders(_ s: String) -> Set<String> {
        var found = Set<String>()
        var chars = s.replacingOccurrences(of: "%%", with: "").makeIterator()
        while let c = chars.next() {
            if c == "%", let d = chars.next(), d.isNumber { found.insert("%\(d)") }
        }
        return found
    }
}
