/// A text held as Unicode scalars, for constant-time slicing by scalar offsets.
///
/// Spans count Unicode scalars; `String` cannot index by them in constant time, so code that
/// slices many spans of one text converts it once into a `ScalarText`. It keeps the UTF-8 bytes
/// beside the scalars so that slices become strings without re-encoding.
public struct ScalarText: Sendable, Equatable {
    /// The scalars of the text.
    public let scalars: [Unicode.Scalar]
    /// The text's UTF-8 bytes.
    private let utf8: [UInt8]
    /// For each scalar offset (and one past the end), its UTF-8 offset.
    private let utf8Offsets: [Int32]

    /// Converts a string.
    public init(_ text: String) {
        let utf8 = Array(text.utf8)
        var offsets: [Int32] = []
        offsets.reserveCapacity(utf8.count + 1)
        // A string's UTF-8 is valid, so each scalar starts at a byte that is no continuation byte.
        for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 { offsets.append(Int32(offset)) }
        offsets.append(Int32(utf8.count))
        scalars = Array(text.unicodeScalars)
        self.utf8 = utf8
        utf8Offsets = offsets
    }

    /// Wraps scalars that are already split out.
    public init(scalars: [Unicode.Scalar]) {
        self.init(String(scalars: scalars))
    }

    /// The number of scalars.
    public var count: Int { scalars.count }

    /// The text of a range of scalar offsets, clamped to the text.
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return String(decoding: utf8[Int(utf8Offsets[lower])..<Int(utf8Offsets[upper])], as: UTF8.self)
    }

    /// The whole text.
    public var string: String { String(decoding: utf8, as: UTF8.self) }

    public static func == (lhs: ScalarText, rhs: ScalarText) -> Bool {
        lhs.scalars == rhs.scalars
    }
}
