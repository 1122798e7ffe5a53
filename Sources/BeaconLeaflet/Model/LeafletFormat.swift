import BeaconCore

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

    /// How a message names the format (`the A5 letter`).
    var described: Message {
        switch self {
        case .a4: "the two-sided A4 sheet"
        case .a5: "the A5 letter"
        case .a4Trifold: "the A4 tri-fold"
        }
    }

    /// Every format, each with what it is and its size, for a message: `` `a4` (the two-sided
    /// A4 sheet, 210×297 mm), … ``.
    static var allDescribed: Message {
        let each: [Message] = allCases.map { "`\($0.rawValue)` (\($0.described), \(Int($0.trimSize.width))×\(Int($0.trimSize.height)) mm)" }
        return Message.list(each, and: true)
    }

    /// The format a leaflet file names, written in any case (`A4` is `a4`).
    init?(written: String) {
        self.init(rawValue: written.lowercased())
    }

    /// The paper size a format name that is none of Beacon's starts with (`a3`, `b5` from `A3`,
    /// `B5-trifold`), when no format is printed on it: nil for a misspelt format (`a4-trifod`).
    static func unofferedPaper(_ written: String) -> String? {
        guard let match = written.lowercased().firstMatch(of: /^([abc]\d{1,2})(?:\b|-|$)/) else { return nil }
        let paper = String(match.1)
        return allCases.contains { $0.rawValue.hasPrefix(paper) } ? nil : paper.uppercased()
    }

    /// Smallest body size copy-fitting may set, in points: 10.5 pt (五号) on the A5 letter for
    /// older readers, else 9 pt (what keeps the smallest type at 8 pt).
    var minimumBodySize: Double { self == .a5 ? 10.5 : 9 }
}
