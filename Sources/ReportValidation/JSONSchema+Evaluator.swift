extension JSONSchema {
    /// Runs compiled nodes against an instance.
    ///
    /// Every check works in one of two modes: collecting (record every violation, keep going) or
    /// deciding (stop at the first failure, record nothing), which is what `anyOf`, `oneOf`, `not`,
    /// `if` and `contains` need from their subschemas. Messages and paths are built only when a
    /// violation is recorded, so the success path allocates nothing.
    struct Evaluator: Sendable {
        let nodes: [Node]

        /// Whether `value` passes node `index`; when `collect` is set, appends every violation to `out`.
        func evaluate(_ index: Int, _ value: JSONValue, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            let node = nodes[index]
            if node.isFalse {
                if collect {
                    out.append(PendingViolation(schemaPath: node.location, message: "no value is allowed here (the schema is false)"))
                }
                return false
            }
            var valid = true
            for keyword in node.keywords where !check(keyword, of: node, value, &out, collect) {
                valid = false
                if !collect { return false }
            }
            return valid
        }

        /// Whether `value` passes node `index`, recording nothing.
        private func passes(_ index: Int, _ value: JSONValue) -> Bool {
            var ignored: [PendingViolation] = []
            return evaluate(index, value, &ignored, false)
        }

        private func fail(_ out: inout [PendingViolation], _ collect: Bool, _ node: Node, _ keyword: String, _ message: @autoclosure () -> String) -> Bool {
            if collect { out.append(PendingViolation(schemaPath: node.location + "/" + keyword, message: message())) }
            return false
        }

        /// Evaluates a member's value, prefixing the member's key to the instance path of new violations.
        private func evaluateMember(_ index: Int, _ value: JSONValue, key: String, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            let start = out.count
            if evaluate(index, value, &out, collect) { return true }
            if collect {
                for position in start..<out.count { out[position].reversedPath.append(.key(key)) }
            }
            return false
        }

        /// Evaluates an array element, prefixing its index to the instance path of new violations.
        private func evaluateElement(_ index: Int, _ value: JSONValue, position: Int, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            let start = out.count
            if evaluate(index, value, &out, collect) { return true }
            if collect {
                for entry in start..<out.count { out[entry].reversedPath.append(.index(position)) }
            }
            return false
        }

        // MARK: Keywords

        private func check(_ keyword: Keyword, of node: Node, _ value: JSONValue, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            switch keyword {
            case .type(let types):
                if types.contains(value) { return true }
                return fail(&out, collect, node, "type", "expected \(types.names.joined(separator: " or ")), found \(value.typeName)")

            case .ref(let target):
                return evaluate(target, value, &out, collect)

            case .enumeration(let allowed):
                if allowed.contains(value) { return true }
                return fail(&out, collect, node, "enum", "value \(Self.excerpt(value)) is not one of \(Self.list(allowed))")

            case .constant(let expected):
                if value == expected { return true }
                return fail(&out, collect, node, "const", "value \(Self.excerpt(value)) is not the constant \(Self.excerpt(expected))")

            case .multipleOf(let divisor):
                guard case .number(let number) = value, !Self.isMultiple(number, of: divisor) else { return true }
                return fail(&out, collect, node, "multipleOf", "\(Self.format(number)) is not a multiple of \(Self.format(divisor))")

            case .maximum(let limit):
                guard case .number(let number) = value, number > limit else { return true }
                return fail(&out, collect, node, "maximum", "\(Self.format(number)) is greater than the maximum \(Self.format(limit))")

            case .exclusiveMaximum(let limit):
                guard case .number(let number) = value, number >= limit else { return true }
                return fail(&out, collect, node, "exclusiveMaximum", "\(Self.format(number)) is not less than the exclusive maximum \(Self.format(limit))")

            case .minimum(let limit):
                guard case .number(let number) = value, number < limit else { return true }
                return fail(&out, collect, node, "minimum", "\(Self.format(number)) is less than the minimum \(Self.format(limit))")

            case .exclusiveMinimum(let limit):
                guard case .number(let number) = value, number <= limit else { return true }
                return fail(&out, collect, node, "exclusiveMinimum", "\(Self.format(number)) is not greater than the exclusive minimum \(Self.format(limit))")

            case .maxLength(let limit):
                // A string has at most as many code points as UTF-8 bytes.
                guard case .string(let string) = value, string.utf8.count > limit else { return true }
                let length = string.unicodeScalars.count
                if length <= limit { return true }
                return fail(&out, collect, node, "maxLength", "string has \(length) characters, more than maxLength \(limit)")

            case .minLength(let limit):
                // A string has at least a quarter as many code points as UTF-8 bytes.
                guard case .string(let string) = value, string.utf8.count / 4 < limit else { return true }
                let length = string.unicodeScalars.count
                if length >= limit { return true }
                return fail(&out, collect, node, "minLength", "string has \(length) \(length == 1 ? "character" : "characters"), fewer than minLength \(limit)")

            case .pattern(let pattern):
                guard case .string(let string) = value, !pattern.matches(string) else { return true }
                return fail(&out, collect, node, "pattern", "string \(Self.excerpt(value)) does not match the pattern \(Compiler.quoted(pattern.source))")

            case .items(let prefix, let rest):
                guard case .array(let elements) = value else { return true }
                return checkItems(elements, prefix: prefix, rest: rest, &out, collect)

            case .contains(let contains):
                guard case .array(let elements) = value else { return true }
                return checkContains(elements, contains, node, &out, collect)

            case .maxItems(let limit):
                guard case .array(let elements) = value, elements.count > limit else { return true }
                return fail(&out, collect, node, "maxItems", "array has \(elements.count) items, more than maxItems \(limit)")

            case .minItems(let limit):
                guard case .array(let elements) = value, elements.count < limit else { return true }
                return fail(&out, collect, node, "minItems", "array has \(elements.count) \(elements.count == 1 ? "item" : "items"), fewer than minItems \(limit)")

            case .uniqueItems:
                guard case .array(let elements) = value, let (first, second) = Self.firstDuplicate(in: elements) else { return true }
                return fail(&out, collect, node, "uniqueItems", "array items \(first) and \(second) are equal, but items must be unique")

            case .required(let names):
                guard case .object(let members) = value else { return true }
                var valid = true
                for name in names where members[name] == nil {
                    valid = fail(&out, collect, node, "required", "missing required property \(Compiler.quoted(name))")
                    if !collect { return false }
                }
                return valid

            case .dependentRequired(let dependencies):
                guard case .object(let members) = value else { return true }
                var valid = true
                for dependency in dependencies where members[dependency.property] != nil {
                    for name in dependency.required where members[name] == nil {
                        valid = fail(&out, collect, node, "dependentRequired/" + JSONPointer.escape(dependency.property),
                                     "property \(Compiler.quoted(dependency.property)) requires property \(Compiler.quoted(name))")
                        if !collect { return false }
                    }
                }
                return valid

            case .members(let schemas):
                guard case .object(let members) = value else { return true }
                return checkMembers(members, schemas, &out, collect)

            case .propertyNames(let names):
                guard case .object(let members) = value else { return true }
                var valid = true
                for key in members.keys {
                    let start = out.count
                    if evaluateMember(names, .string(key), key: key, &out, collect) { continue }
                    valid = false
                    if !collect { return false }
                    for position in start..<out.count {
                        out[position].message = "property name \(Compiler.quoted(key)) is invalid: " + out[position].message
                    }
                }
                return valid

            case .maxProperties(let limit):
                guard case .object(let members) = value, members.count > limit else { return true }
                return fail(&out, collect, node, "maxProperties", "object has \(members.count) properties, more than maxProperties \(limit)")

            case .minProperties(let limit):
                guard case .object(let members) = value, members.count < limit else { return true }
                return fail(&out, collect, node, "minProperties", "object has \(members.count) \(members.count == 1 ? "property" : "properties"), fewer than minProperties \(limit)")

            case .dependentSchemas(let dependents):
                guard case .object(let members) = value else { return true }
                var valid = true
                for dependent in dependents where members[dependent.property] != nil {
                    if evaluate(dependent.node, value, &out, collect) { continue }
                    valid = false
                    if !collect { return false }
                }
                return valid

            case .allOf(let schemas):
                var valid = true
                for schema in schemas where !evaluate(schema, value, &out, collect) {
                    valid = false
                    if !collect { return false }
                }
                return valid

            case .anyOf(let schemas):
                for schema in schemas where passes(schema, value) { return true }
                return fail(&out, collect, node, "anyOf", "value matches none of the \(schemas.count) schemas in anyOf")

            case .oneOf(let schemas):
                var matched: Int?
                for (position, schema) in schemas.enumerated() where passes(schema, value) {
                    if let first = matched {
                        return fail(&out, collect, node, "oneOf", "value matches more than one schema in oneOf (\(first) and \(position))")
                    }
                    matched = position
                }
                if matched != nil { return true }
                return fail(&out, collect, node, "oneOf", "value matches none of the \(schemas.count) schemas in oneOf")

            case .not(let schema):
                if !passes(schema, value) { return true }
                return fail(&out, collect, node, "not", "value must not match the schema in not")

            case .conditional(let condition, let then, let otherwise):
                if passes(condition, value) {
                    guard let then else { return true }
                    return evaluate(then, value, &out, collect)
                }
                guard let otherwise else { return true }
                return evaluate(otherwise, value, &out, collect)
            }
        }

        private func checkItems(_ elements: [JSONValue], prefix: [Int], rest: Int?, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            var valid = true
            for (position, element) in elements.enumerated() {
                let schema: Int
                if position < prefix.count {
                    schema = prefix[position]
                } else if let rest {
                    if nodes[rest].isFalse {
                        // A closed tuple: say so once for each extra item, not "the schema is false".
                        valid = false
                        guard collect else { return false }
                        out.append(PendingViolation(
                            reversedPath: [.index(position)], schemaPath: nodes[rest].location,
                            message: prefix.isEmpty ? "no items are allowed (items is false)"
                                : "item is not allowed: only the \(prefix.count) items of prefixItems are allowed (items is false)"
                        ))
                        continue
                    }
                    schema = rest
                } else {
                    break
                }
                if !evaluateElement(schema, element, position: position, &out, collect) {
                    valid = false
                    if !collect { return false }
                }
            }
            return valid
        }

        private func checkContains(_ elements: [JSONValue], _ contains: Keyword.Contains, _ node: Node, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            if contains.minimum == 0, contains.maximum == nil { return true }
            var count = 0
            for element in elements where passes(contains.node, element) {
                count += 1
                if let maximum = contains.maximum {
                    if count > maximum { break }
                } else if count >= contains.minimum {
                    return true
                }
            }
            if count < contains.minimum {
                if contains.minimumIsExplicit {
                    return fail(&out, collect, node, "minContains",
                                "array has \(count) \(count == 1 ? "item" : "items") matching contains, fewer than minContains \(contains.minimum)")
                }
                return fail(&out, collect, node, "contains", "array has no item matching contains")
            }
            if let maximum = contains.maximum, count > maximum {
                return fail(&out, collect, node, "maxContains", "array has more than maxContains \(maximum) items matching contains")
            }
            return true
        }

        private func checkMembers(_ members: [String: JSONValue], _ schemas: Keyword.Members, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            var valid = true
            for (key, member) in members {
                var matched = false
                if let schema = schemas.properties[key] {
                    matched = true
                    if !evaluateMember(schema, member, key: key, &out, collect) {
                        valid = false
                        if !collect { return false }
                    }
                }
                for (pattern, schema) in schemas.patterns where pattern.matches(key) {
                    matched = true
                    if !evaluateMember(schema, member, key: key, &out, collect) {
                        valid = false
                        if !collect { return false }
                    }
                }
                guard !matched, let additional = schemas.additional else { continue }
                if nodes[additional].isFalse {
                    valid = false
                    guard collect else { return false }
                    out.append(PendingViolation(
                        reversedPath: [.key(key)], schemaPath: nodes[additional].location,
                        message: "property \(Compiler.quoted(key)) is not allowed (additionalProperties is false)"
                    ))
                } else if !evaluateMember(additional, member, key: key, &out, collect) {
                    valid = false
                    if !collect { return false }
                }
            }
            return valid
        }

        // MARK: Helpers

        /// Whether `number` is an integer multiple of `divisor`, allowing for binary rounding of decimal
        /// fractions (so 0.0075 is a multiple of 0.0001); when the quotient overflows, the exact
        /// floating-point remainder decides.
        static func isMultiple(_ number: Double, of divisor: Double) -> Bool {
            if number == 0 { return true }
            let quotient = number / divisor
            guard quotient.isFinite else {
                return number.truncatingRemainder(dividingBy: divisor) == 0
            }
            let nearest = quotient.rounded()
            if quotient == nearest { return true }
            return abs(quotient - nearest) <= abs(quotient) * 4 * Double.ulpOfOne
        }

        /// The indices of the first two equal elements, or `nil` when all are distinct.
        static func firstDuplicate(in elements: [JSONValue]) -> (Int, Int)? {
            guard elements.count > 1 else { return nil }
            if elements.count <= 16 {
                for second in 1..<elements.count {
                    for first in 0..<second where elements[first] == elements[second] { return (first, second) }
                }
                return nil
            }
            var seen: [JSONValue: Int] = [:]
            seen.reserveCapacity(elements.count)
            for (position, element) in elements.enumerated() {
                if let first = seen.updateValue(position, forKey: element) { return (first, position) }
            }
            return nil
        }

        static func format(_ number: Double) -> String {
            JSONValue.formatNumber(number)
        }

        /// Compact JSON for a value in a message, shortened past 60 characters.
        static func excerpt(_ value: JSONValue) -> String {
            let text = value.description
            guard text.count > 60 else { return text }
            return String(text.prefix(57)) + "…"
        }

        /// The allowed values of `enum`, listed when short, counted otherwise.
        static func list(_ values: [JSONValue]) -> String {
            let texts = values.map(\.description)
            if texts.count <= 10, texts.reduce(0, { $0 + $1.count }) <= 120 {
                return texts.joined(separator: ", ")
            }
            return "the \(values.count) allowed values"
        }
    }
}
