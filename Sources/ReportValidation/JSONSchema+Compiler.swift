import Foundation

extension JSONSchema {
    /// Turns a schema document into the node table the evaluator runs on.
    ///
    /// Two passes: the first walks every subschema reachable through applicator keywords and records
    /// the resources (`$id`) and anchors (`$anchor`, `$dynamicAnchor`) with the base URI in effect at
    /// each schema; the second compiles schemas from a work list, one node per schema location, so a
    /// `$ref` only needs the index of its target and recursive references compile once. A last check
    /// rejects reference cycles that would evaluate the same value forever.
    struct Compiler {
        /// Keywords whose value is one subschema.
        static let singleSubschemaKeywords = [
            "additionalProperties", "contains", "contentSchema", "else", "if", "items", "not",
            "propertyNames", "then", "unevaluatedItems", "unevaluatedProperties",
        ]
        /// Keywords whose value is an array of subschemas.
        static let arraySubschemaKeywords = ["allOf", "anyOf", "oneOf", "prefixItems"]
        /// Keywords whose value is an object of subschemas.
        static let mapSubschemaKeywords = ["$defs", "dependentSchemas", "patternProperties", "properties"]
        /// Keywords that change the outcome of validation but are not implemented.
        static let unsupportedKeywords = ["$dynamicRef", "$recursiveRef", "unevaluatedItems", "unevaluatedProperties"]
        /// The `$schema` values accepted.
        static let supportedDialects: Set<String> = [
            "https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2020-12/schema#",
        ]

        private struct Pending {
            let index: Int
            let value: JSONValue
            let tokens: [String]
            let location: String
            let base: String
        }

        private let document: JSONValue
        /// Resource URI (without fragment) to the location of the resource's root.
        private var resources: [String: [String]] = [:]
        /// `resource#anchor` to the location of the anchored schema.
        private var anchors: [String: [String]] = [:]
        /// Schema location to the base URI in effect around it (before its own `$id`).
        private var scopeBases: [String: String] = [:]
        private var nodeIndices: [String: Int] = [:]
        private var nodes: [Node?] = []
        private var queue: [Pending] = []

        init(document: JSONValue) {
            self.document = document
        }

        /// Compiles the document; the root schema is node 0.
        mutating func compile() throws(JSONSchemaError) -> [Node] {
            resources[""] = []
            var tokens: [String] = []
            try scan(document, tokens: &tokens, base: "")
            _ = reserve(document, tokens: [], base: "")
            while let next = queue.popLast() {
                nodes[next.index] = try compileNode(next)
            }
            let compiled = nodes.compactMap { $0 }
            guard compiled.count == nodes.count else {
                throw .invalidSchema(message: "internal error: a subschema was left uncompiled", pointer: "")
            }
            try Self.rejectCycles(in: compiled)
            return compiled
        }

        // MARK: First pass: resources and anchors

        private mutating func scan(_ value: JSONValue, tokens: inout [String], base: String) throws(JSONSchemaError) {
            guard case .object(let members) = value else { return }
            let location = JSONPointer.string(from: tokens)
            scopeBases[location] = base
            var base = base
            if let id = members["$id"] {
                base = try Self.resolveID(id, against: base, at: location + "/$id")
                if let existing = resources[base], existing != tokens {
                    throw .invalidSchema(message: "$id \(Self.quoted(base)) identifies two schemas", pointer: location + "/$id")
                }
                resources[base] = tokens
            }
            for keyword in ["$anchor", "$dynamicAnchor"] {
                guard let anchor = members[keyword] else { continue }
                let name = try Self.anchorName(anchor, at: location + "/" + keyword)
                let key = base + "#" + name
                if let existing = anchors[key], existing != tokens {
                    throw .invalidSchema(message: "anchor \(Self.quoted(name)) is defined twice in one resource", pointer: location + "/" + keyword)
                }
                anchors[key] = tokens
            }
            for (suffix, child) in Self.subschemas(of: members) {
                tokens.append(contentsOf: suffix)
                try scan(child, tokens: &tokens, base: base)
                tokens.removeLast(suffix.count)
            }
        }

