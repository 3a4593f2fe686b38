/// A problem libxml2 found in an XML document or schema: a well-formedness error, a validity
/// error or a warning, with where it stands.
public struct XMLIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// How serious the issue is.
    public enum Severity: String, Sendable, Equatable {
        /// The document is still usable.
        case warning
        /// The document is not well-formed or not valid.
        case error
    }

    /// How serious the issue is.
    public var severity: Severity
    /// The 1-based line, or 0 when libxml2 does not know it.
    public var line: Int
    /// The 1-based column, or 0 when libxml2 does not know it.
    public var column: Int
    /// libxml2's message, trimmed.
    public var message: String
    /// The local name of the element the issue is about, when libxml2 names one.
    public var elementName: String?

    /// Creates an issue.
    public init(severity: Severity, line: Int, column: Int, message: String, elementName: String? = nil) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
        self.elementName = elementName
    }

    public var description: String {
        "\(line):\(column): \(severity.rawValue): \(message)"
    }
}
