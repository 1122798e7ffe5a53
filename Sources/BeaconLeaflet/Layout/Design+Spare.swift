/// Plans for leaflets with little to print (one short case, or none): the spare room goes to
/// the parts a clerk would put there, not to a blank band.
extension Design {
    /// A4 for one short case, or none: the front is the title, the case and the stock tips in
    /// two columns; the back gives a column to the figures (a grid of two, set large) and the
    /// slogans, the other to the stock tips left over and the contact box with the QR code.
    static var a4Short: Design {
        // Frames of `a4`: 0 title band, 1 QR code, 2 figures, 3–4 front columns, 5–6 back columns, 7 slogans, 8 contact box.
        var d = a4
        d.frames[2].page = 1
        d.frames[2].rect = Rect(x: mm(12), y: mm(12), width: mm(89), height: mm(273))
        d.frames[2].sections = [.figures, .slogans]
        d.frames[2].figureRows = .many
        d.frames[3].rect = Rect(x: mm(12), y: mm(81), width: mm(89), height: mm(204))
        d.frames[4].rect = Rect(x: mm(109), y: mm(81), width: mm(89), height: mm(204))
        d.frames[3].sections = [.intro, .cases, .tips]
        d.frames[4].sections = [.cases, .tips]
        d.frames[5].sections = []
        d.frames[6].sections = [.tips, .contact]
        d.frames[6].rect = Rect(x: mm(109), y: mm(12), width: mm(89), height: mm(273))
        d.frames[7].sections = []
        d.frames[8].sections = []
        d.fills.removeLast()
        // The figures' frame comes first in reading order on the back (the flow takes frames in order).
        let figures = d.frames.remove(at: 2)
        d.frames.insert(figures, at: 4)
        return d
    }
}

extension Design {
    /// `a4Short` with every stock tip on the front and the contact box alone in the back's
    /// second column (no case: the tips fill the front's columns).
    static var a4ShortTipsInFront: Design {
        var d = a4Short
        // Frames of `a4Short`: 0 title band, 1 QR code, 2–3 front columns, 4 back figures and slogans, 5 (empty), 6 back column, 7–8 (empty).
        d.frames[6].sections = [.contact]
        return d
    }

    /// The tri-fold for one short case: the case in the middle with the stock tips after it,
    /// running on to the inside right; the figures on the inside left, the slogans set large on
    /// the flap and the contact box alone on the back cover. (`trifoldOneCase` leaves a short
    /// case's panel more than half blank; its tips on the flap and the inside right, spread.)
    static var trifoldShortCase: Design {
        // Frames of `trifold`: 0 front cover, 1 flap, 2 back cover, 3–5 inside left, middle, right, 6 footer band.
        var d = trifoldOneCase
        d.frames[1].sections = [.slogans]
        d.frames[2].sections = [.contact]
        d.frames[4].sections = [.cases, .tips]
        return d
    }

    /// The tri-fold with no case: the figures on the inside left, the slogans set large in the
    /// middle, the stock tips on the flap and the inside right; the contact box alone on the back cover.
    static var trifoldNoCases: Design {
        // Frames of `trifold`: 0 front cover, 1 flap, 2 back cover, 3–5 inside left, middle, right, 6 footer band.
        var d = trifoldOneCase
        d.frames[2].sections = [.contact]
        d.frames[4].sections = [.slogans]
        return d
    }
}

extension Design {
    /// The sections some frame of the plan prints; the contact box prints the hotlines and the QR code too.
    var printed: Set<Section> {
        var out = Set(frames.flatMap(\.sections))
        if out.contains(.contact) { out.formUnion([.hotlines, .qr]) }
        return out
    }

    /// Whether the plan prints every part the format's own plan prints but those in `absent`:
    /// a plan for no case has no frame for cases, and content with nowhere to go is no overflow
    /// to the flow (it would be left out without a word).
    func printsEverything(of own: Design, but absent: Set<Section>) -> Bool {
        own.printed.subtracting(absent).isSubset(of: printed)
    }
}
