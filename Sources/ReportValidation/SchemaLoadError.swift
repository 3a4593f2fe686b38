/// A schema that could not be read or compiled. The tool cannot work without its schemas, so the
/// command line treats this as exit status 2, not as an invalid document.
public struct SchemaLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The schema's path or name.
    public var schema: String
    /// What went wrong, each with its place in the schema when known.
    public var issues: [ValidationIssue]

    /// Creates a load error.
    public init(schema: String, issues: [ValidationIssue]) {
        self.schema = schema
        self.issues = issues
    }

    /// Creates a load error with one message and no place.
    public init(schema: String, message: String) {
        self.init(schema: schema, issues: [ValidationIssue(severity: .error, line: 1, column: 1, message: message)])
    }

    public var description: String {
        issues.map { $0.formatted(path: schema) }.joined(separator: "\n")
    }
}
