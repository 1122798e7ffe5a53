import BeaconCore

/// Everything the LED step makes: files under `led/<board>/`, the `/led/` page in every
/// language, the warnings to show, and the programs themselves (for `beacon led`).
public struct LEDBuildResult: Sendable {
    public var files: [OutputFile]
    public var pages: [ExtraPage]
    public var warnings: [Diagnostic]
    public var programs: [LEDProgram]
    /// Each board's screens drawn as text boxes for the terminal.
    public var terminalText: String

    public init(files: [OutputFile] = [], pages: [ExtraPage] = [], warnings: [Diagnostic] = [], programs: [LEDProgram] = [],
                terminalText: String = "") {
        self.files = files
        self.pages = pages
        self.warnings = warnings
        self.programs = programs
        self.terminalText = terminalText
    }
}
