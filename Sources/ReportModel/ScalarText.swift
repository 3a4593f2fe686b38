/// A text held as an array of Unicode scalars, for constant-time slicing by scalar offsets.
///
/// Spans count Unicode scalars; `String` cannot index by them in constant time, so code that
/// slices many spans of one text converts it once into a `ScalarText`.
public struct ScalarText: Sendable, Equatable {
    /// The scalars of the text.
    public let scalars: [Unicode.Scalar]

    /// Converts a string.
    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Wraps scalars that are already split out.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The number of scalars.
    public var count: Int { scalars.count }

    /// The text of a range of scalar offsets, clamped to the text.
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[lower..<upper])
        return String(result)
    }

    /// The whole text.
    public var string: String { string(0..<scalars.count) }
}
