//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

/// Class holding Mustache template
public struct MustacheTemplate: Sendable, CustomStringConvertible {
    /// Initialize template
    /// - Parameter string: Template text
    /// - Throws: MustacheTemplate.Error
    public init(string: String) throws {
        let template = try Self.parse(string)
        self.tokens = template.tokens
        self.text = string
        self.filename = nil
    }

    /// Render object using this template
    /// - Parameters
    ///   - object: Object to render
    ///   - library: library template uses to access partials
    /// - Returns: Rendered text
    public func render(_ object: Any, library: MustacheLibrary? = nil) -> String {
        // room for what this template rendered last time, so appending does not grow the
        // string again and again (copying it each time) on the way to a page's size
        var string = ""
        string.reserveCapacity(self.outputSize.last)
        self.render(context: .init(object, library: library), into: &string)
        self.outputSize.last = string.utf8.count
        return string
    }

    /// Render object using this template
    /// - Parameters
    ///   - object: Object to render
    ///   - library: library template uses to access partials
    ///   - reload: Should I reload this template when rendering. This is only available in debug builds
    /// - Returns: Rendered text
    public func render(_ object: Any, library: MustacheLibrary? = nil, reload: Bool) -> String {
        #if DEBUG
        if reload {
            guard let filename else {
                preconditionFailure("Can only use reload if template was generated from a file")
            }
            do {
                guard let template = try MustacheTemplate(filename: filename) else { return "Cannot find template at \(filename)" }
                return template.render(context: .init(object, library: library, reloadPartials: reload))
            } catch {
                return "\(error)"
            }
        }
        #endif
        return self.render(context: .init(object, library: library))
    }

    internal init(_ tokens: [Token], text: String) {
        self.tokens = tokens
        self.filename = nil
        self.text = text
    }

    public var description: String { self.text }

    enum Token: Sendable /* , CustomStringConvertible */ {
        case text(String)
        case variable(name: VariableName, transforms: [String] = [])
        case unescapedVariable(name: VariableName, transforms: [String] = [])
        case section(name: VariableName, transforms: [String] = [], template: MustacheTemplate)
        case invertedSection(name: VariableName, transforms: [String] = [], template: MustacheTemplate)
        case blockDefinition(name: String, template: MustacheTemplate)
        case blockExpansion(name: String, default: MustacheTemplate, indentation: String?)
        case partial(String, indentation: String?, inherits: [String: MustacheTemplate]?)
        case dynamicNamePartial(String, indentation: String?, inherits: [String: MustacheTemplate]?)
        case contentType(MustacheContentType)
    }

    /// A variable name as written in a tag, split at its dots once when the template is parsed
    /// instead of at every lookup.
    struct VariableName: Sendable, Equatable, ExpressibleByStringLiteral {
        /// Where a lookup starts, from the name's text
        enum Kind: Sendable {
            /// `.`: the current object
            case current
            /// `` (with a transform): the sequence context
            case empty
            /// `.name`: in the current object only
            case currentOnly
            /// `name`: up the context stack
            case stack
        }

        let text: String
        let parts: [String]
        let kind: Kind

        init(_ text: String) {
            self.text = text
            self.parts = text.split(separator: ".").map { String($0) }
            self.kind = text == "." ? .current : text == "" ? .empty : text.first == "." ? .currentOnly : .stack
        }

        init(stringLiteral text: String) { self.init(text) }

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.text == rhs.text }
    }

    var tokens: [Token]
    let text: String
    let filename: String?
    /// How long the text rendered last time was, shared by the copies of this template
    let outputSize = MustacheOutputSize()
}

/// How many UTF-8 bytes a template rendered last time, read and written by the renders of
/// every thread.
final class MustacheOutputSize: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = 0

    var last: Int {
        get { self.lock.withLock { self.bytes } }
        set { self.lock.withLock { self.bytes = newValue } }
    }
}
