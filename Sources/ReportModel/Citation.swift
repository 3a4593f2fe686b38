/// A document or work the report refers to by its title: a report, a law, a book, a film, a programme.
public struct Citation: Sendable, Equatable, Codable, Identifiable {
    /// A stable identifier (`c1`, `c2`, ... in the order first cited).
    public var id: String
    /// The title, as written, without its quotation marks.
    public var title: String
    /// What kind of work it is, when the text says ("report", "law", "book", "film", "programme").
    public var kind: String?
    /// Where the title stands, each time it is cited.
    public var spans: [Span]
    /// The organisation or person that issued it, when the text says.
    public var publisher: String?
    /// The id of the publisher's entity, when it is one.
    public var publisherEntity: String?

    /// Creates a citation.
    public init(id: String, title: String, kind: String? = nil, spans: [Span], publisher: String? = nil, publisherEntity: String? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.spans = spans
        self.publisher = publisher
        self.publisherEntity = publisherEntity
    }
}
