/// Why and where `JSONParser` rejected its input.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, as a lower-case fragment such as `expected ',' or '}' after an object member`.
    public let message: String
    /// The 1-based line of the fault; lines end at LF, CR LF or a lone CR.
    public let line: Int
    /// The 1-based column of the fault, counted in Unicode scalars from the start of the line.
    public let column: Int
    /// The 0-based offset of the fault in the input bytes.
    public let byteOffset: Int

    /// Creates an error from its parts.
    ///
    /// - Parameters:
    ///   - message: what went wrong, a lower-case fragment.
    ///   - line: the 1-based line.
    ///   - column: the 1-based column in Unicode scalars.
    ///   - byteOffset: the 0-based byte offset.
    public init(message: String, line: Int, column: Int, byteOffset: Int) {
        self.message = message
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// `line:column: message`, for example `3:14: expected ':' after an object key`.
    public var description: String {
        "\(line):\(column): \(message)"
    }
}
