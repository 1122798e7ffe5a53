/// A poster panel's size fitted on width as well as on height: its slogans are set no larger
/// than breaks them only where they break at display size. clerk8's tri-fold flap, fitted on
/// height only, set `陌生链接不点击，验证码不告诉任何人` so large that it broke inside both
/// phrases (`陌生链接不点 / 击，验证码不 / 告诉任何人`) where `陌生链接不点击，/ 验证码不告诉任何人` fits.
extension CopyFit {
    /// The largest factor from `top` down to `base`, in steps of 4%, at which no slogan of the
    /// group breaks inside a phrase more often than at `base` (nor has to part a word); raised
    /// again, if need be, until the group fills its panels to within a quarter of the trim
    /// height (a panel filled comes first: three slogans set small would leave it half blank).
    func posterCeiling(_ group: Group, from base: Double, to top: Double) -> Double {
        let frames = group.frames.map { design.frames[$0] }
        let width = frames.map(\.rect.width).min() ?? 0
        /// The group's slogan blocks at `factor`, set at the panel's width.
        func set(_ factor: Double) -> [(spec: BlockSpec, layout: TextLayout)]? {
            var factors: [Section: Double] = [:]
            for s in group.sections { factors[s] = factor }
            guard let blocks = try? content(factors) else { return nil }
            return group.sections.flatMap { blocks[$0] ?? [] }.compactMap { spec in
                guard case .text(let text, let style) = spec.kind else { return nil }
                return (spec, TextLayout.cached(text, style: style, width: width - spec.inset, engine: engine))
            }
        }
        /// How often each slogan breaks inside a phrase at `factor` (`Int.max` for a word parted).
        func breaks(_ factor: Double) -> [Int]? {
            set(factor)?.filter { $0.layout.style.slogan }.map { $0.layout.relaxed ? Int.max : $0.layout.midPhraseBreaks }
        }
        /// Whether the group leaves no band over a quarter, before it is spread (spreading only
        /// narrows the bands, and by how much depends on where the flow puts each block).
        func fills(_ factor: Double) -> Bool {
            guard let blocks = set(factor) else { return true }
            let quarter = mm(design.format.trimSize.height) / 4 - mm(4)
            let height = blocks.reduce(0) { $0 + $1.spec.spaceBefore + $1.layout.height }
            return height >= frames.reduce(0) { $0 + $1.rect.height - quarter }
        }
        guard let most = breaks(base) else { return top }
        var factor = top
        while factor > base, let found = breaks(factor), zip(found, most).contains(where: { $0 > $1 }) { factor *= 0.96 }
        factor = max(base, factor)
        while factor < top, !fills(factor) { factor = min(top, factor / 0.96) }
        return factor
    }
}
