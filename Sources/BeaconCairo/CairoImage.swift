import CPangoCairo
import Foundation

/// A Cairo RGB image surface with its drawing context, destroyed with the object, written as
/// PNG by Cairo's own encoder (libpng without a time stamp, so the bytes are reproducible).
/// The one image surface of the LED previews, the leaflet and banner page previews and the
/// share posters.
public final class CairoImage {
    public let surface: OpaquePointer
    public let context: OpaquePointer
    public let width: Int
    public let height: Int

    /// Nil when the size is outside what Cairo can hold (1 to 32,000 pixels a side) or Cairo
    /// has no memory for it.
    public init?(width: Int, height: Int) {
        guard width > 0, height > 0, width <= 32_000, height <= 32_000,
              let s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else { return nil }
        guard cairo_surface_status(s) == CAIRO_STATUS_SUCCESS, let c = cairo_create(s) else {
            cairo_surface_destroy(s)
            return nil
        }
        surface = s
        context = c
        self.width = width
        self.height = height
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// The image as PNG bytes, or Cairo's reason for failing.
    public func png() -> Result<Data, CairoError> {
        cairo_surface_flush(surface)
        final class Sink { var data = Data() }
        let sink = Sink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        }
        guard status == CAIRO_STATUS_SUCCESS else { return .failure(CairoError(status)) }
        return .success(sink.data)
    }
}

/// Cairo's status as an error, with its own description.
public struct CairoError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ status: cairo_status_t) { description = String(cString: cairo_status_to_string(status)) }
}
