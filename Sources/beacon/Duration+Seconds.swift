extension Duration {
    /// The duration in seconds, for the terminal's "in 0.32 s".
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
