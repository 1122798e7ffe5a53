//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

/// An object on the context stack, with its `MustacheParent` conformance found once when it
/// is pushed rather than at every lookup that reaches it. A class: a lookup that climbs the
/// stack reads each entry it passes, and copying a struct of two existentials (and releasing
/// the copy) cost more than the lookup itself.
final class MustacheStackEntry {
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
            self.parent = types.parent(object)
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
    /// What a section does with a value of each type met (`sectionKind`), as `plainTypes`.
    @exclusivity(unchecked) var sectionKinds: [(id: ObjectIdentifier, kind: MustacheSectionKind)] = []
    /// Each type's `MustacheParent` conformance met (`parent`), as `plainTypes`.
    @exclusivity(unchecked) var parentTypes: [(id: ObjectIdentifier, type: MustacheParent.Type?)] = []

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

/// What a section or inverted section does with a value, found once for its type.
enum MustacheSectionKind {
    /// Neither a `MustacheSequence` nor `MustacheCustomRenderable`, and not a `Bool`: pushed
    /// (a section) or left out (an inverted section).
    case object
    /// A `Bool`: shown when true (a section), when false (an inverted section).
    case bool
    /// A `MustacheSequence` (whatever else it is): repeated for each item.
    case sequence(any MustacheSequence.Type)
    /// Cast at every section, as before: a custom renderable that is not a sequence (its
    /// `isNull` is asked each time), an Optional, an `AnyHashable` or a class instance, whose
    /// casts may depend on the value.
    case byValue
}

extension MustacheTypeCache {
    /// What a section does with `value`: the protocol casts a section made at every value
    /// (`as? MustacheSequence`, `as? MustacheCustomRenderable`, about 1,500 instructions each)
    /// are made once per type; a render scans its handful of types, and asks the types every
    /// render found before casting.
    func sectionKind(_ value: Any) -> MustacheSectionKind {
        let type = Swift.type(of: value)
        let id = ObjectIdentifier(type)
        for entry in self.sectionKinds where entry.id == id { return entry.kind }
        let kind: MustacheSectionKind
        if let known = Self.knownSectionKinds.value(id) {
            kind = known
        } else {
            if type is AnyOptional.Type || type is AnyClass || type == AnyHashable.self {
                kind = .byValue
            } else if let sequence = type as? any MustacheSequence.Type {
                kind = .sequence(sequence)
            } else if type is MustacheCustomRenderable.Type {
                kind = .byValue
            } else {
                kind = type == Bool.self ? .bool : .object
            }
            Self.knownSectionKinds.set(id, kind)
        }
        self.sectionKinds.append((id, kind))
        return kind
    }

    /// `value as? MustacheParent`, with the protocol cast made once per type: a value of a type
    /// found to conform is cast to that type (a cast to a concrete type, which costs much less).
    /// Optionals, `AnyHashable` and class instances, whose casts may depend on the value, are cast
    /// each time.
    func parent(_ value: Any) -> MustacheParent? {
        let type = Swift.type(of: value)
        let id = ObjectIdentifier(type)
        for entry in self.parentTypes where entry.id == id {
            guard let parentType = entry.type else { return nil }
            return parentType.parent(of: value)
        }
        if type is AnyOptional.Type || type is AnyClass || type == AnyHashable.self {
            return value as? MustacheParent
        }
        let parentType: MustacheParent.Type?
        if let known = Self.knownParentTypes.value(id) {
            parentType = known.type
        } else {
            parentType = type as? MustacheParent.Type
            Self.knownParentTypes.set(id, ParentConformance(type: parentType))
        }
        self.parentTypes.append((id, parentType))
        return parentType?.parent(of: value)
    }

    /// The section kinds any render found (a conformance does not come or go while the program
    /// runs), shared by the renders of every thread.
    private static let knownSectionKinds = KnownTypes<MustacheSectionKind>()
    /// The `MustacheParent` conformances any render found, as `knownSectionKinds`.
    private static let knownParentTypes = KnownTypes<ParentConformance>()
}

/// A type's `MustacheParent` conformance: nil when it has none.
private struct ParentConformance {
    let type: MustacheParent.Type?
}

/// What renders found about types, behind a lock.
private final class KnownTypes<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ObjectIdentifier: Value] = [:]

    func value(_ id: ObjectIdentifier) -> Value? { self.lock.withLock { self.values[id] } }
    func set(_ id: ObjectIdentifier, _ value: Value) { self.lock.withLock { self.values[id] = value } }
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
