import BeaconContent
import BeaconCore

/// What the LED programs need from the statistics: the latest period's figures, written the
/// same way as on the website (`838起`, `同比下降53.29%`, `4400余万元`).
///
/// `BeaconStats` provides the figures; the conformance lives in `StatsCollection+LED.swift`
/// so this module's headline logic does not depend on the statistics model's shape.
public protocol LEDFigureSource: Sendable {
    /// Path of the statistics file the latest period comes from, for messages.
    var ledSourcePath: String { get }
    /// The period's label in `language` (`2021年1月至10月`), or nil.
    func ledPeriodLabel(language: Language, strings: ThemeStrings) -> String?
    /// A metric's value with its unit (`838起`, `44 million yuan`), or nil when the period lacks it.
    func ledValue(metric: String, language: Language, strings: ThemeStrings) -> String?
    /// The year-on-year change of a metric (`同比下降53.29%`), or nil when there is no previous figure.
    func ledChange(metric: String, language: Language, strings: ThemeStrings) -> String?
}
