/// Plans for content that leaves a part out (an A4 leaflet without statistics).
extension Design {
    /// The plan with each frame whose every part is absent closed up: the flowing frames just
    /// under it on its page start where it started, so its band is not left as a blank stripe
    /// between the title and the cases. Frames keep their places in `frames` (plans refer to
    /// them by index); the absent one simply stays empty.
    func closingUp(absent: Set<Section>) -> Design {
        var d = self
        for i in d.frames.indices where d.frames[i].tipsOnlyAlone && !Set(d.frames[i].sections).subtracting([.tips]).isSubset(of: absent) {
            d.frames[i].sections.removeAll { $0 == .tips }
        }
        for gone in frames where gone.align == .top && !gone.sections.isEmpty && Set(gone.sections).isSubset(of: absent) {
            for j in d.frames.indices {
                let f = d.frames[j]
                let below = f.rect.y >= gone.rect.maxY - 0.5 && f.rect.y - gone.rect.maxY < mm(12)
                let overlaps = min(f.rect.maxX, gone.rect.maxX) - max(f.rect.x, gone.rect.x) > mm(5)
                guard f.page == gone.page, f.align == .top, below, overlaps else { continue }
                let rise = f.rect.y - gone.rect.y
                d.frames[j].rect.y -= rise
                d.frames[j].rect.height += rise
            }
        }
        return d
    }
}
