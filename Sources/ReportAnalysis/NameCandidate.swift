import ReportModel

/// A capitalised name found in a sentence, before names are grouped into entities.
struct NameCandidate: Sendable {
    /// The first and last token of the name (a title before it excluded).
    var firstToken: Int
    var lastToken: Int
    /// The name's surface text.
    var text: String
    /// Where it stands.
    var span: Span
    /// A title before the name ("President"), kept apart from it.
    var title: String?
    /// The type, when the name itself, its title or the gazetteer says.
    var type: EntityType?
    var subtype: String?
    /// The canonical name the gazetteer or a coordinated designator gives ("Kandahar Province").
    var canonical: String?
    /// Whether it is an acronym ("DoD", "ISIS-K").
    var isAcronym: Bool
    /// Whether the name opens its sentence (so its capital proves nothing).
    var sentenceInitial: Bool
    /// A country this single word refers to as an adjective ("Pakistani"): not a mention.
    var demonymOf: Gazetteer.Entry?
    /// Where the name stands that this acronym abbreviates ("DoD" after "Department of Defence").
    var definedBy: Span?
    /// Whether a speech verb follows ("Smith said"), a hint that it names a person.
    var speaks: Bool = false
    /// Whether a locative preposition stands before it ("in Kabul"), a hint that it names a place.
    var afterLocativePreposition: Bool = false
    /// Whether the name itself says it is a person's: a known given name first, an initial and a
    /// surname ("P Dowd"), or its place in a team line-up.
    var personEvidence: Bool = false
    /// Whether it names an event, a period, a document or a product rather than an entity
    /// ("Cold War", "Green Paper", "Super Bowl"): it is not kept.
    var notAnEntity: Bool = false
}
