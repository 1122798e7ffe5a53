extension SiteBuilder {
    /// True when a print part (LED, leaflets, banners) whose inputs changed may keep its last
    /// results in this build (`BuildOptions.printLater`); notes that it did.
    func printsLater() -> Bool {
        guard options.printLater else { return false }
        state.printPending = true
        return true
    }

    /// True when this build kept print results whose inputs had changed: another build without
    /// `printLater` makes them anew.
    public var printPending: Bool { state.printPending }
}
