import Foundation
import Testing

/// `beacon build` as a clerk runs it: a leak makes it exit non-zero, naming the file and the
/// line, and nothing it prints — on the terminal or in a CI log — holds the number.
@Suite struct PrivacyCLITests {
    /// The `beacon` executable built next to the test bundle.
    static let beacon: URL? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("beacon")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    @Test(.enabled(if: beacon != nil, "the beacon executable is built by `swift build`"))
    func leakFailsTheBuildWithoutPrintingTheNumber() throws {
        let id = FakeNumbers.id()
        var files = PrivacyBuildTests.clean
        files[PrivacyBuildTests.casePath] = page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate",
                                                 "被害人王某。\n手机+86 138-1234-5678，身份证\(id)。")
        let site = try TestSite(files)
        defer { site.remove() }

        let process = Process()
        process.executableURL = try #require(Self.beacon)
        process.arguments = ["build", "--site", site.root.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus != 0)
        #expect(printed.contains("content/cases/rebate.zh.md:7:3"), "\(printed)")
        #expect(printed.contains("+86 138****5678"))
        #expect(printed.contains("110105********005X"))
        #expect(!printed.contains("1381234"))
        #expect(!printed.contains("12345678"))
        #expect(!printed.contains(String(id.dropFirst(6).prefix(8))))
        #expect(!site.exists("index.html"))
    }
}
