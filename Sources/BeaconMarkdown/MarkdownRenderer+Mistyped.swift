import BeaconCore

extension MarkdownRenderer {
    /// `{{ stat cases_filed }}` or `{{% stat cases_filed %}}` (Hugo's and templates' braces)
    /// would be published as text: the error shows the form Beacon reads.
    static func mistyped(_ sc: Shortcode, file: String, line: Int, excerpt: String?) -> Diagnostic {
        var inner = sc.source.dropFirst(2).dropLast(2)
        if inner.hasPrefix("%") { inner = inner.dropFirst() }
        if inner.hasSuffix("%") { inner = inner.dropLast() }
        let tag = inner.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        var d = Diagnostic.error(file, line: line, column: sc.column,
                                 "`\(sc.source)` is not a shortcode Beacon reads: it would appear on the page as it is written.",
                                 hint: "Write it with angle brackets inside the braces: `{{< \(tag) >}}`.")
        d.excerpt = excerpt
        return d
    }
}
