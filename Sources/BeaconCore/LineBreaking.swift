/// The punctuation a line must not start or end with (clreq's and JIS X 4051's basic rules),
/// shared by the LED line breaker and the charts' label wrapping. The leaflets leave these to
/// Pango and add only what it lacks (`LineBreakRules` in BeaconLeaflet).
public enum LineBreaking {
    /// Characters that must not start a line: closing brackets and quotes, pause and stop
    /// marks, and what belongs to the figure before it (`%`, `℃`).
    public static let cannotStartLine: Set<Character> = Set("，。、；：？！）》」』】〕〗〙〛〉’”…‥・·%％‰℃°,.;:?!)]}>～")
    /// Characters that must not end a line: opening brackets and quotes.
    public static let cannotEndLine: Set<Character> = Set("（《「『【〔〖〘〚〈‘“([{<")
}
