import CQPDF
import Foundation

/// Adds what Cairo cannot write to a finished PDF, through libqpdf's C API: TrimBox and
/// BleedBox on every page, the document language, process colours (each page's content
/// rewritten from DeviceRGB to DeviceCMYK), and no page transparency group (the leaflet draws
/// nothing transparent; the group only upsets PDF/X preflight). The file is rewritten with a
/// deterministic /ID so the same input gives the same bytes.
///
/// With an output intent (a CMYK profile installed), the file is marked PDF/X-1a:2003: the
/// profile embedded as the OutputIntent, `GTS_PDFXVersion` and `Trapped` in the Info
/// dictionary, PDF 1.4 without object streams. What that standard asks beyond this (CMYK
/// only, no transparency, fonts embedded, TrimBox and BleedBox) the rest of this step and
/// the tests check; no full PDF/X preflight is run.
enum PDFPageBoxes {
    /// Boxes in PDF user space (origin bottom left), points.
    struct Boxes {
        var trim: Rect
        var bleed: Rect
    }

    static func apply(to pdf: Data, boxes: Boxes, languageTag: String, colours: CMYKConversion?,
                      intent: OutputIntent? = OutputIntent.system) throws -> Data {
        let document = try QPDFHandle()
        // Keep the handle alive until the buffer is copied: ARC may free an object after its last use.
        return try withExtendedLifetime(document) {
            try rewrite(pdf, document.q, boxes: boxes, languageTag: languageTag, colours: colours, intent: intent)
        }
    }

    private static func rewrite(_ pdf: Data, _ q: qpdf_data, boxes: Boxes, languageTag: String, colours: CMYKConversion?,
                                intent: OutputIntent?) throws -> Data {
        qpdf_silence_errors(q)
        qpdf_set_suppress_warnings(q, 1)

        try pdf.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { throw LeafletRenderError("Cairo wrote no PDF") }
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
            if let intent { addOutputIntent(q, root: root, intent) }
            try check(q, qpdf_init_write_memory(q))
            qpdf_set_deterministic_ID(q, 1)
            if intent != nil {
                // PDF/X-1a:2003 is PDF 1.4: no object or cross-reference streams.
                qpdf_set_object_stream_mode(q, qpdf_o_disable)
                qpdf_force_pdf_version(q, "1.4")
            } else {
                qpdf_set_object_stream_mode(q, qpdf_o_generate)
            }
            try check(q, qpdf_write(q))
        }
        let length = Int(qpdf_get_buffer_length(q))
        guard let buffer = qpdf_get_buffer(q) else { throw LeafletRenderError("libqpdf wrote no PDF") }
        return Data(bytes: buffer, count: length)
    }

    /// The OutputIntent with the embedded profile, and the Info keys PDF/X-1a:2003 requires.
    private static func addOutputIntent(_ q: qpdf_data, root: qpdf_oh, _ intent: OutputIntent) {
        let profile = qpdf_make_indirect_object(q, qpdf_oh_new_stream(q))
        intent.profile.withUnsafeBytes { raw in
            qpdf_oh_replace_stream_data(q, profile, raw.bindMemory(to: UInt8.self).baseAddress, raw.count, qpdf_oh_new_null(q), qpdf_oh_new_null(q))
        }
        qpdf_oh_replace_key(q, qpdf_oh_get_dict(q, profile), "/N", qpdf_oh_new_integer(q, 4))
        let dict = qpdf_oh_new_dictionary(q)
        qpdf_oh_replace_key(q, dict, "/Type", qpdf_oh_new_name(q, "/OutputIntent"))
        qpdf_oh_replace_key(q, dict, "/S", qpdf_oh_new_name(q, "/GTS_PDFX"))
        // Not a registered characterisation: "Custom", with the profile embedded and named.
        qpdf_oh_replace_key(q, dict, "/OutputConditionIdentifier", qpdf_oh_new_string(q, "Custom"))
        qpdf_oh_replace_key(q, dict, "/OutputCondition", qpdf_oh_new_string(q, intent.condition))
        qpdf_oh_replace_key(q, dict, "/Info", qpdf_oh_new_string(q, intent.condition))
        qpdf_oh_replace_key(q, dict, "/RegistryName", qpdf_oh_new_string(q, "http://www.color.org"))
        qpdf_oh_replace_key(q, dict, "/DestOutputProfile", profile)
        let intents = qpdf_oh_new_array(q)
        qpdf_oh_append_item(q, intents, qpdf_make_indirect_object(q, dict))
        qpdf_oh_replace_key(q, root, "/OutputIntents", intents)
        let trailer = qpdf_get_trailer(q)
        var info = qpdf_oh_get_key(q, trailer, "/Info")
        if qpdf_oh_is_dictionary(q, info) == 0 {
            info = qpdf_make_indirect_object(q, qpdf_oh_new_dictionary(q))
            qpdf_oh_replace_key(q, trailer, "/Info", info)
        }
        qpdf_oh_replace_key(q, info, "/GTS_PDFXVersion", qpdf_oh_new_string(q, "PDF/X-1a:2003"))
        qpdf_oh_replace_key(q, info, "/Trapped", qpdf_oh_new_name(q, "/False"))
    }

    /// Replaces the page's content with the same drawing in CMYK, in one new stream.
    private static func convertColours(_ q: qpdf_data, page: qpdf_oh, _ colours: CMYKConversion) throws {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        try check(q, qpdf_oh_get_page_content_data(q, page, &buffer, &length))
        guard let buffer else { return }
        // Content streams are ASCII operators with hex strings for CID text; Latin-1 keeps every byte as it is.
        let content = CFFSubroutineKeeper.strip(String(bytes: UnsafeBufferPointer(start: buffer, count: length), encoding: .isoLatin1) ?? "")
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
