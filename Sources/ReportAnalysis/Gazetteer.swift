import ReportModel

/// The tool's knowledge of names, read from the data files once per process: countries and their
/// demonyms and capitals, well-known organisations, and the words that make a capitalised phrase an
/// organisation's or a place's name, and the titles that stand before people's names.
struct Gazetteer: Sendable {
    /// A known name.
    struct Entry: Sendable, Equatable {
        /// The canonical name.
        var name: String
        var type: EntityType
        var subtype: String?
    }

    /// Where an organisation word stands in a name.
    enum WordPosition: Sendable {
        case last, head, both
    }

    /// Known names by their exact surface (acronyms and other all-capital forms).
    let exactNames: [String: Entry]
    /// Known names by their lower-cased surface.
    let names: [String: Entry]
    /// Place names that are also common words or names, lower-cased: places only after a locative
    /// preposition ("in Reading").
    let ambiguousPlaces: [String: Entry]
    /// Country entries by lower-cased demonym.
    let demonyms: [String: Entry]
    /// Organisation words: subtype and position.
    let organizationWords: [String: (subtype: String, position: WordPosition)]
    /// Place words, singular, by lower-cased form: subtype.
    let placeWords: [String: String]
    /// Plural place words by lower-cased form: their singular as written in the data.
    let placePlurals: [String: String]
    /// Person titles, lower-cased and possibly several words, and whether the title stays part of
    /// the name (peerages).
    let personTitles: [String: Bool]
    /// The largest number of words in a person title.
    let longestTitle: Int
    /// The first words of person titles, lower-cased, to rule out most positions at once.
    let titleFirstWords: Set<String>
    /// Given names, lower-cased, that are not also common English words.
    let givenNames: Set<String>
    /// Given names that are also common English words ("Will", "May"): evidence only away from
    /// the start of a sentence.
    let ambiguousGivenNames: Set<String>
    /// Last words that make a capitalised phrase an event's, a period's or a document's name,
    /// lower-cased.
    let eventWords: Set<String>
    /// Whole names of events and periods, lower-cased.
    let eventNames: Set<String>
    /// Lower-cased names of continents and world regions, for "north America", "western Europe".
    let regions: Set<String>

    /// The gazetteer built from the embedded data files.
    static let shared = Gazetteer()

    private init() {
        var exact: [String: Entry] = [:]
        var names: [String: Entry] = [:]
        var demonyms: [String: Entry] = [:]
        func add(_ surface: String, _ entry: Entry) {
            let letters = surface.unicodeScalars.filter { $0.isLetter }
            if !letters.isEmpty, letters.allSatisfy({ $0.isCapital }) {
                exact[surface] = exact[surface] ?? entry
            } else {
                let key = surface.lowercased()
                if names[key] == nil { names[key] = entry }
            }
        }
        for fields in Lexicon.records("countries.txt") where fields.count >= 4 {
            let country = Entry(name: fields[0], type: .place, subtype: "country")
            add(fields[0], country)
            for alias in Self.list(fields[1]) { add(alias, country) }
            for demonym in Self.list(fields[2]) { demonyms[demonym.lowercased()] = country }
            if !fields[3].isEmpty { add(fields[3], Entry(name: fields[3], type: .place, subtype: "city")) }
        }
        for fields in Lexicon.records("organizations.txt") where fields.count >= 3 {
            let organization = Entry(name: fields[0], type: .organization, subtype: fields[2].isEmpty ? nil : fields[2])
            add(fields[0], organization)
            for alias in Self.list(fields[1]) { add(alias, organization) }
        }
        // places.txt, read once: the places, the continents and world regions among them, and the
        // names of its last section, which are also common words or names.
        let places = Lexicon.records("places.txt", splitAtHeading: "Ambiguous")
        var regions: Set<String> = ["america", "europe", "africa", "asia", "australasia", "oceania", "antarctica", "arctic"]
        func addPlace(_ fields: [String]) {
            guard fields.count >= 2 else { return }
            if fields[1] == "continent" || fields[1] == "region" { regions.insert(fields[0].lowercased()) }
            guard !fields[0].isEmpty else { return }
            add(fields[0], Entry(name: fields[0], type: .place, subtype: fields[1].isEmpty ? nil : fields[1]))
        }
        for fields in places.before { addPlace(fields) }
        for fields in places.after { addPlace(fields) }
        // Looked up once every place is added: the first entry added for a name is the one kept.
        var ambiguous: [String: Entry] = [:]
        for fields in places.after {
            let key = fields[0].lowercased()
            if let entry = names[key] ?? exact[fields[0]] { ambiguous[key] = entry }
        }
        // Ambiguous place names ("Reading", "Bath") are known only where a place is expected.
        for key in ambiguous.keys {
            names.removeValue(forKey: key)
            exact.removeValue(forKey: ambiguous[key]?.name ?? key)
        }
        ambiguousPlaces = ambiguous
        exactNames = exact
        self.names = names
        self.demonyms = demonyms

        var organizationWords: [String: (subtype: String, position: WordPosition)] = [:]
        for fields in Lexicon.records("organization-words.txt") where fields.count >= 3 {
            let position: WordPosition = fields[2] == "head" ? .head : fields[2] == "both" ? .both : .last
            organizationWords[fields[0].lowercased()] = (fields[1], position)
        }
        self.organizationWords = organizationWords

        var placeWords: [String: String] = [:]
        var placePlurals: [String: String] = [:]
        for fields in Lexicon.records("place-words.txt") where fields.count >= 2 {
            placeWords[fields[0].lowercased()] = fields[1]
            if fields.count >= 3, !fields[2].isEmpty { placePlurals[fields[2].lowercased()] = fields[0] }
        }
        self.placeWords = placeWords
        self.placePlurals = placePlurals

        var titles: [String: Bool] = [:]
        for fields in Lexicon.records("person-titles.txt") {
            titles[fields[0].lowercased()] = fields.count > 1 && fields[1] == "keep"
        }
        personTitles = titles
        longestTitle = titles.keys.map { $0.split(separator: " ").count }.max() ?? 1
        titleFirstWords = Set(titles.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

        let given = Lexicon.lines("given-names.txt", splitAtHeading: "Also common English words")
        givenNames = Set(given.before.map { $0.lowercased() })
        ambiguousGivenNames = Set(given.after.map { $0.lowercased() })
        let events = Lexicon.lines("event-words.txt", splitAtHeading: "Whole names")
        eventWords = Set(events.before.map { $0.lowercased() })
        eventNames = Set(events.after.map { $0.lowercased() })
        self.regions = regions
    }

    private static func list(_ field: String) -> [String] {
        field.split(separator: ",").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    }

    /// The known entry for a surface form, if any (ambiguous place names are not known here).
    func entry(for surface: String) -> Entry? {
        exactNames[surface] ?? names[surface.lowercased()]
    }
}
