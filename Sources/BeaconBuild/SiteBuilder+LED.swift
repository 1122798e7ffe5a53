import BeaconCore
import BeaconLED

extension SiteBuilder {
    /// The LED step: every board's program, UTF-8 copy and preview under `led/<board>/`, and the
    /// `/led/` page for the website step to wrap in the theme.
    func makeLEDPrograms() throws -> Message {
        guard let site = state.site else { return "" }
        // The statistics step ran before this one; StatsCollection+LED.swift makes the
        // collection the source of the headline sentences.
        let figures: (any LEDFigureSource)? = state.stats.flatMap { $0.isEmpty ? nil : $0 }
        let key = options.cache == nil ? 0 : ledKey(site)
        let result: LEDBuildResult
        if let hit = options.cache?.read({ $0.led }), hit.key == key || printsLater() {
            result = hit.result
        } else {
            result = try LEDBuilder.build(site: site, figures: figures, only: options.ledBoard)
            options.cache?.update { $0.led = (key, result) }
        }
        state.led = result
        state.files += result.files
        state.extraPages += result.pages
        state.warnings.add(contentsOf: result.warnings)
        state.ledBoards = result.programs.count
        let screens = result.programs.reduce(0) { $0 + $1.screens.count }
        return "\(result.programs.count) boards, \(screens) screens"
    }

    /// The LED programs made by `run()`, for `beacon led`.
    public var ledResult: LEDBuildResult? { state.led }
}
