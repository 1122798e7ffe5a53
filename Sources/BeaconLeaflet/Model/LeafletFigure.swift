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
