@testable import BeaconLeaflet
import BeaconCore
import Foundation
import Testing

/// Leaflet editions are typeset on every core at once. Cairo 1.16 shares its scaled-font and
/// glyph caches between threads and can deadlock when two threads fill them at the same time
/// (`CairoFontLock`); this drives that case hard, as copy-fitting many editions does: many
/// threads, each with its own engine, setting and drawing thousands of distinct glyphs at many
/// sizes into PDFs. Without the lock, 12 threads of 60 steps hung in 2 of 7 runs here; with
/// it, none in 6 (Dec 2026, 2 cores). A hang shows as a test run that never ends. The suite
/// runs a smaller load (the lock makes it serial: 10 × 40 took 4 minutes of a CI run), so it
/// catches a lost lock only now and then; raise `threads` and `steps` to hunt one.
@Suite struct ConcurrentTypesettingTests {
    /// Common hanzi in a fixed order: a different slice per thread and size, so each size's
    /// scaled font gets new glyphs and Cairo's glyph cache keeps evicting.
    static let hanzi: [Character] = (0x4E00..<0x4E00 + 3000).compactMap { Unicode.Scalar($0).map(Character.init) }

    @Test
    func manyThreadsTypesettingAtOnceAllFinish() {
        let threads = 8, steps = 20
        let finished = Self.onThreads(threads) { t -> Int in
            let engine = TextEngine(languageTag: t % 2 == 0 ? "zh-CN" : "en")
            var pages = 0
            for step in 0..<steps {
                let size = 7.0 + Double((step * 5 + t) % 40) * 0.55
                let start = (t * 397 + step * 131) % (Self.hanzi.count - 240)
                let text = String(Self.hanzi[start..<start + 240])
                let layout = TextLayout(text, style: TextStyle(size: size, bold: step % 3 == 0), width: 200, engine: engine)
                let surface = PDFSurface(width: 595, height: 842)
                let canvas = CairoCanvas(surface: surface.surface)
                layout.draw(0..<layout.lines.count, on: canvas, x: 20, y: 20)
                surface.showPage(canvas)
                if let pdf = try? surface.finish(), pdf.starts(with: Data("%PDF".utf8)), !layout.lines.isEmpty { pages += 1 }
            }
            return pages
        }
        #expect(finished == Array(repeating: steps, count: threads))
    }

    /// Runs `body` on `count` threads of its own (more than the cores), so they interleave.
    static func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Int) -> [Int] {
        let results = Locked<[Int]>(Array(repeating: -1, count: count))
        let group = DispatchGroup()
        for t in 0..<count {
            group.enter()
            Thread { let r = body(t); results.update { $0[t] = r }; group.leave() }.start()
        }
        group.wait()
        return results.get()
    }
}
