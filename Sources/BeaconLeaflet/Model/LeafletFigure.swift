import BeaconCore
import BeaconStats

/// A headline figure as the website writes it: `838起`, `同比下降53.29%`.
public struct LeafletFigure: Sendable, Hashable {
    /// The number with its unit, formatted for the language: `4400余万元`, `more than 44 million yuan`.
    public var value: String
    /// What it counts: `立案`, `Cases filed`.
    public var label: String
    /// A second line such as the year-on-year change, or nil.
    public var note: String?

    public init(value: String, label: String, note: String? = nil) {
        self.value = value
        self.label = label
        self.note = note
    }
}

extension LeafletFigure {
    /// The period's headline figures in `language`, as the statistics wrote them: value, label
    /// and the year-on-year change under it.
    static func headline(of period: PeriodValues, language: Language) -> [LeafletFigure] {
        period.headlineFigures.compactMap { f in
            f.written(language).map { LeafletFigure(value: $0.value, label: $0.label, note: $0.change) }
        }
    }
}
