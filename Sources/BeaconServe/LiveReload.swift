import Foundation

/// The small script that makes open tabs reload after a build. It is added to HTML
/// responses by the preview server only; built files never contain it.
public enum LiveReload {
    /// Path of the Server-Sent Events stream.
    public static let eventsPath = "/__beacon/events"
    /// Path of a JSON summary of the last build (for tools and tests).
    public static let statusPath = "/__beacon/status"

    /// Path of the reload script, served by the preview server only.
    public static let scriptPath = "/__beacon/reload.js"

    /// The tag added to a page served at build `generation`. The script is a file of its own,
    /// not inline, so a theme's Content-Security-Policy (`script-src 'self'`) does not block it.
    public static func script(generation: String) -> String {
        "<script id=\"beacon-live-reload\" src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>"
    }

    /// Reloads the tab as soon as the server announces another generation than the page's
    /// (a new build, or a restarted server); EventSource reconnects by itself when the
    /// server goes away and comes back. Also closes the error overlay on its button.
    public static let javaScript = """
        (function () {
          var me = document.currentScript, generation = me && me.getAttribute("data-generation");
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("build", function (e) {
            if (e.data !== generation) { events.close(); location.reload(); }
          });
          document.addEventListener("click", function (e) {
            if (e.target && e.target.id === "beacon-overlay-close") {
              var overlay = document.getElementById("beacon-error-overlay");
              if (overlay) overlay.remove();
            }
          });
        })();

        """

    /// `html` with `snippet` placed just before `</body>` (or at the end when there is none).
    public static func inject(_ snippet: String, into html: String) -> String {
        if let r = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            var out = html
            out.insert(contentsOf: snippet, at: r.lowerBound)
            return out
        }
        return html + snippet
    }
}
