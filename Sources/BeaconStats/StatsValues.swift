import BeaconCore

/// The statistics as values, the one shape in which figures reach every output: each period
/// with each figure's number and its written forms in every language of the site. The LED
/// boards, the leaflets and the Markdown shortcodes take the words as they are; only the
/// website wraps them in HTML (`StatQuote+HTML.swift`, `StatsCard.swift`).
public struct StatsValues: Sendable {
    /// Earliest end first, as in `StatsCollection.periods`.
    public let periods: [PeriodValues]
    /// How this site writes an amount of money, for figures that are not in the statistics
    /// (a case's loss).
    public let money: MoneyWriter

    public init(periods: [PeriodValues], money: MoneyWriter) {
        self.periods = periods
        self.money = money
    }

    /// The period that ends last: what the LED boards quote.
    public var latest: PeriodValues? { periods.last }

    public func period(_ name: String) -> PeriodValues? { periods.first { $0.name == name } }
}

/// One reporting period as values: its name, file, end and label, and its figures.
public struct PeriodValues: Sendable, Hashable {
    /// `2021-10`, the base name of its file.
    public let name: String
    /// `content/stats/2021-10.yaml`, for messages.
    public let file: String
    public let end: Day
    /// The period's label by language code: `2021年1月至10月`, `January to October 2021`.
    public let labels: [String: String]
    /// Every figure, in file order.
    public let figures: [FigureValue]
    /// Keys of the headline figures, most important first.
    public let headline: [String]

    public init(name: String, file: String, end: Day, labels: [String: String], figures: [FigureValue], headline: [String]) {
        self.name = name
        self.file = file
        self.end = end
        self.labels = labels
        self.figures = figures
        self.headline = headline
    }

    public func label(_ language: Language) -> String? { labels[language.code] }

    public func figure(_ key: String) -> FigureValue? { figures.first { $0.key == key } }

    /// The headline figures that exist, in headline order.
    public var headlineFigures: [FigureValue] { headline.compactMap { figure($0) } }
}

/// One figure: its number (`32600000`, more than it if `approx`), the year before's, and its
/// written forms by language (`3260万元`, `32.6 million yuan`; approx `315万余元`).
public struct FigureValue: Sendable, Hashable {
    public let key: String
    public let number: StatNumber
    public let approx: Bool
    public let previous: StatNumber?
    /// Which way it moved from `previous`; nil without one.
    public let direction: ChangeDirection?
    public let written: [String: Written]

    /// A figure in one language.
    public struct Written: Sendable, Hashable {
        /// What it counts: `立电诈刑事案件`, `Fraud cases filed`.
        public let label: String
        /// The number with its unit: `4400余万元`, `more than 44 million yuan`.
        public let value: String
        /// The year-on-year comparison: `同比下降53.29%`; nil without a previous figure.
        public let change: String?

        public init(label: String, value: String, change: String? = nil) {
            self.label = label
            self.value = value
            self.change = change
        }
    }

    public init(key: String, number: StatNumber, approx: Bool = false, previous: StatNumber? = nil,
                direction: ChangeDirection? = nil, written: [String: Written]) {
        self.key = key
        self.number = number
        self.approx = approx
        self.previous = previous
        self.direction = direction
        self.written = written
    }

    public func written(_ language: Language) -> Written? { written[language.code] }
}