        /// The subschemas of a schema object, with the tokens leading to each, in a fixed order.
        private static func subschemas(of members: [String: JSONValue]) -> [([String], JSONValue)] {
            var found: [([String], JSONValue)] = []
            for keyword in singleSubschemaKeywords {
                if let child = members[keyword] { found.append(([keyword], child)) }
            }
            for keyword in arraySubschemaKeywords {
                if case .array(let children)? = members[keyword] {
                    for (position, child) in children.enumerated() { found.append(([keyword, String(position)], child)) }
                }
            }
            for keyword in mapSubschemaKeywords {
                if case .object(let children)? = members[keyword] {
                    for name in children.keys.sorted() {
                        if let child = children[name] { found.append(([keyword, name], child)) }
                    }
                }
            }
            return found
        }

        private static func resolveID(_ id: JSONValue, against base: String, at pointer: String) throws(JSONSchemaError) -> String {
            guard case .string(let text) = id else {
                throw .invalidSchema(message: "$id must be a string", pointer: pointer)
            }
            let resolved = URIReference(base).resolving(URIReference(text))
            if let fragment = resolved.fragment, !fragment.isEmpty {
                throw .invalidSchema(message: "$id \(quoted(text)) must not have a fragment; use $anchor", pointer: pointer)
            }
            return resolved.withoutFragment.text
        }

