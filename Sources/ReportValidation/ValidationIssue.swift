/// One problem a validator found in a document, with where it stands.
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    /// How serious the issue is.
    public enum Severity: String, Sendable, Equatable {
        /// Worth knowing; the document is still valid.
        case warning
        /// The document is not well-formed or not valid.
        case error
    }

    /// How serious the issue is.
    public var severity: Severity
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int
    /// What is wrong, as a message fragment.
    public var message: String

    /// Creates an issue.
    public init(severity: Severity, line: Int, column: Int, message: String) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
    }

    /// The issue as `path:line:col: severity: message`.
    public func formatted(path: String) -> String {
        "\(path):\(line):\(column): \(severity.rawValue): \(message)"
    }

    public var description: String { formatted(path: "<document>") }
}

extension Array where Element == ValidationIssue {
    /// Whether any issue is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
