import ReportModel

/// Why a reader could not read an input. Every case says what is wrong and, where it applies,
/// where; ``diagnostic`` turns it into a located error for the command line.
public enum ReaderError: Error, Sendable, Equatable {
    /// The input has no bytes.
    case empty
    /// The input holds only white space.
    case whitespaceOnly
    /// The input holds front matter and nothing after it but white space.
    case noTextAfterFrontMatter
    /// The input is not text (`reason` says how that was seen: a file signature, control bytes).
    case binary(reason: String)
    /// The input declares an encoding by its byte-order mark but is not valid in it.
    case invalidEncoding(encoding: String, byteOffset: Int)
    /// The YAML front matter does not parse, or has the wrong shape.
    case frontMatter(message: String, location: SourceLocation)
    /// A structured input (report XML or JSON) is malformed or is not a report.
    case malformed(message: String, location: SourceLocation)

    /// The error as a diagnostic.
    public var diagnostic: Diagnostic {
        switch self {
        case .empty:
            Diagnostic(severity: .error, code: "empty-input", message: "the input is empty", location: SourceLocation(line: 1, column: 1))
        case .whitespaceOnly:
            Diagnostic(severity: .error, code: "empty-input", message: "the input holds only white space", location: SourceLocation(line: 1, column: 1))
        case .noTextAfterFrontMatter:
            Diagnostic(severity: .error, code: "empty-input", message: "the input has front matter but no text after it", location: SourceLocation(line: 1, column: 1))
        case .binary(let reason):
            Diagnostic(severity: .error, code: "binary-input", message: "the input is not text: \(reason)", location: SourceLocation(line: 1, column: 1))
        case .invalidEncoding(let encoding, let byteOffset):
            Diagnostic(severity: .error, code: "invalid-encoding", message: "the input is not valid \(encoding) at byte offset \(byteOffset)", location: SourceLocation(line: 1, column: 1))
        case .frontMatter(let message, let location):
            Diagnostic(severity: .error, code: "front-matter", message: "front matter: \(message)", location: location)
        case .malformed(let message, let location):
            Diagnostic(severity: .error, code: "malformed-input", message: message, location: location)
        }
    }
}
