import BeaconContent
import BeaconCore

/// Front matter that will look wrong where it is shown: titles longer than a WeChat share
/// card shows, summaries longer than a feed reader shows.
enum StyleCheck {
    static func run(_ site: Site, limits: StyleLimits) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for page in site.pages {
            let title = StyleLimits.columns(page.title)
            if title > limits.titleColumns {
                out.append(.warning(page.sourcePath, line: page.keyLines["title"],
                                    "The title is \(title) columns wide; a WeChat share card shows about \(limits.titleColumns) (\(limits.titleColumns / 2) Chinese characters or \(limits.titleColumns) letters), so its end will be cut off.",
                                    hint: "Shorten the title and move the details into `summary:` or the text."))
            }
            if let summary = page.summary {
                let width = StyleLimits.columns(summary)
                if width > limits.summaryColumns {
                    out.append(.warning(page.sourcePath, line: page.keyLines["summary"],
                                        "The summary is \(width) columns wide; feed readers and share cards show about \(limits.summaryColumns) (\(limits.summaryColumns / 2) Chinese characters), so readers will not see the rest.",
                                        hint: "Keep the summary to one or two sentences; the full story belongs in the text."))
                }
            }
        }
        return out
    }
}
