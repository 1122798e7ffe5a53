import Foundation

/// One thread at a time measures or draws text with Pango and Cairo.
///
/// Leaflet editions are typeset in parallel, each with its own `TextEngine` (its own Pango
/// font map), yet Cairo 1.16 (Debian 12's) keeps every scaled font in process-wide caches: its
/// glyph cache evicts one font's glyphs while a thread holds another font's lock, and two
/// threads doing that at once wait on each other for ever (seen as a hung build: threads stuck
/// in `cairo_scaled_font_glyph_extents` under `pango_layout_get_size`). Copy-fitting tries many
/// sizes, so the glyph cache fills and evicts often. Everything that can reach those caches —
/// setting a layout, reading its size, drawing it, finishing a PDF, freeing a layout, a font map
/// or a surface — runs under this lock. The rest of an edition (plans, break rules, copy-fitting
/// arithmetic, PNG and PDF post-processing) still runs on every core.
enum CairoFontLock {
    /// Recursive: a layout measures the bullet of a list item by setting another layout.
    private static let lock = NSRecursiveLock()

    static func run<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Takes the lock for the rest of a scope (an initialiser's body, which cannot be a closure).
    static func enter() { lock.lock() }
    static func leave() { lock.unlock() }
}
