/// A strict JSON (RFC 8259) parser working directly on UTF-8 bytes.
///
/// The parser accepts exactly the JSON grammar: no trailing commas, no comments, no `NaN` or
/// `Infinity`, no byte order mark, no lone surrogates in `\u` escapes, no duplicate object keys and
/// no trailing content. Nesting is limited to `maximumDepth` arrays and objects. Numbers become
/// `Double`s; a number too large for a `Double` is an error. Object keys are Swift strings, so two
/// keys that differ only in Unicode normalization count as duplicates.
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted; one more level is an error.
    public static let maximumDepth = 512

    /// Parses one JSON document from UTF-8 bytes.
    ///
    /// - Parameter bytes: the whole document, in UTF-8 without a byte order mark.
    /// - Returns: the document's top-level value.
    /// - Throws: `JSONParseError` with a lower-case message and the 1-based line and column of the
    ///   first fault, for example `expected ',' or '}' after an object member`.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        try withBuffer(bytes) { buffer throws(JSONParseError) in
            var reader = Reader(buffer)
            return try reader.parseDocument()
        }
    }

    /// Parses one JSON document from a string.
    ///
    /// - Parameter text: the whole document.
    /// - Returns: the document's top-level value.
    /// - Throws: `JSONParseError` as the byte-based `parse` does.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(text.utf8)
    }

    /// Where the value at a JSON Pointer starts in a document.
    ///
    /// The document is scanned, not parsed, so a fault after the pointed-to value does not matter;
    /// with duplicate keys the first member wins.
    ///
    /// - Parameters:
    ///   - pointer: an RFC 6901 pointer such as `""` (the root), `"/a/0"` or `"/a~1b"` (key `a/b`).
    ///   - bytes: the document in UTF-8.
    /// - Returns: the 1-based line and column (in Unicode scalars) of the value's first character, or
    ///   `nil` when the pointer is malformed or nothing is at that location.
    public static func location(ofPointer pointer: String, in bytes: some Collection<UInt8>) -> (line: Int, column: Int)? {
        guard let tokens = JSONPointer.tokens(pointer) else { return nil }
        return try? withBuffer(bytes) { buffer in
            var reader = Reader(buffer)
            guard let offset = reader.offset(ofPointerTokens: tokens) else { return nil }
            return Reader.position(of: offset, in: buffer)
        }
    }

    /// Calls `body` with the bytes in contiguous memory: their own storage when they have it, else
    /// a copy. (`Result` carries the typed error through `withContiguousStorageIfAvailable`, whose
    /// closure cannot throw a typed error.)
    private static func withBuffer<Bytes: Collection<UInt8>, Value>(
        _ bytes: Bytes, _ body: (UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> Value
    ) throws(JSONParseError) -> Value {
        let run = { (buffer: UnsafeBufferPointer<UInt8>) in Result { () throws(JSONParseError) -> Value in try body(buffer) } }
        if let result = bytes.withContiguousStorageIfAvailable(run) { return try result.get() }
        return try Array(bytes).withUnsafeBufferPointer(run).get()
    }
}
