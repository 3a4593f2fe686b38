/// One way in which an instance fails a JSON Schema.
public struct JSONSchemaViolation: Sendable, Equatable, CustomStringConvertible {
    /// The JSON Pointer (RFC 6901) of the offending value in the instance; `""` is the instance itself.
    public let instancePath: String
    /// The JSON Pointer of the failing keyword in the schema document, for example
    /// `/properties/a/type`; behind a `$ref` this is where the keyword is written, not the path through the `$ref`.
    public let schemaPath: String
    /// What is wrong, a lower-case fragment such as `expected string, found number`.
    public let message: String

    /// Creates a violation from its parts.
    ///
    /// - Parameters:
    ///   - instancePath: the JSON Pointer of the offending value in the instance.
    ///   - schemaPath: the JSON Pointer of the failing keyword in the schema.
    ///   - message: what is wrong, a lower-case fragment.
    public init(instancePath: String, schemaPath: String, message: String) {
        self.instancePath = instancePath
        self.schemaPath = schemaPath
        self.message = message
    }

    /// `instancePath: message (schema #schemaPath)`, with `(root)` for the empty instance path, for
    /// example `/a/0: expected string, found number (schema #/properties/a/items/type)`.
    public var description: String {
        "\(instancePath.isEmpty ? "(root)" : instancePath): \(message) (schema #\(schemaPath))"
    }
}
