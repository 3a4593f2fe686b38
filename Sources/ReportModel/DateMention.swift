/// A calendar expression in the text, with its ISO 8601 value where it can be known.
public struct DateMention: Sendable, Equatable, Codable, Identifiable {
    /// A stable identifier (`d1`, `d2`, ... in text order).
    public var id: String
    /// Where the expression stands.
    public var span: Span
    /// The expression exactly as written ("January 10, 2017", "early this month").
    public var text: String
    /// The ISO 8601 value at the expression's precision (`2017`, `2017-01`, `2017-01-10`), or `nil`
    /// when it cannot be known (a relative date without a publication date to anchor it).
    public var value: String?
    /// How precise the expression is.
    public var precision: DatePrecision
    /// Whether the value was worked out relative to the publication date.
    public var relative: Bool
    /// A qualifier the value cannot carry ("early", "late", "mid", "spring").
    public var qualifier: String?

    /// Creates a date mention.
    public init(id: String, span: Span, text: String, value: String?, precision: DatePrecision, relative: Bool = false, qualifier: String? = nil) {
        self.id = id
        self.span = span
        self.text = text
        self.value = value
        self.precision = precision
        self.relative = relative
        self.qualifier = qualifier
    }

    /// Encodes `value` as `null` when it cannot be known, as the evaluation contract shows it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(span, forKey: .span)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(precision, forKey: .precision)
        try container.encode(relative, forKey: .relative)
        try container.encodeIfPresent(qualifier, forKey: .qualifier)
    }
}

/// The precision of a calendar expression.
public enum DatePrecision: String, Sendable, Equatable, Codable, CaseIterable {
    /// A decade ("the 1990s").
    case decade
    /// A year ("2017", "last year").
    case year
    /// A season or quarter of a year ("summer 2006").
    case season
    /// A month ("January 2017", "this month").
    case month
    /// A week ("next week").
    case week
    /// A day ("10 January 2017", "on Friday").
    case day
}
