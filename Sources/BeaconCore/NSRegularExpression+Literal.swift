import Foundation

extension NSRegularExpression {
    /// An expression whose pattern is a literal in Beacon's own code, never user input: the
    /// one place such a pattern is compiled without `try!`. An invalid literal is a
    /// programmer's mistake that the first test touching it finds, so it stops with the
    /// pattern named instead of going on without the expression.
    public static func literal(_ pattern: StaticString, options: Options = []) -> NSRegularExpression {
        let text = pattern.description
        do {
            return try NSRegularExpression(pattern: text, options: options)
        } catch {
            preconditionFailure("Invalid regular expression literal \(text): \(error)")
        }
    }
}
