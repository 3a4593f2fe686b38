extension JSONSchema {
    /// One compiled schema: a boolean schema or the validation keywords of a schema object.
    ///
    /// Keywords are grouped by the instance type they apply to, so the evaluator looks at the
    /// instance's type once and then only at the keywords that can apply; a group is `nil` when the
    /// schema has none of its keywords. Subschemas are indices into the compiled schema's node table.
    /// Everything is immutable, so nodes are shared freely between threads.
    final class Node: Sendable {
        /// The JSON Pointer of this schema in the schema document.
        let location: String
        /// Whether this is the boolean schema `false`, which no value passes.
        let isFalse: Bool
        /// `type`.
        let types: TypeSet?
        /// `$ref`: the target node.
        let reference: Int?
        /// `enum`.
        let allowedValues: [JSONValue]?
        /// `const`.
        let constant: JSONValue?
        let numberRules: NumberRules?
        let stringRules: StringRules?
        let arrayRules: ArrayRules?
        let objectRules: ObjectRules?
        let applicators: Applicators?

        /// A boolean schema.
        init(location: String, allowsEverything: Bool) {
            self.location = location
            isFalse = !allowsEverything
            types = nil
            reference = nil
            allowedValues = nil
            constant = nil
            numberRules = nil
            stringRules = nil
            arrayRules = nil
            objectRules = nil
            applicators = nil
        }

        /// A schema object's keywords.
        init(
            location: String, types: TypeSet?, reference: Int?, allowedValues: [JSONValue]?, constant: JSONValue?,
            numberRules: NumberRules?, stringRules: StringRules?, arrayRules: ArrayRules?, objectRules: ObjectRules?,
            applicators: Applicators?
        ) {
            self.location = location
            isFalse = false
            self.types = types
            self.reference = reference
            self.allowedValues = allowedValues
            self.constant = constant
            self.numberRules = numberRules
            self.stringRules = stringRules
            self.arrayRules = arrayRules
            self.objectRules = objectRules
            self.applicators = applicators
        }

        /// The subschemas applied to the same value as this node (not to a member or element): following
        /// these alone must never lead back to this node.
        var inPlaceSubschemas: [Int] {
            var indices: [Int] = []
            if let reference { indices.append(reference) }
            if let applicators {
                indices += applicators.allOf + applicators.anyOf + applicators.oneOf
                indices += [applicators.not, applicators.condition, applicators.then, applicators.otherwise].compactMap { $0 }
            }
            if let objectRules { indices += objectRules.dependentSchemas.map(\.node) }
            return indices
        }

        /// `multipleOf`, `maximum`, `exclusiveMaximum`, `minimum`, `exclusiveMinimum`.
        final class NumberRules: Sendable {
            let multipleOf: Double?
            let maximum: Double?
            let exclusiveMaximum: Double?
            let minimum: Double?
            let exclusiveMinimum: Double?

            init(multipleOf: Double?, maximum: Double?, exclusiveMaximum: Double?, minimum: Double?, exclusiveMinimum: Double?) {
                self.multipleOf = multipleOf
                self.maximum = maximum
                self.exclusiveMaximum = exclusiveMaximum
                self.minimum = minimum
                self.exclusiveMinimum = exclusiveMinimum
            }
        }

        /// `maxLength`, `minLength`, `pattern`.
        final class StringRules: Sendable {
            let maxLength: Int?
            let minLength: Int?
            let pattern: Pattern?

            init(maxLength: Int?, minLength: Int?, pattern: Pattern?) {
                self.maxLength = maxLength
                self.minLength = minLength
                self.pattern = pattern
            }
        }

        /// `prefixItems`, `items`, `contains` (with `minContains` and `maxContains`), `maxItems`,
        /// `minItems`, `uniqueItems`.
        final class ArrayRules: Sendable {
            let prefixItems: [Int]
            let items: Int?
            let contains: Int?
            let minContains: Int
            let maxContains: Int?
            /// Whether `minContains` is written, so that a shortfall is reported there rather than at `contains`.
            let minContainsIsExplicit: Bool
            let maxItems: Int?
            let minItems: Int?
            let uniqueItems: Bool

            init(
                prefixItems: [Int], items: Int?, contains: Int?, minContains: Int, maxContains: Int?,
                minContainsIsExplicit: Bool, maxItems: Int?, minItems: Int?, uniqueItems: Bool
            ) {
                self.prefixItems = prefixItems
                self.items = items
                self.contains = contains
                self.minContains = minContains
                self.maxContains = maxContains
                self.minContainsIsExplicit = minContainsIsExplicit
                self.maxItems = maxItems
                self.minItems = minItems
                self.uniqueItems = uniqueItems
            }
        }

        /// `required`, `dependentRequired`, `properties`, `patternProperties`, `additionalProperties`,
        /// `propertyNames`, `maxProperties`, `minProperties`, `dependentSchemas`.
        final class ObjectRules: Sendable {
            let required: [String]
            /// When `property` is present, so must every name in `required` be; sorted by property.
            let dependentRequired: [(property: String, required: [String])]
            /// `properties`: member name to node.
            let properties: [String: Int]
            /// `patternProperties`, sorted by pattern source.
            let patternProperties: [(pattern: Pattern, node: Int)]
            let additionalProperties: Int?
            let propertyNames: Int?
            let maxProperties: Int?
            let minProperties: Int?
            /// Sorted by property.
            let dependentSchemas: [(property: String, node: Int)]

            /// Whether any member-by-member keyword is present.
            var checksMembers: Bool {
                !properties.isEmpty || !patternProperties.isEmpty || additionalProperties != nil
            }

            init(
                required: [String], dependentRequired: [(property: String, required: [String])], properties: [String: Int],
                patternProperties: [(pattern: Pattern, node: Int)], additionalProperties: Int?, propertyNames: Int?,
                maxProperties: Int?, minProperties: Int?, dependentSchemas: [(property: String, node: Int)]
            ) {
                self.required = required
                self.dependentRequired = dependentRequired
                self.properties = properties
                self.patternProperties = patternProperties
                self.additionalProperties = additionalProperties
                self.propertyNames = propertyNames
                self.maxProperties = maxProperties
                self.minProperties = minProperties
                self.dependentSchemas = dependentSchemas
            }
        }

        /// `allOf`, `anyOf`, `oneOf`, `not`, and `if` with `then` and `else`.
        final class Applicators: Sendable {
            let allOf: [Int]
            let anyOf: [Int]
            let oneOf: [Int]
            let not: Int?
            /// `if`; `nil` also when neither `then` nor `else` is present, since it then changes nothing.
            let condition: Int?
            let then: Int?
            let otherwise: Int?

            init(allOf: [Int], anyOf: [Int], oneOf: [Int], not: Int?, condition: Int?, then: Int?, otherwise: Int?) {
                self.allOf = allOf
                self.anyOf = anyOf
                self.oneOf = oneOf
                self.not = not
                self.condition = condition
                self.then = then
                self.otherwise = otherwise
            }
        }
    }
}
