import BeaconCore

extension ContentPage {
    /// A bulletin's `amount:` (SPEC §3): whole yuan, `3150000`, or
    /// `{value: 3150000, approx: true}` when the figure is "more than" (余).
    static func readAmount(_ v: YAMLValue) throws -> (value: Int, approx: Bool) {
        guard v.isMapping else { return (try v.nonNegativeInt("amount"), false) }
        if let unknown = try v.unknownKeys(known: ["value", "approx"]).first { throw unknown }
        guard let value = v["value"], !value.isNull else {
            throw v.error("`amount` has no `value`.", hint: "Write e.g. `amount: {value: 3150000, approx: true}`, the yuan in digits.")
        }
        let approx = try v["approx"].map { $0.isNull ? false : try $0.bool("amount.approx") } ?? false
        return (try value.nonNegativeInt("amount.value"), approx)
    }
}
