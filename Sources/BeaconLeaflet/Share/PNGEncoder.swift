import BeaconCairo
import CPNG
import CPangoCairo
import Foundation

/// Writes a Cairo image surface as PNG with libpng set for speed: zlib level 3 and the `Sub`
/// filter only. Cairo's own writer tries every filter at level 6, which made drawing a share
/// poster mostly compressing it; these files are about a fifth larger and written several
/// times faster. No time stamp or other varying chunk: the same pixels give the same bytes.
enum PNGEncoder {
    static func png(_ surface: CairoImage, width: Int, height: Int) throws -> Data {
        cairo_surface_flush(surface.surface)
        guard cairo_image_surface_get_format(surface.surface) == CAIRO_FORMAT_RGB24,
              let pixels = cairo_image_surface_get_data(surface.surface) else {
            throw LeafletRenderError("The poster's image could not be read for writing as PNG.")
        }
        let stride = Int(cairo_image_surface_get_stride(surface.surface))
        guard let png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nil, nil, nil) else {
            throw LeafletRenderError("libpng could not start.")
        }
        var info = png_create_info_struct(png)
        var pngOptional: png_structp? = png
        defer { png_destroy_write_struct(&pngOptional, &info) }
        let sink = Unmanaged.passRetained(PNGSink())
        defer { sink.release() }
        png_set_write_fn(png, sink.toOpaque(), { png, bytes, length in
            guard let png, let bytes, let io = png_get_io_ptr(png) else { return }
            Unmanaged<PNGSink>.fromOpaque(io).takeUnretainedValue().data.append(bytes, count: length)
        }, nil)
        png_set_compression_level(png, 3)
        png_set_filter(png, 0, PNG_FILTER_SUB)
        png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT)
        png_write_info(png, info)
        // Cairo's RGB24 is a native-endian 32-bit xRGB word: on little-endian machines the
        // bytes are B, G, R, x. Tell libpng to swap to RGB and drop the fourth byte.
        let littleEndian = withUnsafeBytes(of: UInt32(1)) { $0[0] == 1 }
        if littleEndian { png_set_bgr(png) }
        png_set_filler(png, 0, littleEndian ? PNG_FILLER_AFTER : PNG_FILLER_BEFORE)
        for row in 0..<height {
            png_write_row(png, pixels + row * stride)
        }
        png_write_end(png, nil)
        return sink.takeUnretainedValue().data
    }
}

/// Collects the bytes libpng writes.
private final class PNGSink {
    var data = Data()
}
