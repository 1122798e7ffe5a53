import Foundation

/// The small script that makes open tabs reload after a build. It is added to HTML
/// responses by the preview server only; built files never contain it.
public enum LiveReload {
    /// Path of the Server-Sent Events stream.
    public static let eventsPath = "/__beacon/events"
    /// Path of a JSON summary of the last build (for tools and tests).
    public static let statusPath = "/__beacon/status"

    /// The script for a page served at build `generation`: it reloads as soon as the server
    /// announces another generation (a new build, or a restarted server). EventSource
    /// reconnects by itself when the server goes away and comes back.
    public static func script(generation: String) -> String {
        """
        <script id="beacon-live-reload">(function(){var g=\(jsonString(generation));\
        var s=new EventSource("\(eventsPath)");\
        s.addEventListener("build",function(e){if(e.data!==g){s.close();location.reload();}});})();</script>
        """
    }

    /// `html` with `snippet` placed just before `</body>` (or at the end when there is none).
    public static func inject(_ snippet: String, into html: String) -> String {
        if let r = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            var out = html
            out.insert(contentsOf: snippet, at: r.lowerBound)
            return out
        }
        return html + snippet
    }

    static func jsonString(_ s: String) -> String {
        let data = (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
