import BeaconContent
import BeaconCore
import BeaconStats

/// The statistics as the LED boards quote them: the latest period's figures, written exactly
/// as on the website by the statistics module's own writer.
extension StatsCollection: LEDFigureSource {
    public var ledSourcePath: String { latest?.file ?? "content/stats" }

    public func ledPeriodLabel(language: Language, strings: ThemeStrings) -> String? {
        latest?.label(language: language, strings: strings)
    }

    public func ledValue(metric: String, language: Language, strings: ThemeStrings) -> String? {
        latest?.formatted(metric: metric, language: language, strings: strings)
    }

    public func ledChange(metric: String, language: Language, strings: ThemeStrings) -> String? {
        latest?.formattedChange(metric: metric, language: language, strings: strings)
    }
}
