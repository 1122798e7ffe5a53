//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var string = ""
        self.render(context: context, into: &string)
        return string
    }

    /// Render template, appending the text to `string` instead of making a String per token
    func render(context: MustacheContext, into string: inout String) {
        var context = context

        if let indentation = context.indentation, indentation != "" {
            // indentation goes after each newline of this template's own output
            var output = ""
            for index in tokens.indices {
                var renderedString = ""
                self.renderToken(tokens[index], context: &context, into: &renderedString)
                // if rendered string is not empty and we are on a new line
                if !renderedString.isEmpty, output.last == "\n" {
                    output += indentation
                }
                output += renderedString
            }
            string += output
        } else {
            // by index: `for token in tokens` copied each token (retaining every string, array
            // and template in it) and released it after rendering it
            for index in tokens.indices {
                self.renderToken(tokens[index], context: &context, into: &string)
            }
        }
    }

    func renderToken(_ token: Token, context: inout MustacheContext, into string: inout String) {
        switch token {
        case .text(let text):
            string += text

        case .variable(let variable, let transforms):
            switch self.stackText(named: variable, transforms: transforms, context: context) {
            case .text(let text):
                string += context.contentType.escapeText(text)
                return
            case .nothing:
                return
            case .byName, .notHere:
                break
            }
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // a plain string first: one cast to a concrete type instead of four protocol casts
                if let text = child as? String {
                    string += context.contentType.escapeText(text)
                } else if let template = child as? MustacheTemplate {
                    template.render(context: context, into: &string)
                } else if let renderable = child as? MustacheCustomRenderable {
                    string += context.contentType.escapeText(renderable.renderText)
                } else if let lambda = child as? MustacheLambda {
                    string += self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    string += context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            switch self.stackText(named: variable, transforms: transforms, context: context) {
            case .text(let text):
                string += text
                return
            case .nothing:
                return
            case .byName, .notHere:
                break
            }
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                if let text = child as? String {
                    string += text
                } else if let renderable = child as? MustacheCustomRenderable {
                    string += renderable.renderText
                } else if let lambda = child as? MustacheLambda {
                    string += self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    string += String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            if let lambda = child as? MustacheLambda {
                string += self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
                return
            }
            self.renderSection(child, with: template, context: context, into: &string)

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(child, with: template, context: context, into: &string)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            if let override = context.inherited?[name] {
                override.render(context: context.withBlockExpansion(indented: indented), into: &string)
            } else {
                defaultTemplate.render(context: context.withBlockExpansion(indented: indented), into: &string)
            }

        case .partial(let name, let indentation, let overrides):
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            string += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        string += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &string)
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: VariableName(name), transforms: [], context: context)
            guard let childName = child as? String else {
                return
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            string += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        string += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &string)
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        var string = ""
        self.renderSection(child, with: template, context: context, into: &string)
        return string
    }

    /// Render a section, appending the text to `string`
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into string: inout String) {
        // what the casts below decide, found once per type
        if let value = child {
            switch context.types.sectionKind(value) {
            case .object:
                template.render(context: context.withObject(value), into: &string)
                return
            case .bool:
                if value as! Bool { template.render(context: context, into: &string) }
                return
            case .sequence(let sequence):
                sequence.renderSection(over: value, with: template, context: context, into: &string)
                return
            case .byValue:
                break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderSection(with: template, context: context, into: &string)
        case let bool as Bool:
            if bool { template.render(context: context, into: &string) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            break
        case .some(let value):
            template.render(context: context.withObject(value), into: &string)
        case .none:
            break
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into string: inout String) {
        // what the casts below decide, found once per type
        if let value = child {
            switch context.types.sectionKind(value) {
            case .object:
                return
            case .bool:
                if !(value as! Bool) { template.render(context: context, into: &string) }
                return
            case .sequence(let sequence):
                sequence.renderInvertedSection(over: value, with: template, context: context, into: &string)
                return
            case .byValue:
                break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderInvertedSection(with: template, context: context, into: &string)
        case let bool as Bool:
            if !bool { template.render(context: context, into: &string) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            template.render(context: context, into: &string)
        case .some:
            break
        case .none:
            template.render(context: context, into: &string)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.stack.last?.object, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.stack.last?.object, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// What a variable name without transforms, looked up on the context stack, prints, when every
    /// object the lookup asks answers `MustacheParent.text(named:)`: the string found, or nothing,
    /// without making the value an `Any`, testing its custom representation and casting it.
    /// `.byName` when an object on the way does not answer (a dictionary, an object read by
    /// `Mirror` or through a custom representation) or the name finds something else: then the
    /// name is looked up as before (`getChild`), before which no object was asked `child(named:)`.
    func stackText(named name: VariableName, transforms: [String], context: MustacheContext) -> MustacheText {
        guard name.kind == .stack, transforms.isEmpty, !name.parts.isEmpty else { return .byName }
        let names = name.parts[...]
        let stack = context.stack
        var index = stack.endIndex
        while index > stack.startIndex {
            index -= 1
            let entry = stack[index]
            if let parent = entry.parent {
                switch parent.text(named: names) {
                case .notHere: continue
                case .text(let text): return .text(text)
                case .nothing: return .nothing
                case .byName: return .byName
                }
            } else if entry.hasCustomRepresentation || entry.isReflected {
                return .byName
            }
            // anything else (a string pushed by a section) has no children: the lookup goes on down
        }
        return .nothing
    }

    /// Get child object from variable name
    func getChild(named name: VariableName, transforms: [String], context: MustacheContext) -> Any? {
        func _getImmediateChild(named name: String, from object: Any) -> Any? {
            let child = {
                let object: Any? =
                    if let custom = context.types.customRepresentation(object) {
                        custom.representation
                    } else {
                        object
                    }
                if let customBox = object as? MustacheParent {
                    return customBox.child(named: name)
                } else if let object {
                    let mirror = Mirror(reflecting: object)
                    return mirror.getValue(forKey: name)
                } else {
                    return nil
                }
            }()
            return child
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            var object = object
            if let lambda = object as? MustacheLambda {
                guard let result = lambda("") else { return nil }
                object = result
            }
            guard let childObject = _getImmediateChild(named: name, from: object) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        func _getChildInStack(named names: ArraySlice<String>, from stack: [MustacheStackEntry]) -> Any? {
            guard let name = names.first else { return stack.last?.object }
            for entry in stack.reversed() {
                let child: Any?
                if let parent = entry.parent {
                    if names.count > 1 {
                        switch parent.descendant(named: names) {
                        case .found(let found): return found
                        case .notHere: continue
                        case .byName: break
                        }
                    }
                    child = parent.child(named: name)
                } else if entry.hasCustomRepresentation {
                    child = _getImmediateChild(named: name, from: entry.object)
                } else if entry.isReflected {
                    child = Mirror(reflecting: entry.object).getValue(forKey: name)
                } else {
                    child = nil
                }
                if let childObject = child {
                    let names2 = names.dropFirst()
                    return _getChild(named: names2, from: childObject)
                }
            }
            return nil
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." (when the template was parsed) and we use mirror to get the correct
        // child object. If we cannot find the root object we look up the context stack until we can
        // find one with a matching name. The stack climbing can be disabled by prefixing the variable
        // name with a "."
        var child: Any?
        switch name.kind {
        case .current:
            child = context.stack.last!.object
        case .empty where !transforms.isEmpty:
            child = context.sequenceContext
        case .currentOnly:
            child = _getChild(named: name.parts[...], from: context.stack.last!.object)
        case .empty, .stack:
            child = _getChildInStack(named: name.parts[...], from: context.stack)
        }

        if let found = child, let custom = context.types.customRepresentation(found) {
            child = custom.representation
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return child
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
