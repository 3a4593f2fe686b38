import Foundation

/// A compiled JSON Schema as a ``DocumentValidator``: parses a document strictly and reports each
/// violation at the line and column where the offending value starts.
public final class JSONSchemaValidator: DocumentValidator {
    private let schema: JSONSchema

    public var kind: SchemaKind { .jsonSchema }

    /// Compiles a schema held in memory.
    public convenience init(text: String, name: String) throws(SchemaLoadError) {
        try self.init(bytes: Array(text.utf8), name: name)
    }

    /// Compiles a schema file.
    public convenience init(contentsOf url: URL) throws(SchemaLoadError) {
        try self.init(bytes: try readSchemaFile(url), name: url.path)
    }

    private init(bytes: [UInt8], name: String) throws(SchemaLoadError) {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw SchemaLoadError(schema: name, issues: [ValidationIssue(severity: .error, line: error.line, column: error.column, message: error.message)])
        }
        do {
            schema = try JSONSchema(document)
        } catch {
            guard case .invalidSchema(let message, let pointer) = error else { throw SchemaLoadError(schema: name, message: "\(error)") }
            let location = JSONParser.location(ofPointer: pointer, in: bytes)
            throw SchemaLoadError(schema: name, issues: [ValidationIssue(
                severity: .error, line: location?.line ?? 1, column: location?.column ?? 1,
                message: "not a usable JSON Schema: \(message) (at \(pointer.isEmpty ? "the root" : pointer))")])
        }
    }

    public func validate(_ bytes: [UInt8]) -> [ValidationIssue] {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            return [ValidationIssue(severity: .error, line: error.line, column: error.column, message: "not valid JSON: \(error.message)")]
        }
        return validate(parsed: document, source: bytes)
    }

    /// Validates a document already parsed from `bytes` (which locate the violations), so that a
    /// caller that needs the parsed value parses once.
    public func validate(parsed document: JSONValue, source bytes: [UInt8]) -> [ValidationIssue] {
        schema.validate(document).map { violation in
            let location = JSONParser.location(ofPointer: violation.instancePath, in: bytes)
            let place = violation.instancePath.isEmpty ? "the document" : violation.instancePath
            return ValidationIssue(
                severity: .error, line: location?.line ?? 1, column: location?.column ?? 1,
                message: "\(place): \(violation.message) (schema \(violation.schemaPath))"
            )
        }
    }
}
