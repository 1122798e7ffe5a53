import CPangoCairo
import Foundation

/// Collects the bytes Cairo writes, so a PDF never touches the disk before it is finished.
final class ByteSink {
    var data = Data()
}

/// Owns a Cairo PDF surface writing into memory; `finish()` returns the file's bytes.
final class PDFSurface {
    let surface: OpaquePointer
    private let sink: Unmanaged<ByteSink>
    private var finished = false

    init(width: Double, height: Double) {
        let sink = Unmanaged.passRetained(ByteSink())
        self.sink = sink
        surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, sink.toOpaque(), width, height)
        // PDF 1.5 lets Cairo compress fonts and objects; every print RIP of the last 20 years reads it.
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
    }

    deinit {
        CairoFontLock.run { cairo_surface_destroy(surface) }
        sink.release()
    }

    /// Sets document information; `date` is a fixed `YYYY-MM-DD` so the same input gives the same bytes.
    func setMetadata(title: String, author: String, subject: String, creator: String, date: String) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator)
        let stamp = "\(date)T00:00:00Z"
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, stamp)
    }

    func showPage(_ canvas: CairoCanvas) { CairoFontLock.run { cairo_show_page(canvas.cr) } }

    /// Ends the document and returns the PDF; throws when Cairo reports an error.
    func finish() throws -> Data {
        if !finished {
            // Finishing writes the font subsets, reading every glyph through Cairo's caches.
            CairoFontLock.run { cairo_surface_finish(surface) }
            finished = true
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw LeafletRenderError("Cairo could not write the PDF: \(String(cString: cairo_status_to_string(status)))")
        }
        return sink.takeUnretainedValue().data
    }
}
