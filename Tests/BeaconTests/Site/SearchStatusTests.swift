import Foundation
import Testing

enum NodeJS {
    /// Node, where this machine has it (it is not among the packages Beacon needs).
    static let path: String? = ["/usr/bin/node", "/usr/bin/nodejs", "/usr/local/bin/node"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// The search page's status line agrees in number with what it found ("1 result", not
/// "1 results"). The page's own script runs in Node over the built page's attributes and
/// index, with just enough of a DOM for it; machines without Node skip this suite.
@Suite(.enabled(if: NodeJS.path != nil, "needs node"))
struct SearchStatusTests {

    /// The status text the built search page shows for `query`.
    func status(_ site: TestSite, page: String, index: String, query: String) throws -> String {
        let html = try site.read(page)
        func attribute(_ name: String) -> String? {
            guard let start = html.range(of: "\(name)=\"")?.upperBound, let end = html[start...].firstIndex(of: "\"") else { return nil }
            return String(html[start..<end]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        }
        var attributes: [String: String] = [:]
        for name in ["data-results", "data-result-one", "data-none"] { attributes[name] = attribute(name) }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: attributes), as: UTF8.self)
        let script = """
        const fs = require("fs");
        const [query, indexFile, scriptFile] = process.argv.slice(-3);
        const attrs = \(json);
        function el() { return { children: [], appendChild(c) { this.children.push(c); }, set innerHTML(v) { this.children = []; } }; }
        const status = Object.assign(el(), { textContent: "", getAttribute: (n) => attrs[n] ?? null });
        const nodes = { q: Object.assign(el(), { value: "" }), "search-results": el(), "search-status": status };
        global.window = global;
        global.document = { querySelector: () => ({ addEventListener() {}, getAttribute: () => null }), getElementById: (id) => nodes[id],
                            createElement: el, createTextNode: (text) => ({ textContent: text }) };
        global.location = { search: "?q=" + encodeURIComponent(query) };
        global.history = { replaceState() {} };
        eval(fs.readFileSync(indexFile, "utf8"));
        eval(fs.readFileSync(scriptFile, "utf8"));
        process.stdout.write(status.textContent);
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: NodeJS.path!)
        p.arguments = ["-e", script, query, site.output.appendingPathComponent(index).path,
                       site.output.appendingPathComponent("assets/js/search.js").path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func oneHitIsOneResultAndTwoAreResults() throws {
        let site = try TestSite([
            "content/bulletins/refund-call.en.md": page("title: Fake refund calls\ndate: 2024-01-20", "A caller offers a refund for a parcel."),
            "content/bulletins/refund-text.en.md": page("title: Fake refund texts\ndate: 2024-01-21", "A text offers a refund and a link."),
            "content/bulletins/parcel.zh.md": page("title: 快递理赔骗局\ndate: 2024-01-22", "自称快递客服，要求退款理赔。"),
        ])
        defer { site.remove() }
        try site.build()
        #expect(try status(site, page: "en/search/index.html", index: "en/search/index.js", query: "parcel") == "1 result")
        #expect(try status(site, page: "en/search/index.html", index: "en/search/index.js", query: "refund") == "2 results")
        #expect(try status(site, page: "search/index.html", index: "search/index.js", query: "理赔") == "找到1条结果")
    }
}
