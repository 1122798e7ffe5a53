/// The page plans, in millimetres from the trim's top left. Frames keep at least 9 mm from
/// the trim and 7 mm from a fold, well inside the 5 mm safe margin; backgrounds that touch
/// the edge run 3 mm into the bleed.
extension Design {
    static func of(_ format: LeafletFormat) -> Design {
        switch format {
        case .a4Trifold: return trifold
        case .a4: return a4
        case .a5: return a5
        }
    }

    private static func r(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> Rect {
        Rect(x: mm(x), y: mm(y), width: mm(w), height: mm(h))
    }

    /// A4 tri-fold (roll fold), 297×210 flat. Read flat, left to right:
    /// outside = [inside flap 97 | back cover 100 | front cover 100],
    /// inside  = [left 100 | middle 100 | right 97].
    /// The inside right panel (97 mm) folds in first, then the inside left panel folds over it,
    /// so the front cover is on top, the back cover underneath, and opening the cover shows the
    /// flap; the three inside panels read left to right once it is open.
    static var trifold: Design {
        let b = LeafletFormat.bleed
        return Design(format: .a4Trifold, frames: [
            Frame(name: "front cover", page: 0, rect: r(204, 12, 84, 186), sections: [.cover, .tagline, .intro], align: .centre, onDark: true),
            Frame(name: "inside flap", page: 0, rect: r(9, 12, 81, 186), sections: [.figures, .slogans]),
            // The slogans run on from the flap; the contact box is spread down the back cover.
            Frame(name: "back cover", page: 0, rect: r(104, 12, 86, 186), sections: [.slogans, .contact]),
            Frame(name: "inside left panel", page: 1, rect: r(9, 16, 84, 176), sections: [.cases]),
            Frame(name: "inside middle panel", page: 1, rect: r(107, 16, 86, 176), sections: [.cases]),
            Frame(name: "inside right panel", page: 1, rect: r(207, 16, 81, 176), sections: [.cases]),
            // Text in the band stays on the middle panel: nothing may cross a fold.
            Frame(name: "footer band inside", page: 1, rect: r(107, 197, 86, 8), sections: [.footer], align: .centre, onDark: true),
        ], fills: [
            Fill(page: 0, rect: r(197, -b, 100 + b, 210 + 2 * b), colour: Palette.brand),
            Fill(page: 0, rect: r(97, -b, 100, 210 + 2 * b), colour: Palette.tint),
            Fill(page: 1, rect: r(-b, -b, 297 + 2 * b, 7 + b), colour: Palette.brand),
            Fill(page: 1, rect: r(-b, 196, 297 + 2 * b, 14 + b), colour: Palette.brand),
        ], folds: [[mm(97), mm(197)], [mm(100), mm(200)]], pageNames: ["outside", "inside"])
    }

    /// A4 portrait, both sides: title band with the QR code, figures and two columns of cases on
    /// the front (what a noticeboard shows); the cases continue on the back above slogans and hotlines.
    static var a4: Design {
        let b = LeafletFormat.bleed
        return Design(format: .a4, frames: [
            Frame(name: "title band on the front page", page: 0, rect: r(12, 9, 150, 58), sections: [.cover], align: .centre, onDark: true),
            Frame(name: "QR code on the front page", page: 0, rect: r(168, 9, 30, 58), sections: [.qr], align: .centre, onDark: true),
            Frame(name: "figures on the front page", page: 0, rect: r(12, 81, 186, 46), sections: [.figures], figureRows: .oneIfLarge),
            Frame(name: "left column of the front page", page: 0, rect: r(12, 133, 89, 152), sections: [.intro, .cases]),
            Frame(name: "right column of the front page", page: 0, rect: r(109, 133, 89, 152), sections: [.cases]),
            Frame(name: "left column of the back page", page: 1, rect: r(12, 12, 89, 178), sections: [.cases]),
            Frame(name: "right column of the back page", page: 1, rect: r(109, 12, 89, 178), sections: [.cases]),
            Frame(name: "slogans on the back page", page: 1, rect: r(12, 205, 90, 80), sections: [.slogans]),
            Frame(name: "contact box on the back page", page: 1, rect: r(110, 205, 88, 80), sections: [.hotlines], align: .centre),
        ], fills: [
            Fill(page: 0, rect: r(-b, -b, 210 + 2 * b, 74 + b), colour: Palette.brand),
            Fill(page: 1, rect: r(-b, 197, 210 + 2 * b, 100 + b), colour: Palette.tint),
        ], columns: Array(repeating: [mm(0)...mm(105), mm(105)...mm(210)], count: 2), pageNames: ["front", "back"])
    }

    /// A5 portrait, both sides, large type: title band with the QR code and the letter with its
    /// cases on the front; figures and slogans on the back above the hotlines.
    static var a5: Design {
        let b = LeafletFormat.bleed
        return Design(format: .a5, frames: [
            Frame(name: "title band on the front page", page: 0, rect: r(10, 8, 94, 44), sections: [.cover], align: .centre, onDark: true),
            Frame(name: "QR code on the front page", page: 0, rect: r(108, 8, 32, 44), sections: [.qr], align: .centre, onDark: true),
            Frame(name: "text area of the front page", page: 0, rect: r(10, 64, 128, 136), sections: [.intro, .cases]),
            Frame(name: "text area of the back page", page: 1, rect: r(10, 10, 128, 128), sections: [.cases, .figures, .slogans]),
            Frame(name: "contact box on the back page", page: 1, rect: r(10, 152, 128, 48), sections: [.hotlines], align: .centre),
        ], fills: [
            Fill(page: 0, rect: r(-b, -b, 148 + 2 * b, 57 + b), colour: Palette.brand),
            Fill(page: 1, rect: r(-b, 146, 148 + 2 * b, 64 + b), colour: Palette.tint),
        ], pageNames: ["front", "back"])
    }
}
