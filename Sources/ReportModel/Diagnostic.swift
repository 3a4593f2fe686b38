/// A warning or error about a report, with where in the source it applies.
public struct Diagnostic: Sendable, Equatable, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Equatable, Codable, CaseIterable, Comparable {
        /// Information that needs no action.
        case note
        /// Something was repaired, guessed or left out; the output is still valid.
        case warning
        /// The document could not be converted.
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// A stable, machine-readable code (`unbalanced-quotation-mark`, `encoding-fallback`).
    public var code: String
    /// A lower-case message fragment for people.
    public var message: String
    /// Where in the source it applies, when it applies to one place.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    public init(severity: Severity, code: String, message: String, location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// The diagnostic as `path:line:col: severity: message` (line and column left out when unknown).
    public func formatted(path: String) -> String {
        var prefix = path
        if let location {
            prefix += ":\(location.line):\(location.column)"
        }
        return "\(prefix): \(severity.rawValue): \(message)"
    }
}
