import BeaconCore
import Testing

@Suite struct DiagnosticFormatterTests {
    @Test func aLongLineIsCutAroundTheCaretWhichStillPointsAtTheFault() throws {
        let line = String(repeating: "被害人王某在家中收到刷单信息，", count: 12) + "138 0013 8000" + String(repeating: "然后被骗。", count: 20)
        let column = line.distance(from: line.startIndex, to: line.range(of: "138")!.lowerBound) + 1
        let d = Diagnostic(.error, file: "content/a.md", line: 9, column: column, message: "A mobile number.", excerpt: line)
        let out = DiagnosticFormatter(color: false).format(d).split(separator: "\n").map(String.init)
        let shown = try #require(out.first { $0.hasPrefix(" 9 | ") })
        let caret = try #require(out.last { $0.contains("^") })
        #expect(shown.hasPrefix(" 9 | …") && shown.hasSuffix("…"))
        #expect(shown.reduce(0) { $0 + $1.displayWidth } <= DiagnosticFormatter.excerptColumns + 10)
        // The caret sits under the first digit: same display width before it on both lines.
        let caretColumn = caret.prefix { $0 != "^" }.reduce(0) { $0 + $1.displayWidth }
        let digitColumn = shown.prefix { $0 != "1" }.reduce(0) { $0 + $1.displayWidth }
        #expect(caretColumn == digitColumn)
    }

    @Test func aHintOfSeveralLinesStaysIndented() {
        let d = Diagnostic.error("content/a.md", line: 1, "No front matter.", hint: "Add at the top:\n---\ntitle: …\n---")
        let out = DiagnosticFormatter(color: false).format(d)
        #expect(out.hasSuffix("  = fix: Add at the top:\n         ---\n         title: …\n         ---"))
    }

    @Test func groupedReportPutsFilesWithErrorsFirstAndCaps() {
        var ds = (1...30).map { (n: Int) in Diagnostic.warning("content/w.md", line: n, "Warning \(n).") }
        ds.append(.error("content/z.md", line: 2, "An error."))
        let out = DiagnosticFormatter(color: false, limit: 20).groupedReport(ds)
        #expect(out.hasPrefix("content/z.md\n  content/z.md:2: error: An error."))
        #expect(out.contains("… and 11 more problem(s) not shown."))
        #expect(out.hasSuffix("1 error(s) and 30 warning(s) in 2 file(s)."))
    }

    /// The same problem found twice (a leaflet's Chinese and English editions both lack a
    /// date) is shown once and counted once: a clerk saw one error and "2 error(s)".
    @Test func aProblemFoundTwiceIsCountedOnce() {
        let d = Diagnostic.error("content/leaflets/x.yaml", line: 1, "The leaflet has no date to print.")
        let out = DiagnosticFormatter(color: false).report([d, d, .warning("content/a.md", line: 3, "A warning.")])
        #expect(out.components(separatedBy: "no date to print").count == 2)
        #expect(out.hasSuffix("1 error(s), 1 warning(s)."))
    }

    /// A failed build without warnings says only its errors: clerk6's failed build ended
    /// "1 error(s), 0 warning(s).", one more count to wonder about.
    @Test func aFailedBuildWithoutWarningsCountsOnlyItsErrors() {
        let out = DiagnosticFormatter(color: false).report([.error("content/leaflets/x.yaml", line: 1, "The leaflet has no date to print.")])
        #expect(out.hasSuffix("\n1 error(s)."), "\(out)")
        #expect(!out.contains("warning"), "\(out)")
    }
}
