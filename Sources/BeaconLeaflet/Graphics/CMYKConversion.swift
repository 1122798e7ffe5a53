import BeaconCore
import Foundation

/// Rewrites the colour operators of a PDF content stream from DeviceRGB (all Cairo can write)
/// to DeviceCMYK, so the print file carries the process colours the design names: `r g b rg`
/// becomes `c m y k k`, `RG` becomes `K`, grey `g`/`G` becomes black ink. Colours of the
/// palette take their chosen CMYK values (text and QR code in black ink only); any other colour
/// falls back to the naive conversion.
struct CMYKConversion {
    let table: [RGBKey: CMYK]

    struct RGBKey: Hashable {
        var r: Int, g: Int, b: Int
        init(_ r: Double, _ g: Double, _ b: Double) {
            self.r = Int((r * 255).rounded()); self.g = Int((g * 255).rounded()); self.b = Int((b * 255).rounded())
        }
    }

    init(palette: [Colour]) {
        var t: [RGBKey: CMYK] = [:]
        for c in palette { if let cmyk = c.cmyk { t[RGBKey(c.r, c.g, c.b)] = cmyk } }
        table = t
    }

    func cmyk(_ r: Double, _ g: Double, _ b: Double) -> CMYK {
        if let known = table[RGBKey(r, g, b)] { return known }
        let k = 1 - max(r, g, b)
        guard k < 1 else { return CMYK(c: 0, m: 0, y: 0, k: 1) }
        return CMYK(c: (1 - r - k) / (1 - k), m: (1 - g - k) / (1 - k), y: (1 - b - k) / (1 - k), k: k)
    }

    private static let rgb = NSRegularExpression.literal(#"(?<![\w.\-])(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(rg|RG)(?![\w])"#)
    private static let grey = NSRegularExpression.literal(#"(?<![\w.\-])(-?[\d.]+)\s+(g|G)(?![\w])"#)

    /// The content stream with every RGB and grey colour operator replaced.
    func convert(_ content: String) -> String {
        var out = replace(content, Self.rgb) { groups in
            let c = cmyk(Double(groups[1]) ?? 0, Double(groups[2]) ?? 0, Double(groups[3]) ?? 0)
            return "\(c.operands) \(groups[4] == "rg" ? "k" : "K")"
        }
        out = replace(out, Self.grey) { groups in
            let v = Double(groups[1]) ?? 0
            return "\(cmyk(v, v, v).operands) \(groups[2] == "g" ? "k" : "K")"
        }
        return out
    }

    private func replace(_ s: String, _ re: NSRegularExpression, _ transform: ([String]) -> String) -> String {
        let ns = s as NSString
        var out = ""
        var last = 0
        for m in re.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            out += transform((0..<m.numberOfRanges).map { ns.substring(with: m.range(at: $0)) })
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }
}
