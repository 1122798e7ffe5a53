/// A chart as the page shows it: a caption, the SVG, and the same figures as a table for
/// screen readers, for print and for anyone who wants the numbers.
struct ChartFigure: Sendable {
    var kind: String
    var id: String
    var caption: String
    var svg: String
    var table: ChartTable

    /// On a narrow screen the graphic keeps a readable size and the graphic and table scroll
    /// sideways inside their box, so the box is a region named by the caption that the
    /// keyboard can reach and scroll (WCAG 2.1.1, 1.4.10).
    var html: String {
        """
        <figure class="stats-chart stats-chart-\(kind)" id="\(id)">\
        <figcaption class="stats-chart-caption" id="\(id)-caption">\(SVG.escape(caption))</figcaption>\
        <div class="stats-chart-body" role="region" tabindex="0" aria-labelledby="\(id)-caption">\
        <div class="stats-chart-graphic">\(svg)</div>\(table.html)</div></figure>
        """
    }
}

/// The figures of a chart as an HTML table: a header row, one row per item (the first cell a
/// row header), and an optional total row.
struct ChartTable: Sendable {
    var headers: [String]
    var rows: [[String]]
    var footer: [String]?

    var html: String {
        func cells(_ row: [String], first: String, rest: String) -> String {
            row.enumerated().map { i, cell in
                i == 0 ? "<\(first)>\(SVG.escape(cell))</\(first.split(separator: " ")[0])>" : "<\(rest)>\(SVG.escape(cell))</\(rest)>"
            }.joined()
        }
        var out = "<table class=\"stats-chart-table\"><thead><tr>"
        out += headers.map { "<th scope=\"col\">\(SVG.escape($0))</th>" }.joined()
        out += "</tr></thead><tbody>"
        for row in rows { out += "<tr>" + cells(row, first: "th scope=\"row\"", rest: "td") + "</tr>" }
        out += "</tbody>"
        if let footer { out += "<tfoot><tr>" + cells(footer, first: "th scope=\"row\"", rest: "td") + "</tr></tfoot>" }
        return out + "</table>"
    }
}
