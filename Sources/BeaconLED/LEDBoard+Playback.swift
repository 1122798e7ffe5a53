import BeaconContent
import BeaconCore

extension LEDBoard {
    /// Reads `stay`, `speed`, `effect` and `align`; a bad value is an error naming its line,
    /// and the defaults stand in for what is not given.
    static func parsePlayback(_ item: YAMLValue, mode: Mode, problems: DiagnosticCollector) -> LEDPlayback {
        var playback = LEDPlayback(effect: LEDPlayback.defaultEffect(for: mode))
        if let v = item["stay"], !v.isNull, let n = problems.capture({ try v.int("stay") }) {
            if LEDPlayback.stays.contains(n) { playback.stay = n } else {
                problems.add(v.error("`stay` must be a number of seconds from \(LEDPlayback.stays.lowerBound) to \(LEDPlayback.stays.upperBound), found \(n).",
                                     hint: "Most boards show a screen for 3 to 5 seconds; 3 is the default."))
            }
        }
        if let v = item["speed"], !v.isNull, let n = problems.capture({ try v.int("speed") }) {
            if LEDPlayback.speeds.contains(n) { playback.speed = n } else {
                problems.add(v.error("`speed` must be a level from 1 (slowest) to 10 (fastest), found \(n).",
                                     hint: "5 is the default; the controller software turns the level into its own scale."))
            }
        }
        if let v = item["effect"], !v.isNull, let s = problems.capture({ try v.nonEmptyString("effect") }) {
            if let e = LEDPlayback.Effect(named: s) { playback.effect = e } else {
                let names = LEDPlayback.Effect.allCases.map(\.rawValue)
                problems.add(v.error("Unknown effect `\(s)`.",
                                     hint: NearestName.hint(for: s, among: names, noun: "effects") + " The effects every common controller has are: \(names.joined(separator: ", "))."))
            }
        }
        if let v = item["align"], !v.isNull, let s = problems.capture({ try v.nonEmptyString("align") }) {
            let key = s.lowercased() == "centre" ? "center" : s.lowercased()
            if let a = LEDPlayback.Align(rawValue: key) { playback.align = a } else {
                problems.add(v.error("`align` must be `left` or `center`, found `\(s)`.",
                                     hint: "`center` (the default) puts a short screen in the middle of the board; `left` starts it at the left edge."))
            }
        }
        return playback
    }
}
