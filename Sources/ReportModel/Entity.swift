/// A named entity: one real-world person, organisation or place, with every mention of it.
public struct Entity: Sendable, Equatable, Codable, Identifiable {
    /// A stable identifier derived from the entity's type and name (`org-us-department-of-defence`).
    public var id: String
    /// The broad type.
    public var type: EntityType
    /// A finer kind where the text or the tool's knowledge makes it clear
    /// (`country`, `city`, `government-body`, `armed-group`, `company`, ...).
    public var subtype: String?
    /// The canonical name: the fullest form the text gives.
    public var name: String
    /// Other names the text uses for it (acronyms, short forms, variants), without the name itself.
    public var aliases: [String]
    /// Every mention, in text order.
    public var mentions: [Mention]
    /// Adjectives that refer to the entity without naming it ("Pakistani" for Pakistan), in text
    /// order; they are not mentions.
    public var demonyms: [Mention]

    /// Creates an entity.
    public init(id: String, type: EntityType, subtype: String? = nil, name: String, aliases: [String] = [], mentions: [Mention] = [], demonyms: [Mention] = []) {
        self.id = id
        self.type = type
        self.subtype = subtype
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
        self.demonyms = demonyms
    }
}

/// The broad type of a named entity.
public enum EntityType: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// A real person.
    case person
    /// A company, government body, party, armed group, club, outlet and the like.
    case organization
    /// A country, region, city, geographic feature or venue.
    case place
}

/// One occurrence of an entity's name in the text.
public struct Mention: Sendable, Equatable, Codable {
    /// Where the mention stands.
    public var span: Span
    /// The surface text, exactly as it stands in the report.
    public var text: String
    /// A title or office standing before a person's name ("President"), kept apart from the name.
    public var title: String?

    /// Creates a mention.
    public init(span: Span, text: String, title: String? = nil) {
        self.span = span
        self.text = text
        self.title = title
    }
}
