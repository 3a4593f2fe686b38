extension JSONSchema {
    /// One compiled validation keyword with its precomputed operands; subschemas are node indices.
    enum Keyword: Sendable {
        case type(TypeSet)
        case ref(Int)
        case enumeration([JSONValue])
        case constant(JSONValue)
        case multipleOf(Double)
        case maximum(Double)
        case exclusiveMaximum(Double)
        case minimum(Double)
        case exclusiveMinimum(Double)
        case maxLength(Int)
        case minLength(Int)
        case pattern(Pattern)
        /// `prefixItems` and `items` together: `items` applies after the prefix.
        case items(prefix: [Int], rest: Int?)
        case contains(Contains)
        case maxItems(Int)
        case minItems(Int)
        case uniqueItems
        case required([String])
        case dependentRequired([Dependency])
        /// `properties`, `patternProperties` and `additionalProperties` together, since the last depends on the others.
        case members(Members)
        case propertyNames(Int)
        case maxProperties(Int)
        case minProperties(Int)
        case dependentSchemas([(property: String, node: Int)])
        case allOf([Int])
        case anyOf([Int])
        case oneOf([Int])
        case not(Int)
        /// `if` with its `then` and `else`.
        case conditional(condition: Int, then: Int?, otherwise: Int?)

        /// The compiled `contains`, `minContains` and `maxContains`.
        struct Contains: Sendable {
            let node: Int
            let minimum: Int
            let maximum: Int?
            /// Whether `minContains` is written, so that a shortfall is reported there rather than at `contains`.
            let minimumIsExplicit: Bool
        }

        /// One `dependentRequired` entry: when `property` is present, so must `required` be.
        struct Dependency: Sendable {
            let property: String
            let required: [String]
        }

        /// The compiled object-member keywords.
        struct Members: Sendable {
            /// `properties`: member name to node.
            let properties: [String: Int]
            /// `patternProperties`, in the order of their sorted sources.
            let patterns: [(pattern: Pattern, node: Int)]
            /// `additionalProperties`.
            let additional: Int?
        }
    }
}
