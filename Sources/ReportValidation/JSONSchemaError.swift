/// Why `JSONSchema` could not compile a schema document.
public enum JSONSchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The schema is unusable: a keyword has a value of the wrong type, a pattern does not compile,
    /// a `$ref` has no target in the document, or the schema relies on a feature this validator
    /// does not support (such as `unevaluatedProperties`, `$dynamicRef` or a remote `$ref`).
    ///
    /// - Parameters:
    ///   - message: what is wrong, a lower-case fragment.
    ///   - pointer: the JSON Pointer of the offending keyword in the schema document (`""` is the root).
    case invalidSchema(message: String, pointer: String)

    /// `message at pointer`, for example `unsupported keyword "unevaluatedProperties" at /unevaluatedProperties`.
    public var description: String {
        switch self {
        case .invalidSchema(let message, let pointer):
            return "\(message) at \(pointer.isEmpty ? "the schema root" : pointer)"
        }
    }
}
