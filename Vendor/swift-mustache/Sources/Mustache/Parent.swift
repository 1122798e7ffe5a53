//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Protocol for object that has a custom method for accessing their children, instead
/// of using Mirror
public protocol MustacheParent {
    func child(named: String) -> Any?

    /// What a dotted name (`a.b.c`, two names or more) looked up on the context stack finds
    /// when its first name is looked up in this object: for an object that can say it without
    /// handing each object on the way to the lookup (a cast to `MustacheParent`, a custom
    /// representation and a lambda test at each name). The default, `.byName`, has the lookup go
    /// name by name as before; an object that answers must answer what that would find.
    func descendant(named names: ArraySlice<String>) -> MustacheDescendant

    /// What a name (one name or more, `a` or `a.b.c`) printed by `{{name}}` or `{{{name}}}` finds
    /// when its first name is looked up in this object on the context stack, for an object that
    /// can say it without handing the value to the lookup as `Any` (then a custom representation
    /// test and casts to print it). The default, `.byName`, has the name looked up as before; an
    /// object that answers must answer what that would find.
    func text(named names: ArraySlice<String>) -> MustacheText
}

extension MustacheParent {
    public func descendant(named names: ArraySlice<String>) -> MustacheDescendant { .byName }
    public func text(named names: ArraySlice<String>) -> MustacheText { .byName }
}

/// What `MustacheParent.text(named:)` found.
public enum MustacheText {
    /// Look the name up as before: the object does not say, or the name finds something other
    /// than a `String` (a number, a map, a lambda, ...).
    case byName
    /// The object has no child of the first name: the lookup goes on down the context stack.
    case notHere
    /// The name finds this string: it is printed (escaped by `{{name}}`).
    case text(String)
    /// The object has a child of the first name, but the whole name finds nothing (nil, or a
    /// value whose custom representation is nil): nothing is printed.
    case nothing
}

extension MustacheParent {
    /// `value`, which is of this type, as a `MustacheParent`
    static func parent(of value: Any) -> MustacheParent { value as! Self }
}

/// What `MustacheParent.descendant(named:)` found.
public enum MustacheDescendant {
    /// Look the names up one by one.
    case byName
    /// The object has no child of the first name: the lookup goes on down the context stack.
    case notHere
    /// The object has a child of the first name, and this is what the whole name finds (nil: nothing).
    case found(Any?)
}

/// Extend dictionary where the key is a string so that it uses the key values to access
/// it values
extension Dictionary: MustacheParent where Key == String {
    public func child(named: String) -> Any? { self[named] }
}
