/// A direct quotation: words in quotation marks that report what someone said or wrote.
public struct Quotation: Sendable, Equatable, Codable, Identifiable {
    /// A stable identifier (`q1`, `q2`, ... in the order the quotations open).
    public var id: String
    /// The quoted words, everything between the marks; a quotation that runs over several
    /// paragraphs has its parts joined by one space.
    public var text: String
    /// The quoted stretches, one per paragraph the quotation runs over, without the marks.
    public var parts: [Span]
    /// Who said or wrote it, when the text says.
    public var speaker: Speaker?
    /// The verb or phrase that attributes it ("said", "stated", "according to").
    public var cue: String?
    /// Where the cue stands.
    public var cueSpan: Span?

    /// Creates a quotation.
    public init(id: String, text: String, parts: [Span], speaker: Speaker? = nil, cue: String? = nil, cueSpan: Span? = nil) {
        self.id = id
        self.text = text
        self.parts = parts
        self.speaker = speaker
        self.cue = cue
        self.cueSpan = cueSpan
    }

    /// Encodes `speaker` and `cue` as `null` when absent, as the evaluation contract shows them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(parts, forKey: .parts)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(cue, forKey: .cue)
        try container.encodeIfPresent(cueSpan, forKey: .cueSpan)
    }
}

/// The source of a quotation: an entity, or a descriptive phrase ("the report", "a spokesman").
public struct Speaker: Sendable, Equatable, Codable {
    /// What kind of source a speaker is.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// A person or people ("John Smith", "a spokesman", "officials").
        case person
        /// An organisation ("the ministry", "BAA").
        case organization
        /// A document or other work ("the report", "the statement").
        case document
        /// Not known (an unresolved pronoun, a bare name).
        case unknown
    }

    /// The speaker's name: the entity's canonical name, or the phrase as written.
    public var name: String
    /// The id of the entity, when the speaker is one.
    public var entity: String?
    /// What kind of source it is.
    public var kind: Kind
    /// Where the phrase that names the speaker stands (which may be a pronoun).
    public var span: Span?

    /// Creates a speaker.
    public init(name: String, entity: String? = nil, kind: Kind = .unknown, span: Span? = nil) {
        self.name = name
        self.entity = entity
        self.kind = kind
        self.span = span
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(entity, forKey: .entity)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(span, forKey: .span)
    }
}
