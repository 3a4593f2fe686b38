/// Where a report came from: which input bytes and which converter.
public struct Provenance: Sendable, Equatable, Codable {
    /// The input's name relative to what was given on the command line (`a/b.txt`, or `-` for
    /// standard input); never an absolute path, so that output does not depend on the checkout.
    public var input: String
    /// The SHA-256 digest of the input bytes, lower-case hexadecimal.
    public var sha256: String
    /// The size of the input in bytes.
    public var byteCount: Int
    /// The character encoding the input was decoded from (`UTF-8`, `UTF-16LE`, `windows-1252`).
    public var encoding: String
    /// The converter's name.
    public var converter: String
    /// The converter's version.
    public var version: String
    /// When the conversion ran, ISO 8601 UTC; only set when asked for (`SOURCE_DATE_EPOCH`).
    public var created: String?

    /// Creates provenance.
    public init(input: String, sha256: String, byteCount: Int, encoding: String, converter: String, version: String, created: String? = nil) {
        self.input = input
        self.sha256 = sha256
        self.byteCount = byteCount
        self.encoding = encoding
        self.converter = converter
        self.version = version
        self.created = created
    }
}
