/// Other plans of a format for little content, tried in order when the format's own plan
/// leaves a panel with a blank band: as a designer with one or two short cases would, they
/// give the spare panels to the figures, the slogans and the theme's stock tips, each set
/// large in a panel of its own.
extension Design {
    /// The format's own plan first, then the plans for less content.
    static func variants(_ format: LeafletFormat) -> [Design] {
        switch format {
        case .a4Trifold: return [trifold, trifoldTwoCases, trifoldFlapTips, trifoldOneCase, trifoldShortCase, trifoldNoCases]
        case .a4: return [a4, a4FewCases, a4TallFigures, a4TallFiguresFewCases, a4SmallFigures, a4SmallFiguresFewCases, a4Short, a4ShortTipsInFront]
        case .a5: return [a5, a5Tips, a5FrontTips, a5FiguresInARow, a5SlogansBesideHotlines]
        }
    }

    private static func r(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> Rect {
        Rect(x: mm(x), y: mm(y), width: mm(w), height: mm(h))
    }

    /// The tri-fold with the stock tips after the cases on the inside panels.
    static var trifoldTwoCases: Design {
        // Frames of `trifold`: 0 front cover, 1 flap, 2 back cover, 3–5 inside left, middle, right, 6 footer band.
        var d = trifold
        for i in 3...5 { d.frames[i].sections = [.cases, .tips] }
        return d
    }

    /// The tri-fold with the stock tips under the slogans on the flap (a flap of a few slogans
    /// is otherwise two thirds blank), the rest of them after the cases inside.
    static var trifoldFlapTips: Design {
        var d = trifoldTwoCases
        d.frames[1].sections = [.figures, .slogans, .tips]
        return d
    }

    /// The tri-fold for one case: the figures on the inside left, the case in the middle, the
    /// stock tips on the flap and the inside right (the panel behind it); the slogans and the
    /// contact box on the back cover.
    static var trifoldOneCase: Design {
        var d = trifold
        d.frames[1].sections = [.tips]
        d.frames[2].sections = [.slogans, .contact]
        d.frames[3].sections = [.figures]
        d.frames[5].sections = [.tips]
        return d
    }

    /// The A5 letter with its figures in one row, however small (two cases, figures and slogans
    /// are more than the letter holds with the figures in two rows).
    static var a5FiguresInARow: Design {
        var d = a5
        d.frames[3].figureRows = .one
        return d
    }

    /// The A5 letter with the slogans in the tinted band beside the hotlines, leaving the back's
    /// text frame to the cases and the figures (two cases with figures and a slogan).
    static var a5SlogansBesideHotlines: Design {
        var d = a5
        d.frames[3].sections = [.cases, .figures]
        d.frames[4].rect = r(76, 152, 62, 48)
        d.frames.append(Frame(name: "slogans beside the contact box on the back page", page: 1, rect: r(10, 152, 60, 48), sections: [.slogans]))
        return d
    }

    /// The A5 letter with the stock tips after a short letter on the front, the rest on the back.
    static var a5FrontTips: Design {
        var d = a5Tips
        d.frames[2].sections.append(.tips)
        return d
    }

    /// The A5 letter with the stock tips after the slogans on the back.
    static var a5Tips: Design {
        // Frames of `a5`: 0 title band, 1 QR code, 2 front text, 3 back text, 4 contact box.
        var d = a5
        d.frames[3].sections.append(.tips)
        return d
    }

    /// A4 with a taller figures band (two rows, for long English figures such as
    /// `more than 44 million yuan`) and shorter columns under it.
    static var a4TallFigures: Design {
        var d = a4
        d.frames[2].rect = r(12, 81, 186, 62)
        d.frames[2].figureRows = .many
        d.frames[3].rect = r(12, 149, 89, 136)
        d.frames[4].rect = r(109, 149, 89, 136)
        return d
    }

    /// A4 as designed, its figures in one row however small (when the taller band leaves the
    /// cases too little room).
    static var a4SmallFigures: Design {
        var d = a4
        d.frames[2].figureRows = .one
        return d
    }

    static var a4SmallFiguresFewCases: Design {
        var d = a4FewCases
        d.frames[2].figureRows = .one
        return d
    }

    static var a4TallFiguresFewCases: Design {
        var d = a4TallFigures
        for i in 3...7 { d.frames[i].sections.append(.tips) }
        d.frames[7].tipsOnlyAlone = true
        return d
    }

    /// A4 with the stock tips after the cases, in the columns the cases leave, and beside the
    /// contact box when there are no slogans (else the tinted band is half blank).
    static var a4FewCases: Design {
        // Frames of `a4`: 0 title band, 1 QR code, 2 figures, 3–4 front columns, 5–6 back columns, 7 slogans, 8 contact box.
        var d = a4
        for i in 3...7 { d.frames[i].sections.append(.tips) }
        d.frames[7].tipsOnlyAlone = true
        return d
    }
}
