import Mustache

// A text value (`TemplateText`) must behave like the string it stands for wherever a theme
// uses it. Pushed by a section, a string has no children for the names looked up inside
// (swift-mustache would otherwise reflect the template's own fields); and the string
// transforms (`{{uppercased(title)}}`) apply to its text.

extension MustacheTemplate: @retroactive MustacheParent {
    public func child(named: String) -> Any? { nil }
}

extension MustacheTemplate: @retroactive MustacheTransformable {
    public func transform(_ name: String) -> Any? { description.transform(name) }
}
