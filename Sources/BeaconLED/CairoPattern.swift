import BeaconCairo
import CPangoCairo

/// A Cairo surface pattern over an image, destroyed with the object (the image is kept alive).
final class CairoPattern {
    let pattern: OpaquePointer
    private let image: AnyObject

    init?(image: CairoImage, extend: cairo_extend_t, filter: cairo_filter_t = CAIRO_FILTER_NEAREST) {
        guard let p = cairo_pattern_create_for_surface(image.surface) else { return nil }
        cairo_pattern_set_extend(p, extend)
        cairo_pattern_set_filter(p, filter)
        pattern = p
        self.image = image
    }

    init?(mask: LEDMask.Surface) {
        guard let p = cairo_pattern_create_for_surface(mask.surface) else { return nil }
        cairo_pattern_set_extend(p, CAIRO_EXTEND_NONE)
        cairo_pattern_set_filter(p, CAIRO_FILTER_NEAREST)
        pattern = p
        image = mask
    }

    deinit { cairo_pattern_destroy(pattern) }
}

/// One byte per LED, 255 where it is lit: an A8 image Cairo enlarges to the LED pitch.
struct LEDMask {
    final class Surface {
        let surface: OpaquePointer
        init(_ s: OpaquePointer) { surface = s }
        deinit { cairo_surface_destroy(surface) }
    }

    let pattern: OpaquePointer
    private let holder: CairoPattern

    init?(bits: [Bool], columns: Int, rows: Int) {
        guard columns > 0, rows > 0, let s = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(columns), Int32(rows)) else { return nil }
        let surface = Surface(s)
        guard cairo_surface_status(s) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(s) else { return nil }
        cairo_surface_flush(s)
        let stride = Int(cairo_image_surface_get_stride(s))
        for y in 0..<rows {
            let row = data + y * stride
            for x in 0..<columns { row[x] = bits[y * columns + x] ? 255 : 0 }
        }
        cairo_surface_mark_dirty(s)
        guard let p = CairoPattern(mask: surface) else { return nil }
        holder = p
        pattern = p.pattern
    }
}
