/// A poster panel's size fitted on width as well as on height: its slogans are set no larger
/// than breaks them only where they break at display size. clerk8's tri-fold flap, fitted on
/// height only, set `陌生链接不点击，验证码不告诉任何人` so large that it broke inside both
/// phrases (`陌生链接不点 / 击，验证码不 / 告诉任何人`) where `陌生链接不点击，/ 验证码不告诉任何人` fits.
extension CopyFit {
    /// The largest factor from `top` down to `base`, in steps of 4%, at which no slogan of the
    /// group breaks inside a phrase more often than at `base` (nor has to part a word).
    func posterCeiling(_ group: Group, from base: Double, to top: Double) -> Double {
        let width = group.frames.map { design.frames[$0].rect.width }.min() ?? 0
        /// How often each slogan breaks inside a phrase at `factor` (`Int.max` for a word parted).
        func breaks(_ factor: Double) -> [Int]? {
            var factors: [Section: Double] = [:]
            for s in group.sections { factors[s] = factor }
            guard let blocks = try? content(factors) else { return nil }
            return group.sections.flatMap { blocks[$0] ?? [] }.compactMap { spec -> Int? in
                guard case .text(let text, let style) = spec.kind, style.slogan else { return nil }
                let layout = TextLayout.cached(text, style: style, width: width - spec.inset, engine: engine)
                return layout.relaxed ? Int.max : layout.midPhraseBreaks
            }
        }
        guard let most = breaks(base) else { return top }
        var factor = top
        while factor > base, let found = breaks(factor), zip(found, most).contains(where: { $0 > $1 }) { factor *= 0.96 }
        return max(base, factor)
    }
}
