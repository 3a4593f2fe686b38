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
        var scalars: [Unicode.Scalar] = []
        var utf8: [UInt8] = []
        var offsets: [Int32] = []
        let count = text.utf8.count
        scalars.reserveCapacity(count)
        utf8.reserveCapacity(count)
        offsets.reserveCapacity(count + 1)
        for scalar in text.unicodeScalars {
            offsets.append(Int32(utf8.count))
            scalars.append(scalar)
            Self.appendUTF8(scalar, to: &utf8)
        }
        offsets.append(Int32(utf8.count))
        self.scalars = scalars
        self.utf8 = utf8
        utf8Offsets = offsets
    }

    /// Wraps scalars that are already split out.
    public init(scalars: [Unicode.Scalar]) {
        var utf8: [UInt8] = []
        var offsets: [Int32] = []
        utf8.reserveCapacity(scalars.count)
        offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars {
            offsets.append(Int32(utf8.count))
            Self.appendUTF8(scalar, to: &utf8)
        }
        offsets.append(Int32(utf8.count))
        self.scalars = scalars
        self.utf8 = utf8
        utf8Offsets = offsets
    }

    @inline(__always)
    private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
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
