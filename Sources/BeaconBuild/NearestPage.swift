import BeaconCore

/// The page name a mistyped link was meant to reach: a near spelling (`NearestName`), else
/// the one name that contains what was written or is contained in it (`fake-refund` →
/// `fake-refund-call`), as writers shorten or lengthen slugs from memory.
enum NearestPage {
    static func suggest(_ written: String, among names: Set<String>) -> String? {
        if names.contains(written) { return written }
        if let near = NearestName.suggest(written, among: names.sorted()) { return near }
        let last = { (s: String) in String(s.split(separator: "/").last ?? Substring(s)) }
        let w = last(written)
        guard w.count >= 3 else { return nil }
        let containing = names.filter { n in let l = last(n); return l.contains(w) || (l.count >= 3 && w.contains(l)) }
        return containing.count == 1 ? containing.first : nil
    }
}
