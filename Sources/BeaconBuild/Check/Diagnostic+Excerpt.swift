import BeaconContent
import BeaconCore

extension Diagnostic {
    /// The diagnostic with its line of `page`'s text as the excerpt and the caret under
    /// `needle`, so a clerk sees exactly which link or image is meant.
    func excerpt(from page: ContentPage, pointingAt needle: String) -> Diagnostic {
        guard let line else { return self }
        let text = page.body.line(line - page.bodyLine + 1)
        guard !text.isEmpty else { return self }
        var d = self
        d.excerpt = text
        if let r = text.range(of: needle) { d.column = text.distance(from: text.startIndex, to: r.lowerBound) + 1 }
        return d
    }
}
