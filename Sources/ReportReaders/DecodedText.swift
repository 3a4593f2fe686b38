import ReportModel

/// Text decoded from an input's bytes, ready for a reader: line ends normalised to `\n`, and no
/// character that XML 1.0 forbids.
public struct DecodedText: Sendable, Equatable {
    /// The text.
    public var text: String
    /// The encoding it was decoded from (`UTF-8`, `UTF-16LE`, `UTF-16BE`, `windows-1252`).
    public var encoding: String
    /// What decoding repaired or guessed: a fallback encoding, removed characters.
    public var diagnostics: [Diagnostic]

    /// Creates decoded text.
    public init(text: String, encoding: String, diagnostics: [Diagnostic] = []) {
        self.text = text
        self.encoding = encoding
        self.diagnostics = diagnostics
    }
}
