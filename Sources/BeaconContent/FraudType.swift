import BeaconCore

/// One entry of the site's fraud-type taxonomy (`site.yaml` `fraud_types:`).
public struct FraudType: Sendable, Hashable {
    /// Stable key used in front matter, statistics and URLs: `task-rebate`.
    public let key: String
    public let label: Localized
    /// Position in `site.yaml`, which is the order lists show them in.
    public let order: Int
}
