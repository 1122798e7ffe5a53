import CQPDF
import Foundation

/// Adds what Cairo cannot write to a finished PDF, through libqpdf's C API: TrimBox and
/// BleedBox on every page, the document language, process colours (each page's content
/// rewritten from DeviceRGB to DeviceCMYK), and no page transparency group (the leaflet draws
/// nothing transparent; the group only upsets PDF/X preflight). The file is rewritten with a
/// deterministic /ID so the same input gives the same bytes.
enum PDFPageBoxes {
    /// Boxes in PDF user space (origin bottom left), points.
    struct Boxes {
        var trim: Rect
        var bleed: Rect
    }

    static func apply(to pdf: Data, boxes: Boxes, languageTag: String, colours: CMYKConversion?) throws -> Data {
        let document = try QPDFHandle()
        // Keep the handle alive until the buffer is copied: ARC may free an object after its last use.
        return try withExtendedLifetime(document) {
            try rewrite(pdf, document.q, boxes: boxes, languageTag: languageTag, colours: colours)
        }
    }

    private static func rewrite(_ pdf: Data, _ q: qpdf_data, boxes: Boxes, languageTag: String, colours: CMYKConversion?) throws -> Data {
        qpdf_silence_errors(q)
        qpdf_set_suppress_warnings(q, 1)

        try pdf.withUnsafeBytes { raw in
            let base = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
            try check(q, qpdf_read_memory(q, "leaflet.pdf", base, UInt64(raw.count), nil))
            for i in 0..<Int(qpdf_get_num_pages(q)) {
                let page = qpdf_get_page_n(q, i)
                qpdf_oh_replace_key(q, page, "/TrimBox", array(q, boxes.trim))
                qpdf_oh_replace_key(q, page, "/BleedBox", array(q, boxes.bleed))
                qpdf_oh_remove_key(q, page, "/Group")
                if let colours { try convertColours(q, page: page, colours) }
            }
            let root = qpdf_get_root(q)
            qpdf_oh_replace_key(q, root, "/Lang", qpdf_oh_new_unicode_string(q, languageTag))
            try check(q, qpdf_init_write_memory(q))
            qpdf_set_deterministic_ID(q, 1)
            qpdf_set_object_stream_mode(q, qpdf_o_generate)
            try check(q, qpdf_write(q))
        }
        let length = Int(qpdf_get_buffer_length(q))
        guard let buffer = qpdf_get_buffer(q) else { throw LeafletRenderError("libqpdf wrote no PDF") }
        return Data(bytes: buffer, count: length)
    }

    /// Replaces the page's content with the same drawing in CMYK, in one new stream.
    private static func convertColours(_ q: qpdf_data, page: qpdf_oh, _ colours: CMYKConversion) throws {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        try check(q, qpdf_oh_get_page_content_data(q, page, &buffer, &length))
        guard let buffer else { return }
        // Content streams are ASCII operators with hex strings for CID text; Latin-1 keeps every byte as it is.
        let content = String(bytes: UnsafeBufferPointer(start: buffer, count: length), encoding: .isoLatin1) ?? ""
        free(buffer)
        guard let converted = colours.convert(content).data(using: .isoLatin1) else {
            throw LeafletRenderError("The page content could not be converted to CMYK")
        }
        let stream = qpdf_oh_new_stream(q)
        converted.withUnsafeBytes { raw in
            qpdf_oh_replace_stream_data(q, stream, raw.bindMemory(to: UInt8.self).baseAddress, raw.count, qpdf_oh_new_null(q), qpdf_oh_new_null(q))
        }
        qpdf_oh_replace_key(q, page, "/Contents", stream)
    }

    private static func array(_ q: qpdf_data, _ r: Rect) -> qpdf_oh {
        let a = qpdf_oh_new_array(q)
        for v in [r.x, r.y, r.maxX, r.maxY] {
            // Three decimals: exact enough for a print RIP, short and stable in the file.
            qpdf_oh_append_item(q, a, qpdf_oh_new_real_from_double(q, (v * 1000).rounded() / 1000, 3))
        }
        return a
    }

    private static func check(_ q: qpdf_data, _ code: QPDF_ERROR_CODE) throws {
        guard code & QPDF_ERRORS != 0 || qpdf_has_error(q) != 0 else { return }
        let message = qpdf_has_error(q) != 0 ? String(cString: qpdf_get_error_full_text(q, qpdf_get_error(q))) : "unknown error"
        throw LeafletRenderError("libqpdf could not add the page boxes: \(message)")
    }
}
