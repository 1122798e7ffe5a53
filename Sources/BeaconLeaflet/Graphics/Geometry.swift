/// PDF points per millimetre: the leaflet is designed in millimetres, drawn in points.
let pointsPerMM = 72.0 / 25.4

/// Millimetres to PDF points.
func mm(_ v: Double) -> Double { v * pointsPerMM }

/// A rectangle in PDF points, origin top left (Cairo's orientation).
struct Rect: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    /// The rectangle shrunk by `d` on every side.
    func inset(_ d: Double) -> Rect { inset(top: d, left: d, bottom: d, right: d) }

    func inset(top: Double, left: Double, bottom: Double, right: Double) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// True when `other` lies wholly inside this rectangle (with a little tolerance for rounding).
    func contains(_ other: Rect) -> Bool {
        other.x >= x - 0.01 && other.y >= y - 0.01 && other.maxX <= maxX + 0.01 && other.maxY <= maxY + 0.01
    }
}
