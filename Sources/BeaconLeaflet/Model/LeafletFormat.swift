/// The three leaflet formats of SPEC §7, each one sheet printed on both sides.
public enum LeafletFormat: String, Sendable, CaseIterable {
    case a4
    case a5
    case a4Trifold = "a4-trifold"

    /// Finished (trimmed) size in millimetres, width × height.
    public var trimSize: (width: Double, height: Double) {
        switch self {
        case .a4: return (210, 297)
        case .a5: return (148, 210)
        case .a4Trifold: return (297, 210)
        }
    }

    /// Bleed beyond the trim on every side, in millimetres: backgrounds run into it.
    public static let bleed = 3.0
    /// Nothing but background within this distance of the trim (or of a fold).
    public static let safeMargin = 5.0
    /// Paper beyond the trim on every side for the crop marks, in millimetres.
    static let markArea = 12.0
    /// Crop marks run from this distance outside the trim (beyond the bleed) ...
    static let markStart = 4.0
    /// ... to this one.
    static let markEnd = 11.0

    /// Smallest body size copy-fitting may set, in points: 10.5 pt (五号) on the A5 letter for
    /// older readers, else 9 pt (what keeps the smallest type at 8 pt).
    var minimumBodySize: Double { self == .a5 ? 10.5 : 9 }
}
