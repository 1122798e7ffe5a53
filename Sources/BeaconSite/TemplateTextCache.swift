import BeaconCore

/// `TemplateText` values made once per build and shared: list entries repeat the same short
/// strings (kind labels, dates, fraud types), and making a text value parses it as a template.
final class TemplateTextCache: Sendable {
    private let values = SharedMemo<String, MustacheValue>()
    /// Longer strings (titles, summaries) rarely repeat: they are made each time, not kept.
    static let maxShared = 48

    /// `TemplateText.value(text)`, from the cache when the string is short.
    func value(_ text: String) -> MustacheValue {
        guard text.utf8.count <= Self.maxShared else { return TemplateText.value(text) }
        return values.value(text) { TemplateText.value(text) }
    }

    /// `TemplateText.value(text)` from the cache whatever its length: for text known to repeat.
    func repeated(_ text: String) -> MustacheValue {
        values.value(text) { TemplateText.value(text) }
    }
}
