extension JSONSchema {
    /// Runs compiled nodes against an instance.
    ///
    /// Every check works in one of two modes: collecting (record every violation, keep going) or
    /// deciding (stop at the first failure, record nothing), which is what `anyOf`, `oneOf`, `not`,
    /// `if` and `contains` need from their subschemas. Messages and paths are built only when a
    /// violation is recorded, so a valid instance costs no message or path strings.
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
            if let types = node.types, !types.contains(value) {
                valid = fail(&out, collect, node, "type", "expected \(types.names.joined(separator: " or ")), found \(value.typeName)")
                if !collect { return false }
            }
            if let target = node.reference, !evaluate(target, value, &out, collect) {
                valid = false
                if !collect { return false }
            }
            if let allowed = node.allowedValues, !allowed.contains(value) {
                valid = fail(&out, collect, node, "enum", "value \(Self.excerpt(value)) is not one of \(Self.list(allowed))")
                if !collect { return false }
            }
            if let expected = node.constant, value != expected {
                valid = fail(&out, collect, node, "const", "value \(Self.excerpt(value)) is not the constant \(Self.excerpt(expected))")
                if !collect { return false }
            }
            switch value {
            case .number(let number):
                if let rules = node.numberRules, !checkNumber(number, rules, node, &out, collect) {
                    valid = false
                    if !collect { return false }
                }
            case .string(let string):
                if let rules = node.stringRules, !checkString(string, rules, node, &out, collect) {
                    valid = false
                    if !collect { return false }
                }
            case .array(let elements):
                if let rules = node.arrayRules, !checkArray(elements, rules, node, &out, collect) {
                    valid = false
                    if !collect { return false }
                }
            case .object(let members):
                if let rules = node.objectRules, !checkObject(members, value, rules, node, &out, collect) {
                    valid = false
                    if !collect { return false }
                }
            case .null, .bool:
                break
            }
            if let applicators = node.applicators, !checkApplicators(value, applicators, node, &out, collect) {
                valid = false
            }
            return valid
        }

        /// Whether `value` passes node `index`, recording nothing.
        func passes(_ index: Int, _ value: JSONValue) -> Bool {
            var ignored: [PendingViolation] = []
            return evaluate(index, value, &ignored, false)
        }

        /// Records a violation of `keyword` (a path below the node) when collecting; always `false`.
        private func fail(_ out: inout [PendingViolation], _ collect: Bool, _ node: Node, _ keyword: String, _ message: @autoclosure () -> String) -> Bool {
            if collect { out.append(PendingViolation(schemaPath: node.location + "/" + keyword, message: message())) }
            return false
        }

        /// Evaluates a value inside the instance (a member or an element), prefixing its place to the
        /// instance path of new violations.
        private func evaluate(_ index: Int, _ value: JSONValue, at place: PendingViolation.Segment, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            let start = out.count
            if evaluate(index, value, &out, collect) { return true }
            if collect {
                for position in start..<out.count { out[position].reversedPath.append(place) }
            }
            return false
        }

        // MARK: Keywords by instance type

        private func checkNumber(_ number: Double, _ rules: Node.NumberRules, _ node: Node, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            var valid = true
            if let divisor = rules.multipleOf, !Self.isMultiple(number, of: divisor) {
                valid = fail(&out, collect, node, "multipleOf", "\(Self.format(number)) is not a multiple of \(Self.format(divisor))")
                if !collect { return false }
            }
            if let limit = rules.maximum, number > limit {
                valid = fail(&out, collect, node, "maximum", "\(Self.format(number)) is greater than the maximum \(Self.format(limit))")
                if !collect { return false }
            }
            if let limit = rules.exclusiveMaximum, number >= limit {
                valid = fail(&out, collect, node, "exclusiveMaximum", "\(Self.format(number)) is not less than the exclusive maximum \(Self.format(limit))")
                if !collect { return false }
            }
            if let limit = rules.minimum, number < limit {
                valid = fail(&out, collect, node, "minimum", "\(Self.format(number)) is less than the minimum \(Self.format(limit))")
                if !collect { return false }
            }
            if let limit = rules.exclusiveMinimum, number <= limit {
                valid = fail(&out, collect, node, "exclusiveMinimum", "\(Self.format(number)) is not greater than the exclusive minimum \(Self.format(limit))")
            }
            return valid
        }

        private func checkString(_ string: String, _ rules: Node.StringRules, _ node: Node, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            var valid = true
            // A string has at most as many code points as UTF-8 bytes, and at least a quarter as many.
            if let limit = rules.maxLength, string.utf8.count > limit {
                let length = string.unicodeScalars.count
                if length > limit {
                    valid = fail(&out, collect, node, "maxLength", "string has \(length) characters, more than maxLength \(limit)")
                    if !collect { return false }
                }
            }
            if let limit = rules.minLength, string.utf8.count / 4 < limit {
                let length = string.unicodeScalars.count
                if length < limit {
                    valid = fail(&out, collect, node, "minLength", "string has \(length) \(length == 1 ? "character" : "characters"), fewer than minLength \(limit)")
                    if !collect { return false }
                }
            }
            if let pattern = rules.pattern, !pattern.matches(string) {
                valid = fail(&out, collect, node, "pattern", "string \(Self.excerpt(.string(string))) does not match the pattern \(Compiler.quoted(pattern.source))")
            }
            return valid
        }

        private func checkArray(_ elements: [JSONValue], _ rules: Node.ArrayRules, _ node: Node, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            var valid = true
            if !rules.prefixItems.isEmpty || rules.items != nil, !checkItems(elements, rules, &out, collect) {
                valid = false
                if !collect { return false }
            }
            if let contains = rules.contains, !checkContains(elements, contains, rules, node, &out, collect) {
                valid = false
                if !collect { return false }
            }
            if let limit = rules.maxItems, elements.count > limit {
                valid = fail(&out, collect, node, "maxItems", "array has \(elements.count) items, more than maxItems \(limit)")
                if !collect { return false }
            }
            if let limit = rules.minItems, elements.count < limit {
                valid = fail(&out, collect, node, "minItems", "array has \(elements.count) \(elements.count == 1 ? "item" : "items"), fewer than minItems \(limit)")
                if !collect { return false }
            }
            if rules.uniqueItems, let (first, second) = Self.firstDuplicate(in: elements) {
                valid = fail(&out, collect, node, "uniqueItems", "array items \(first) and \(second) are equal, but items must be unique")
            }
            return valid
        }

        private func checkItems(_ elements: [JSONValue], _ rules: Node.ArrayRules, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            var valid = true
            let prefix = rules.prefixItems
            for (position, element) in elements.enumerated() {
                let schema: Int
                if position < prefix.count {
                    schema = prefix[position]
                } else if let rest = rules.items {
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
                if !evaluate(schema, element, at: .index(position), &out, collect) {
                    valid = false
                    if !collect { return false }
                }
            }
            return valid
        }

        private func checkContains(
            _ elements: [JSONValue], _ contains: Int, _ rules: Node.ArrayRules, _ node: Node, _ out: inout [PendingViolation], _ collect: Bool
        ) -> Bool {
            let minimum = rules.minContains
            if minimum == 0, rules.maxContains == nil { return true }
            var count = 0
            for element in elements where passes(contains, element) {
                count += 1
                if let maximum = rules.maxContains {
                    if count > maximum { break }
                } else if count >= minimum {
                    return true
                }
            }
            if count < minimum {
                if rules.minContainsIsExplicit {
                    return fail(&out, collect, node, "minContains",
                                "array has \(count) \(count == 1 ? "item" : "items") matching contains, fewer than minContains \(minimum)")
                }
                return fail(&out, collect, node, "contains", "array has no item matching contains")
            }
            if let maximum = rules.maxContains, count > maximum {
                return fail(&out, collect, node, "maxContains", "array has more than maxContains \(maximum) items matching contains")
            }
            return true
        }

        private func checkObject(
            _ members: [String: JSONValue], _ value: JSONValue, _ rules: Node.ObjectRules, _ node: Node,
            _ out: inout [PendingViolation], _ collect: Bool
        ) -> Bool {
            var valid = true
            for name in rules.required where members[name] == nil {
                valid = fail(&out, collect, node, "required", "missing required property \(Compiler.quoted(name))")
                if !collect { return false }
            }
            for dependency in rules.dependentRequired where members[dependency.property] != nil {
                for name in dependency.required where members[name] == nil {
                    valid = fail(&out, collect, node, "dependentRequired/" + JSONPointer.escape(dependency.property),
                                 "property \(Compiler.quoted(dependency.property)) requires property \(Compiler.quoted(name))")
                    if !collect { return false }
                }
            }
            if rules.checksMembers, !checkMembers(members, rules, &out, collect) {
                valid = false
                if !collect { return false }
            }
            if let names = rules.propertyNames {
                for key in members.keys {
                    let start = out.count
                    if evaluate(names, .string(key), at: .key(key), &out, collect) { continue }
                    valid = false
                    if !collect { return false }
                    for position in start..<out.count {
                        out[position].message = "property name \(Compiler.quoted(key)) is invalid: " + out[position].message
                    }
                }
            }
            if let limit = rules.maxProperties, members.count > limit {
                valid = fail(&out, collect, node, "maxProperties", "object has \(members.count) properties, more than maxProperties \(limit)")
                if !collect { return false }
            }
            if let limit = rules.minProperties, members.count < limit {
                valid = fail(&out, collect, node, "minProperties", "object has \(members.count) \(members.count == 1 ? "property" : "properties"), fewer than minProperties \(limit)")
                if !collect { return false }
            }
            for dependent in rules.dependentSchemas where members[dependent.property] != nil {
                if evaluate(dependent.node, value, &out, collect) { continue }
                valid = false
                if !collect { return false }
            }
            return valid
        }

        private func checkMembers(_ members: [String: JSONValue], _ rules: Node.ObjectRules, _ out: inout [PendingViolation], _ collect: Bool) -> Bool {
            var valid = true
            for (key, member) in members {
                var matched = false
                if let schema = rules.properties[key] {
                    matched = true
                    if !evaluate(schema, member, at: .key(key), &out, collect) {
                        valid = false
                        if !collect { return false }
                    }
                }
                for (pattern, schema) in rules.patternProperties where pattern.matches(key) {
                    matched = true
                    if !evaluate(schema, member, at: .key(key), &out, collect) {
                        valid = false
                        if !collect { return false }
                    }
                }
                guard !matched, let additional = rules.additionalProperties else { continue }
                if nodes[additional].isFalse {
                    valid = false
                    guard collect else { return false }
                    out.append(PendingViolation(
                        reversedPath: [.key(key)], schemaPath: nodes[additional].location,
                        message: "property \(Compiler.quoted(key)) is not allowed (additionalProperties is false)"
                    ))
                } else if !evaluate(additional, member, at: .key(key), &out, collect) {
                    valid = false
                    if !collect { return false }
                }
            }
            return valid
        }

        private func checkApplicators(
            _ value: JSONValue, _ applicators: Node.Applicators, _ node: Node, _ out: inout [PendingViolation], _ collect: Bool
        ) -> Bool {
            var valid = true
            for schema in applicators.allOf where !evaluate(schema, value, &out, collect) {
                valid = false
                if !collect { return false }
            }
            if !applicators.anyOf.isEmpty, !applicators.anyOf.contains(where: { passes($0, value) }) {
                valid = fail(&out, collect, node, "anyOf", "value matches none of the \(applicators.anyOf.count) schemas in anyOf")
                if !collect { return false }
            }
            if !applicators.oneOf.isEmpty {
                var matched: Int?
                for (position, schema) in applicators.oneOf.enumerated() where passes(schema, value) {
                    if let first = matched {
                        valid = fail(&out, collect, node, "oneOf", "value matches more than one schema in oneOf (\(first) and \(position))")
                        if !collect { return false }
                        break
                    }
                    matched = position
                }
                if matched == nil {
                    valid = fail(&out, collect, node, "oneOf", "value matches none of the \(applicators.oneOf.count) schemas in oneOf")
                    if !collect { return false }
                }
            }
            if let schema = applicators.not, passes(schema, value) {
                valid = fail(&out, collect, node, "not", "value must not match the schema in not")
                if !collect { return false }
            }
            if let condition = applicators.condition {
                let branch = passes(condition, value) ? applicators.then : applicators.otherwise
                if let branch, !evaluate(branch, value, &out, collect) {
                    valid = false
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
