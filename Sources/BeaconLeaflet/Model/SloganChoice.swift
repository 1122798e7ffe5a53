/// Which slogans of `content/slogans.yaml` a leaflet prints.
public enum SloganChoice: Sendable, Equatable {
    case all
    /// 0-based positions in slogans.yaml, in the order the leaflet prints them.
    case indexes([Int])
    case none
}