        private static func anchorName(_ anchor: JSONValue, at pointer: String) throws(JSONSchemaError) -> String {
            guard case .string(let name) = anchor, let first = name.unicodeScalars.first,
                  first == "_" || first.isASCIILetter,
                  name.unicodeScalars.allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) })
            else {
                throw .invalidSchema(message: "an anchor must be a string of letters, digits, '-', '_' and '.', starting with a letter or '_'", pointer: pointer)
            }
            return name
        }

        // MARK: Second pass: nodes

        /// The node index for the schema at `tokens`, queuing it for compilation the first time.
        private mutating func reserve(_ value: JSONValue, tokens: [String], base: String) -> Int {
            let location = JSONPointer.string(from: tokens)
            if let index = nodeIndices[location] { return index }
            let index = nodes.count
            nodes.append(nil)
            nodeIndices[location] = index
            queue.append(Pending(index: index, value: value, tokens: tokens, location: location, base: scopeBases[location] ?? base))
            return index
        }

        private mutating func compileNode(_ schema: Pending) throws(JSONSchemaError) -> Node {
            switch schema.value {
            case .bool(let allowed):
                return Node(location: schema.location, allowsEverything: allowed)
            case .object(let members):
                return try compileObject(members, schema)
            default:
                throw .invalidSchema(message: "a schema must be an object or a boolean, found \(schema.value.typeName)", pointer: schema.location)
            }
        }

        private mutating func compileObject(_ members: [String: JSONValue], _ schema: Pending) throws(JSONSchemaError) -> Node {
            let location = schema.location
            func at(_ keyword: String) -> String { location + "/" + keyword }

            for keyword in Self.unsupportedKeywords where members[keyword] != nil {
                throw .invalidSchema(message: "unsupported keyword \(Self.quoted(keyword)): this validator does not implement it", pointer: at(keyword))
            }
            if let dialect = members["$schema"] {
                guard case .string(let uri) = dialect, Self.supportedDialects.contains(uri) else {
                    throw .invalidSchema(message: "unsupported $schema \(dialect): only draft 2020-12 is supported", pointer: at("$schema"))
                }
            }
            var base = schema.base
            if let id = members["$id"] { base = try Self.resolveID(id, against: base, at: at("$id")) }
            for keyword in ["$anchor", "$dynamicAnchor"] {
                if let anchor = members[keyword] { _ = try Self.anchorName(anchor, at: at(keyword)) }
            }

            // Any instance type.
            let types = try members["type"].map { value throws(JSONSchemaError) in try Self.typeSet(value, at: at("type")) }
            let target = try members["$ref"].map { value throws(JSONSchemaError) in try reference(value, base: base, at: at("$ref")) }
            var allowedValues: [JSONValue]?
            if let value = members["enum"] {
                guard case .array(let allowed) = value else {
                    throw .invalidSchema(message: "enum must be an array", pointer: at("enum"))
                }
                allowedValues = allowed
            }
            // Definitions are compiled too, so that a broken one is reported even when nothing uses it.
            if let value = members["$defs"] { _ = try schemaMap(value, "$defs", schema, base: base) }

            return Node(
                location: location, types: types, reference: target, allowedValues: allowedValues, constant: members["const"],
                numberRules: try numberRules(members, at: at), stringRules: try stringRules(members, at: at),
                arrayRules: try arrayRules(members, schema, base: base, at: at),
                objectRules: try objectRules(members, schema, base: base, at: at),
                applicators: try applicators(members, schema, base: base)
            )
        }

        private func numberRules(_ members: [String: JSONValue], at: (String) -> String) throws(JSONSchemaError) -> Node.NumberRules? {
            func number(_ keyword: String) throws(JSONSchemaError) -> Double? {
                try members[keyword].map { value throws(JSONSchemaError) in try Self.number(value, keyword, at: at(keyword)) }
            }
            let multipleOf = try number("multipleOf")
            if let multipleOf, multipleOf <= 0 {
                throw .invalidSchema(message: "multipleOf must be greater than 0", pointer: at("multipleOf"))
            }
            let rules = Node.NumberRules(
                multipleOf: multipleOf, maximum: try number("maximum"), exclusiveMaximum: try number("exclusiveMaximum"),
                minimum: try number("minimum"), exclusiveMinimum: try number("exclusiveMinimum")
            )
            let present = [rules.multipleOf, rules.maximum, rules.exclusiveMaximum, rules.minimum, rules.exclusiveMinimum]
            return present.contains { $0 != nil } ? rules : nil
        }

        private func stringRules(_ members: [String: JSONValue], at: (String) -> String) throws(JSONSchemaError) -> Node.StringRules? {
            let maxLength = try members["maxLength"].map { value throws(JSONSchemaError) in try Self.count(value, "maxLength", at: at("maxLength")) }
            let minLength = try members["minLength"].map { value throws(JSONSchemaError) in try Self.count(value, "minLength", at: at("minLength")) }
            var pattern: Pattern?
            if let value = members["pattern"] {
                guard case .string(let source) = value else {
                    throw .invalidSchema(message: "pattern must be a string", pointer: at("pattern"))
                }
                pattern = try Self.pattern(source, at: at("pattern"))
            }
            guard maxLength != nil || minLength != nil || pattern != nil else { return nil }
            return Node.StringRules(maxLength: maxLength, minLength: minLength, pattern: pattern)
        }

        private mutating func arrayRules(
            _ members: [String: JSONValue], _ schema: Pending, base: String, at: (String) -> String
        ) throws(JSONSchemaError) -> Node.ArrayRules? {
            var prefixItems: [Int] = []
            if let value = members["prefixItems"] {
                prefixItems = try schemaArray(value, "prefixItems", schema, base: base)
            }
            var items: Int?
            if let value = members["items"] {
                if case .array = value {
                    throw .invalidSchema(message: "items must be a schema; an array of schemas is written prefixItems in draft 2020-12", pointer: at("items"))
                }
                items = subschema(value, ["items"], schema, base: base)
            }
            func count(_ keyword: String) throws(JSONSchemaError) -> Int? {
                try members[keyword].map { value throws(JSONSchemaError) in try Self.count(value, keyword, at: at(keyword)) }
            }
            let minContains = try count("minContains")
            let maxContains = try count("maxContains")
            let contains = members["contains"].map { subschema($0, ["contains"], schema, base: base) }
            var uniqueItems = false
            if let value = members["uniqueItems"] {
                guard case .bool(let unique) = value else {
                    throw .invalidSchema(message: "uniqueItems must be a boolean", pointer: at("uniqueItems"))
                }
                uniqueItems = unique
            }
            let maxItems = try count("maxItems")
            let minItems = try count("minItems")
            guard !prefixItems.isEmpty || items != nil || contains != nil || maxItems != nil || minItems != nil || uniqueItems else {
                return nil
            }
            return Node.ArrayRules(
                prefixItems: prefixItems, items: items, contains: contains, minContains: minContains ?? 1,
                maxContains: maxContains, minContainsIsExplicit: minContains != nil,
                maxItems: maxItems, minItems: minItems, uniqueItems: uniqueItems
            )
        }

        private mutating func objectRules(
            _ members: [String: JSONValue], _ schema: Pending, base: String, at: (String) -> String
        ) throws(JSONSchemaError) -> Node.ObjectRules? {
            let required = try members["required"].map { value throws(JSONSchemaError) in
                try Self.uniqueStrings(value, "required", at: at("required"))
            }
            var dependentRequired: [(property: String, required: [String])] = []
            if let value = members["dependentRequired"] {
                guard case .object(let entries) = value else {
                    throw .invalidSchema(message: "dependentRequired must be an object", pointer: at("dependentRequired"))
                }
                for property in entries.keys.sorted() {
                    guard let names = entries[property] else { continue }
                    let pointer = at("dependentRequired/" + JSONPointer.escape(property))
                    dependentRequired.append((property, try Self.uniqueStrings(names, "each dependentRequired entry", at: pointer)))
                }
            }
            var properties: [String: Int] = [:]
            if let value = members["properties"] {
                for (name, node) in try schemaMap(value, "properties", schema, base: base) { properties[name] = node }
            }
            var patternProperties: [(pattern: Pattern, node: Int)] = []
            if let value = members["patternProperties"] {
                for (source, node) in try schemaMap(value, "patternProperties", schema, base: base) {
                    let pointer = at("patternProperties/" + JSONPointer.escape(source))
                    patternProperties.append((try Self.pattern(source, at: pointer), node))
                }
            }
            let additionalProperties = members["additionalProperties"].map { subschema($0, ["additionalProperties"], schema, base: base) }
            let propertyNames = members["propertyNames"].map { subschema($0, ["propertyNames"], schema, base: base) }
            let maxProperties = try members["maxProperties"].map { value throws(JSONSchemaError) in
                try Self.count(value, "maxProperties", at: at("maxProperties"))
            }
            let minProperties = try members["minProperties"].map { value throws(JSONSchemaError) in
                try Self.count(value, "minProperties", at: at("minProperties"))
            }
            var dependentSchemas: [(property: String, node: Int)] = []
            if let value = members["dependentSchemas"] {
                dependentSchemas = try schemaMap(value, "dependentSchemas", schema, base: base).map { (property: $0.0, node: $0.1) }
            }
            let rules = Node.ObjectRules(
                required: required ?? [], dependentRequired: dependentRequired, properties: properties,
                patternProperties: patternProperties, additionalProperties: additionalProperties, propertyNames: propertyNames,
                maxProperties: maxProperties, minProperties: minProperties, dependentSchemas: dependentSchemas
            )
            let present = !rules.required.isEmpty || !dependentRequired.isEmpty || rules.checksMembers || propertyNames != nil
                || maxProperties != nil || minProperties != nil || !dependentSchemas.isEmpty
            return present ? rules : nil
        }

        private mutating func applicators(_ members: [String: JSONValue], _ schema: Pending, base: String) throws(JSONSchemaError) -> Node.Applicators? {
            func schemas(_ keyword: String) throws(JSONSchemaError) -> [Int] {
                try members[keyword].map { value throws(JSONSchemaError) in try schemaArray(value, keyword, schema, base: base) } ?? []
            }
            let allOf = try schemas("allOf")
            let anyOf = try schemas("anyOf")
            let oneOf = try schemas("oneOf")
            let not = members["not"].map { subschema($0, ["not"], schema, base: base) }
            let then = members["then"].map { subschema($0, ["then"], schema, base: base) }
            let otherwise = members["else"].map { subschema($0, ["else"], schema, base: base) }
            var condition = members["if"].map { subschema($0, ["if"], schema, base: base) }
            if then == nil && otherwise == nil { condition = nil }

            guard !allOf.isEmpty || !anyOf.isEmpty || !oneOf.isEmpty || not != nil || condition != nil else { return nil }
            return Node.Applicators(
                allOf: allOf, anyOf: anyOf, oneOf: oneOf, not: not, condition: condition,
                then: condition == nil ? nil : then, otherwise: condition == nil ? nil : otherwise
            )
        }

        // MARK: Keyword operands

        private mutating func subschema(_ value: JSONValue, _ suffix: [String], _ parent: Pending, base: String) -> Int {
            reserve(value, tokens: parent.tokens + suffix, base: base)
        }

        private mutating func schemaArray(_ value: JSONValue, _ keyword: String, _ parent: Pending, base: String) throws(JSONSchemaError) -> [Int] {
            guard case .array(let children) = value, !children.isEmpty else {
                throw .invalidSchema(message: "\(keyword) must be a non-empty array of schemas", pointer: parent.location + "/" + keyword)
            }
            var indices: [Int] = []
            for (position, child) in children.enumerated() {
                indices.append(subschema(child, [keyword, String(position)], parent, base: base))
            }
            return indices
        }

        /// The subschemas of an object-valued keyword, sorted by name.
        private mutating func schemaMap(_ value: JSONValue, _ keyword: String, _ parent: Pending, base: String) throws(JSONSchemaError) -> [(String, Int)] {
            guard case .object(let children) = value else {
                throw .invalidSchema(message: "\(keyword) must be an object of schemas", pointer: parent.location + "/" + keyword)
            }
            var entries: [(String, Int)] = []
            for name in children.keys.sorted() {
                guard let child = children[name] else { continue }
                entries.append((name, subschema(child, [keyword, name], parent, base: base)))
            }
            return entries
        }

        private static func number(_ value: JSONValue, _ keyword: String, at pointer: String) throws(JSONSchemaError) -> Double {
            guard case .number(let number) = value, number.isFinite else {
                throw .invalidSchema(message: "\(keyword) must be a number", pointer: pointer)
            }
            return number
        }

        private static func count(_ value: JSONValue, _ keyword: String, at pointer: String) throws(JSONSchemaError) -> Int {
            guard case .number(let number) = value, number >= 0, number.rounded(.towardZero) == number else {
                throw .invalidSchema(message: "\(keyword) must be a non-negative integer", pointer: pointer)
            }
            return Int(exactly: number) ?? Int.max
        }

        private static func uniqueStrings(_ value: JSONValue, _ what: String, at pointer: String) throws(JSONSchemaError) -> [String] {
            guard case .array(let items) = value else {
                throw .invalidSchema(message: "\(what) must be an array of strings", pointer: pointer)
            }
            var strings: [String] = []
            var seen: Set<String> = []
            for item in items {
                guard case .string(let string) = item else {
                    throw .invalidSchema(message: "\(what) must be an array of strings", pointer: pointer)
                }
                guard seen.insert(string).inserted else {
                    throw .invalidSchema(message: "\(what) lists \(quoted(string)) twice", pointer: pointer)
                }
                strings.append(string)
            }
            return strings
        }

        private static func typeSet(_ value: JSONValue, at pointer: String) throws(JSONSchemaError) -> TypeSet {
            var names: [String] = []
            switch value {
            case .string(let name):
                names = [name]
            case .array(let items) where !items.isEmpty:
                for item in items {
                    guard case .string(let name) = item else {
                        throw .invalidSchema(message: "type must be a type name or a non-empty array of type names", pointer: pointer)
                    }
                    guard !names.contains(name) else {
                        throw .invalidSchema(message: "type lists \(quoted(name)) twice", pointer: pointer)
                    }
                    names.append(name)
                }
            default:
                throw .invalidSchema(message: "type must be a type name or a non-empty array of type names", pointer: pointer)
            }
            guard let types = TypeSet(names: names) else {
                let unknown = names.first { TypeSet(names: [$0]) == nil } ?? ""
                throw .invalidSchema(message: "unknown type \(quoted(unknown))", pointer: pointer)
            }
            return types
        }

        private static func pattern(_ source: String, at pointer: String) throws(JSONSchemaError) -> Pattern {
            do {
                return try Pattern(source)
            } catch {
                throw .invalidSchema(message: "pattern \(quoted(source)) is not a valid regular expression", pointer: pointer)
            }
        }

        // MARK: References

        /// The node index of the schema a `$ref` points to, resolved against `base`.
        private mutating func reference(_ value: JSONValue, base: String, at pointer: String) throws(JSONSchemaError) -> Int {
            guard case .string(let text) = value else {
                throw .invalidSchema(message: "$ref must be a string", pointer: pointer)
            }
            let resolved = URIReference(base).resolving(URIReference(text))
            let resource = resolved.withoutFragment.text
            guard let fragment = (resolved.fragment ?? "").removingPercentEncoding else {
                throw .invalidSchema(message: "$ref \(Self.quoted(text)) has a malformed percent-encoding", pointer: pointer)
            }
            guard let resourceTokens = resources[resource] else {
                throw .invalidSchema(message: "$ref \(Self.quoted(text)) points outside this schema document; remote references are not supported", pointer: pointer)
            }
            let tokens: [String]
            if fragment.isEmpty || fragment.hasPrefix("/") {
                guard let pointerTokens = JSONPointer.tokens(fragment) else {
                    throw .invalidSchema(message: "$ref \(Self.quoted(text)) has a malformed json pointer", pointer: pointer)
                }
                tokens = resourceTokens + pointerTokens
            } else {
                guard let anchored = anchors[resource + "#" + fragment] else {
                    throw .invalidSchema(message: "$ref \(Self.quoted(text)) names an anchor that no schema defines", pointer: pointer)
                }
                tokens = anchored
            }
            guard let target = Self.value(at: tokens, in: document) else {
                throw .invalidSchema(message: "$ref \(Self.quoted(text)) points to nothing in the schema document", pointer: pointer)
            }
            return reserve(target, tokens: tokens, base: resource)
        }

        private static func value(at tokens: [String], in document: JSONValue) -> JSONValue? {
            var current = document
            for token in tokens {
                switch current {
                case .object(let members):
                    guard let member = members[token] else { return nil }
                    current = member
                case .array(let elements):
                    guard let index = Int(token), token == String(index), elements.indices.contains(index) else { return nil }
                    current = elements[index]
                default:
                    return nil
                }
            }
            return current
        }

        // MARK: Reference cycles

        /// Rejects a cycle of in-place applicators (`$ref`, `allOf`, `anyOf`, `oneOf`, `not`, `if`,
        /// `then`, `else`, `dependentSchemas`): following it would evaluate the same value forever.
        private static func rejectCycles(in nodes: [Node]) throws(JSONSchemaError) {
            enum State { case unvisited, active, finished }
            var states = [State](repeating: .unvisited, count: nodes.count)
            for start in nodes.indices where states[start] == .unvisited {
                var stack: [(node: Int, edges: [Int], next: Int)] = [(start, nodes[start].inPlaceSubschemas, 0)]
                states[start] = .active
                while let top = stack.last {
                    guard top.next < top.edges.count else {
                        states[top.node] = .finished
                        stack.removeLast()
                        continue
                    }
                    let target = top.edges[top.next]
                    stack[stack.count - 1].next += 1
                    switch states[target] {
                    case .active:
                        throw .invalidSchema(
                            message: "this schema leads back to itself through $ref without moving into the instance, so validation would never end",
                            pointer: cycleKeywordLocation(from: nodes[top.node], to: target, in: nodes)
                        )
                    case .unvisited:
                        states[target] = .active
                        stack.append((target, nodes[target].inPlaceSubschemas, 0))
                    case .finished:
                        break
                    }
                }
            }
        }

        /// Where an edge that closes a cycle is written: the `$ref` keyword, or the subschema entered.
        private static func cycleKeywordLocation(from node: Node, to target: Int, in nodes: [Node]) -> String {
            node.reference == target ? node.location + "/$ref" : nodes[target].location
        }

        static func quoted(_ text: String) -> String {
            JSONValue.string(text).description
        }
    }
}
