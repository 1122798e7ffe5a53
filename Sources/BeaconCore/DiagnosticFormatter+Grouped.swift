extension DiagnosticFormatter {
    /// Problems grouped under their file, files with errors first, each group errors first;
    /// at most `limit` problems shown with a count of the rest; a summary line at the end.
    /// What `beacon check` prints: a clerk fixes one file at a time.
    /// `hiddenWarnings`: warnings left out of `diagnostics` (`check -q`), counted in the summary
    /// so the short report never says less than the full one.
    public func groupedReport(_ diagnostics: [Diagnostic], hiddenWarnings: Int = 0) -> String {
        let sorted = diagnostics.sortedForReport()
        var order: [String] = []
        var groups: [String: [Diagnostic]] = [:]
        for d in sorted {
            let key = d.file ?? ""
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(d)
        }
        // sortedForReport put every error first, so `order` already lists files with errors first.
        var blocks: [String] = []
        var shown = 0
        for file in order where shown < limit {
            let items = groups[file, default: []].prefix(limit - shown)
            shown += items.count
            let header = paint(file.isEmpty ? say("(the site as a whole)") : file, "1;4")
            blocks.append(header + "\n" + items.map { indent(format($0)) }.joined(separator: "\n\n"))
        }
        if sorted.count > shown { blocks.append(say("… and \(sorted.count - shown) more problem(s) not shown.")) }
        if hiddenWarnings > 0 {
            blocks.append(paint(say("\(sorted.filter { $0.severity == .error }.count) error(s) and \(hiddenWarnings) warning(s); the warnings are not shown (run `beacon check` without `-q` to see them)."), "1"))
        } else {
            blocks.append(summary(sorted, files: order.count))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// `2 error(s) and 5 warning(s) in 3 file(s).`, or that nothing was found.
    public func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if diagnostics.isEmpty { return paint(say("No problems found."), "1;32") }
        let e = paint(say("\(errors) error(s)"), errors > 0 ? "1;31" : "1")
        let w = paint(say("\(warnings) warning(s)"), warnings > 0 ? "1;33" : "1")
        return say("\(e) and \(w) in \(files) file(s).")
    }

    private func indent(_ block: String) -> String {
        block.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}
