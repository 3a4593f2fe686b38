/// A numeric expression: an amount of money, a percentage or a count of something.
public struct Figure: Sendable, Equatable, Codable, Identifiable {
    /// What a figure measures.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// An amount of money ("$1.13bn", "£600m").
        case money
        /// A percentage ("12%", "12 per cent").
        case percentage
        /// A count of things ("more than 70 people").
        case count
    }

    /// A stable identifier (`f1`, `f2`, ... in text order).
    public var id: String
    /// What the figure measures.
    public var kind: Kind
    /// Where the expression stands.
    public var span: Span
    /// The expression exactly as written.
    public var text: String
    /// The number, with multipliers applied ("$1.13bn" → 1130000000).
    public var value: Double
    /// The unit: an ISO 4217 currency code for money, `percent`, or what a count counts ("people").
    public var unit: String?
    /// A qualifier of the number ("more than", "about", "up to").
    public var qualifier: String?

    /// Creates a figure.
    public init(id: String, kind: Kind, span: Span, text: String, value: Double, unit: String? = nil, qualifier: String? = nil) {
        self.id = id
        self.kind = kind
        self.span = span
        self.text = text
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
    }
}
