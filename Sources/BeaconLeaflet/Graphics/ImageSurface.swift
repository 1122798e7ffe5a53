import CPangoCairo
import Foundation

/// Owns a Cairo image surface for the PNG previews.
final class ImageSurface {
    let surface: OpaquePointer

    init(width: Int, height: Int) {
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
    }

    deinit { cairo_surface_destroy(surface) }

    /// The image as PNG bytes (libpng writes no time stamp, so they are reproducible).
    func png() throws -> Data {
        cairo_surface_flush(surface)
        let sink = Unmanaged.passRetained(ByteSink())
        defer { sink.release() }
        let status = cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, sink.toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw LeafletRenderError("Cairo could not write the PNG preview: \(String(cString: cairo_status_to_string(status)))")
        }
        return sink.takeUnretainedValue().data
    }
}
