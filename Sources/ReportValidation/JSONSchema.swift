/// A compiled JSON Schema (draft 2020-12) that validates instances.
///
/// Compile a schema once and use it from any number of threads: the compiled form is immutable.
/// Supported: `type`, `enum`, `const`, the numeric, string, array and object keywords
/// (`multipleOf`, `maximum`, `exclusiveMaximum`, `minimum`, `exclusiveMinimum`, `maxLength`,
/// `minLength`, `pattern`, `prefixItems`, `items`, `contains`, `minContains`, `maxContains`,
/// `maxItems`, `minItems`, `uniqueItems`, `properties`, `patternProperties`, `additionalProperties`,
/// `propertyNames`, `maxProperties`, `minProperties`, `required`, `dependentRequired`,
/// `dependentSchemas`), the applicators `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`,
/// boolean schemas, and `$ref` within the document (JSON Pointer fragments, `$anchor`, and URIs
/// resolved against embedded `$id`s). Annotations (`title`, `description`, `default`, `examples`,
/// `format`, `deprecated`, `readOnly`, `writeOnly`, `$comment`, `content*`) are accepted and not
/// asserted. Lengths count Unicode code points; `integer` means a number without a fractional part.
///
/// Keywords that would change the outcome but are not implemented (`unevaluatedProperties`,
/// `unevaluatedItems`, `$dynamicRef`, `$recursiveRef`, a `$ref` to another document, a `$schema`
/// other than draft 2020-12) make the schema invalid instead of being ignored.
public final class JSONSchema: Sendable {
    private let evaluator: Evaluator

    /// Compiles a schema document.
    ///
    /// - Parameter schema: the schema, an object or a boolean.
    /// - Throws: `JSONSchemaError.invalidSchema(message:pointer:)` when a keyword has a value of the
    ///   wrong type, a pattern does not compile, a `$ref` has no target in the document, a reference
    ///   cycle would never end, or the schema uses an unsupported keyword; `pointer` locates the keyword.
    public init(_ schema: JSONValue) throws(JSONSchemaError) {
        var compiler = Compiler(document: schema)
        evaluator = Evaluator(nodes: try compiler.compile())
    }

    /// Validates an instance and returns every violation found.
    ///
    /// Violations are ordered by instance path (members by key, elements by index, a value before its
    /// members), then by the order in which the schema's keywords are checked; `anyOf`, `oneOf` and
    /// `not` report one violation each rather than the failures of their subschemas.
    ///
    /// - Parameter instance: the value to check.
    /// - Returns: the violations; empty when the instance is valid.
    public func validate(_ instance: JSONValue) -> [JSONSchemaViolation] {
        var pending: [PendingViolation] = []
        if evaluator.evaluate(0, instance, &pending, true) { return [] }
        let ordered = pending.indices.sorted { lhs, rhs in
            PendingViolation.precedes(pending[lhs], pending[rhs]) ?? (lhs < rhs)
        }
        return ordered.map { index in
            let violation = pending[index]
            return JSONSchemaViolation(
                instancePath: violation.instancePointer, schemaPath: violation.schemaPath, message: violation.message
            )
        }
    }

    /// Whether an instance is valid; faster than `validate(_:)` on invalid instances because it stops
    /// at the first violation.
    ///
    /// - Parameter instance: the value to check.
    /// - Returns: `true` when `validate(_:)` would return no violations.
    public func isValid(_ instance: JSONValue) -> Bool {
        evaluator.passes(0, instance)
    }
}
