/// A stretch of one block's text: the block's index and a half-open range of Unicode-scalar offsets.
public struct Span: Sendable, Hashable, Codable, Comparable {
    /// The index of the block in ``Report/blocks``.
    public var block: Int
    /// The offset of the first scalar.
    public var start: Int
    /// The offset one past the last scalar.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(block: Int, start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.block = block
        self.start = start
        self.end = end
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// Whether the span lies wholly inside `other`.
    public func isInside(_ other: Span) -> Bool {
        block == other.block && start >= other.start && end <= other.end
    }

    /// Whether the two spans share at least one scalar (an empty span shares none).
    public func overlaps(_ other: Span) -> Bool {
        block == other.block && start < other.end && other.start < end && start < end && other.start < other.end
    }

    /// Spans order by position; of two spans that start together the longer comes first, so a
    /// span precedes the spans it encloses.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.block, lhs.start, rhs.end) < (rhs.block, rhs.start, lhs.end)
    }
}
