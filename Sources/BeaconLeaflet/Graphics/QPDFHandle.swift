import CQPDF

/// Owns a libqpdf `qpdf_data` (and every object handle made from it); frees it in `deinit`.
final class QPDFHandle {
    let q: qpdf_data

    init() throws {
        guard let q = qpdf_init() else { throw LeafletRenderError("libqpdf could not start") }
        self.q = q
    }

    deinit {
        var handle: qpdf_data? = q
        qpdf_cleanup(&handle)
    }
}
