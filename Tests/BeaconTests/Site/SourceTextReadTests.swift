import BeaconCore
import Foundation
import Testing

/// A text file is read with one `read` call when it can be (`SourceText.read`): whatever its
/// size, all of it is read.
@Suite struct SourceTextReadTests {
    /// Files of every size around the buffer a read asks for come back whole: empty, one byte,
    /// a page of memory and either side of it, and a long Chinese text.
    @Test func aFileIsReadWholeWhateverItsSize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let chinese = String(repeating: "公检法没有安全账户，接到96110来电请务必接听。\n", count: 3000)
        for text in ["", "x", String(repeating: "a", count: 4095), String(repeating: "b", count: 4096),
                     String(repeating: "c", count: 4097), chinese] {
            let url = folder.appendingPathComponent("f.md")
            try Data(text.utf8).write(to: url)
            #expect(try SourceText.read(url, path: "content/f.md").text == text)
        }
    }
}
