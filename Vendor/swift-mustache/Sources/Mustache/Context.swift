//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

/// An object on the context stack, with its `MustacheParent` conformance found once when it
/// is pushed rather than at every lookup that reaches it
struct MustacheStackEntry {
    let object: Any
    /// `object` as a `MustacheParent`; nil when it is not one
    let parent: MustacheParent?
    /// Whether `object` has a custom representation: then it is looked up as before, through
    /// its representation, at every lookup (the representation may change)
    let hasCustomRepresentation: Bool
    /// Whether a lookup may find a child of `object` by `Mirror`: not for a `String`, whose
    /// mirror has no children (a section over a string pushes it)
    let isReflected: Bool

    init(_ object: Any, types: MustacheTypeCache) {
        self.object = object
        if types.customRepresentation(object) != nil {
            self.parent = nil
            self.hasCustomRepresentation = true
            self.isReflected = false
        } else {
            self.parent = object as? MustacheParent
            self.hasCustomRepresentation = false
            self.isReflected = self.parent == nil && Swift.type(of: object) != String.self
        }
    }
}

/// The types found not to conform to `MustacheCustomRepresentation` during one render, so a
/// lookup tests a value of such a type without a protocol cast. Used by one render, on one thread.
///
/// A render meets a handful of types (`String`, `Bool`, the program's own), so they are kept in
/// a short array scanned in order, which is cheaper than hashing into a `Set` at every lookup;
/// every render starts from the types earlier renders found (`known`), so it casts only a type
/// that is new to the program.
final class MustacheTypeCache {
    @exclusivity(unchecked) private var plainTypes: [ObjectIdentifier] = []
    /// The types of `isPlainSectionValue`, as `plainTypes` (`knownSectionPlain`: of every render).
    @exclusivity(unchecked) fileprivate var plainSectionTypes: [ObjectIdentifier] = []
    fileprivate static let knownSectionPlain = KnownPlainTypes()

    /// The types any render found not to conform (a conformance does not come or go while the
    /// program runs), shared by the renders of every thread.
    private static let known = KnownPlainTypes()

    /// `value as? MustacheCustomRepresentation`
    func customRepresentation(_ value: Any) -> MustacheCustomRepresentation? {
        let type = Swift.type(of: value)
        let id = ObjectIdentifier(type)
        for plain in self.plainTypes where plain == id { return nil }
        // an Optional may hold a value that conforms: its type is never remembered
        if type is AnyOptional.Type { return value as? MustacheCustomRepresentation }
        if Self.known.contains(id) {
            self.plainTypes.append(id)
            return nil
        }
        if let custom = value as? MustacheCustomRepresentation { return custom }
        self.plainTypes.append(id)
        Self.known.insert(id)
        return nil
    }
}

extension MustacheTypeCache {
    /// Whether a section over `value` only needs to know if it is `true`, `false` or an object to
    /// push: its type is neither a `MustacheSequence` nor `MustacheCustomRenderable`, found once
    /// per type instead of two protocol casts at every section. Never for an Optional, an
    /// `AnyHashable` or a class instance, whose casts may depend on the value.
    func isPlainSectionValue(_ value: Any) -> Bool {
        let type = Swift.type(of: value)
        let id = ObjectIdentifier(type)
        for plain in self.plainSectionTypes where plain == id { return true }
        if type is AnyOptional.Type || type is AnyClass || type == AnyHashable.self { return false }
        if !Self.knownSectionPlain.contains(id) {
            guard !(value is any MustacheSequence), !(value is MustacheCustomRenderable) else { return false }
            Self.knownSectionPlain.insert(id)
        }
        self.plainSectionTypes.append(id)
        return true
    }
}

/// Types found not to conform to `MustacheCustomRepresentation`, behind a lock.
private final class KnownPlainTypes: @unchecked Sendable {
    private let lock = NSLock()
    private var types: Set<ObjectIdentifier> = []

    func contains(_ id: ObjectIdentifier) -> Bool { self.lock.withLock { self.types.contains(id) } }
    func insert(_ id: ObjectIdentifier) { _ = self.lock.withLock { self.types.insert(id) } }
}

/// Context while rendering mustache tokens
struct MustacheContext {
    let stack: [MustacheStackEntry]
    let types: MustacheTypeCache
    let sequenceContext: MustacheSequenceContext?
    let indentation: String?
    let inherited: [String: MustacheTemplate]?
    let contentType: MustacheContentType
    let library: MustacheLibrary?
    let reloadPartials: Bool

    /// initialize context with a single objectt
    init(_ object: Any, library: MustacheLibrary? = nil, reloadPartials: Bool = false) {
        self.types = MustacheTypeCache()
        self.stack = [MustacheStackEntry(object, types: self.types)]
        self.sequenceContext = nil
        self.indentation = nil
        self.inherited = nil
        self.contentType = HTMLContentType()
        self.library = library
        self.reloadPartials = reloadPartials
    }

    private init(
        stack: [MustacheStackEntry],
        types: MustacheTypeCache,
        sequenceContext: MustacheSequenceContext?,
        indentation: String?,
        inherited: [String: MustacheTemplate]?,
        contentType: MustacheContentType,
        library: MustacheLibrary? = nil,
        reloadPartials: Bool
    ) {
        self.stack = stack
        self.types = types
        self.sequenceContext = sequenceContext
        self.indentation = indentation
        self.inherited = inherited
        self.contentType = contentType
        self.library = library
        self.reloadPartials = reloadPartials
    }

    /// return context with object add to stack
    func withObject(_ object: Any) -> MustacheContext {
        var stack = self.stack
        stack.append(MustacheStackEntry(object, types: self.types))
        return .init(
            stack: stack,
            types: self.types,
            sequenceContext: nil,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with indent and parameter information for invoking a partial
    func withPartial(indented: String?, inheriting: [String: MustacheTemplate]?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        let inherits: [String: MustacheTemplate]?
        if let inheriting {
            if let originalInherits = self.inherited {
                inherits = originalInherits.merging(inheriting) { value, _ in value }
            } else {
                inherits = inheriting
            }
        } else {
            inherits = self.inherited
        }
        return .init(
            stack: self.stack,
            types: self.types,
            sequenceContext: nil,
            indentation: indentation,
            inherited: inherits,
            contentType: HTMLContentType(),
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with indent information for invoking an inheritance block
    func withBlockExpansion(indented: String?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        return .init(
            stack: self.stack,
            types: self.types,
            sequenceContext: nil,
            indentation: indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withSequence(_ object: Any, sequenceContext: MustacheSequenceContext) -> MustacheContext {
        var stack = self.stack
        stack.append(MustacheStackEntry(object, types: self.types))
        return .init(
            stack: stack,
            types: self.types,
            sequenceContext: sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withContentType(_ contentType: MustacheContentType) -> MustacheContext {
        .init(
            stack: self.stack,
            types: self.types,
            sequenceContext: self.sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }
}
