/// What the analysis needs to know about a word, looked up once per token: each analyzer asks its
/// question by a bit instead of hashing the word again against its own list.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// A function word that opens sentences ("The", "However").
    static let sentenceStarter = WordClass(rawValue: 1 << 0)
    /// A word a date expression can start with (months, weekdays, "last", "early", number words).
    static let dateTrigger = WordClass(rawValue: 1 << 1)
    /// A word a figure can start with (qualifiers, number words, currency prefixes).
    static let figureStart = WordClass(rawValue: 1 << 2)
    /// The last word of a noun for a work ("report", "programme").
    static let workNounEnd = WordClass(rawValue: 1 << 3)
    /// The first word of a person's title ("President", "Prime").
    static let titleStart = WordClass(rawValue: 1 << 4)
    /// A capitalised word that never starts a name (month and weekday names, "I").
    static let neverStartsName = WordClass(rawValue: 1 << 5)
    /// A word that marks a sports report ("match", "striker").
    static let sportsWord = WordClass(rawValue: 1 << 6)
    /// A weekday name ("Monday").
    static let weekday = WordClass(rawValue: 1 << 7)
}

/// The word classes of every word the lexicons know, lower-cased.
struct WordClassTable: Sendable {
    private var table: [String: WordClass] = [:]

    /// Adds a class to words.
    mutating func add(_ words: some Sequence<String>, as wordClass: WordClass) {
        for word in words {
            table[word.lowercased(), default: []].insert(wordClass)
        }
    }

    /// The classes of a lower-cased word.
    func classes(of lower: String) -> WordClass {
        table[lower] ?? []
    }
}
