import ReportModel

/// Groups name candidates into entities: one entity per real-world thing.
///
/// - Candidates with the same canonical name (the gazetteer's, or the name itself, compared
///   without regard to case) are one entity; so are a name and the acronym it defines, a person's
///   surname and their full name, and a single word and the designated name it starts
///   ("Stansted" and "Stansted Airport").
/// - A name followed by a lower-case form of a designator that the text also writes capitalised is
///   the same name ("Haqqani network" and "Haqqani Network").
/// - A capitalised word that opens a sentence is kept only when the text also capitalises it
///   elsewhere and never writes it in lower case, or when the gazetteer knows it.
/// - An entity's type comes from the gazetteer, titles and designators first; an untyped group is
///   a person when a known given name, an initial or a line-up marks one of its names, an
///   organisation when it is an acronym, a place when it mostly stands after a locative
///   preposition, and otherwise an organisation when it has a name of several words or speaks
///   ("Gartner said"); a single unknown word that does neither is dropped. Events, periods,
///   documents and products ("Cold War", "Green Paper") are not entities.
/// - Its name is the designated name when there is one ("Helmand Province"), else its longest
///   form in the text; its other forms are its aliases.
struct EntityResolver {
    let gazetteer: Gazetteer
    let nonNames: Set<String>

    func resolve(_ input: [NameCandidate], blocks: [AnalyzedBlock]) -> [Entity] {
        var candidates = input
        extendCaseVariants(&candidates, blocks: blocks)
        let questioned = Set(candidates.lazy.filter { $0.type == nil && !$0.isAcronym && $0.firstToken == $0.lastToken && $0.sentenceInitial }.map { $0.text.lowercased() })
        let evidence = CapitalisationEvidence(blocks: blocks, words: questioned)

        // Which candidates can be names at all.
        var keep = [Bool](repeating: true, count: candidates.count)
        for (index, candidate) in candidates.enumerated() {
            if candidate.demonymOf != nil || candidate.notAnEntity || nonNames.contains(candidate.text) {
                keep[index] = false
            } else if candidate.type == nil, !candidate.isAcronym, candidate.firstToken == candidate.lastToken,
                      candidate.sentenceInitial, !evidence.isProperNoun(candidate.text.lowercased()) {
                keep[index] = false
            }
        }

        // Group.
        var groups = UnionFind(count: candidates.count)
        var byKey: [String: Int] = [:]
        var bySpan: [Span: Int] = [:]
        for (index, candidate) in candidates.enumerated() where keep[index] {
            bySpan[candidate.span] = index
        }
        for (index, candidate) in candidates.enumerated() where keep[index] {
            let key = Self.key(candidate.canonical ?? candidate.text)
            if let other = byKey[key] { groups.union(index, other) } else { byKey[key] = index }
            if let span = candidate.definedBy, let definer = bySpan[span] { groups.union(index, definer) }
        }
        // Surnames and designated names that a single word starts.
        var lastWords: [String: Int] = [:]
        var firstWords: [String: Int] = [:]
        for (index, candidate) in candidates.enumerated() where keep[index] && candidate.lastToken > candidate.firstToken {
            let words = candidate.text.split(separator: " ")
            guard let first = words.first, let last = words.last else { continue }
            if candidate.type == .person || candidate.type == nil {
                lastWords[Self.key(String(last))] = lastWords[Self.key(String(last))] ?? index
            }
            // "Stansted" for "Stansted Airport": a name and its designator only.
            if candidate.type == .place || candidate.type == .organization, words.count == 2 {
                firstWords[Self.key(String(first))] = firstWords[Self.key(String(first))] ?? index
            }
        }
        for (index, candidate) in candidates.enumerated() where keep[index] && candidate.firstToken == candidate.lastToken && candidate.canonical == nil {
            let key = Self.key(candidate.text)
            if candidate.type == nil || candidate.type == .person, let full = lastWords[key] {
                groups.union(index, full)
            } else if candidate.type == nil, !candidate.isAcronym, let full = firstWords[key] {
                groups.union(index, full)
            }
        }

        // Build entities; remember which entity each gazetteer name went to, for demonyms.
        var entityOfCanonical: [String: Int] = [:]
        var members: [Int: [Int]] = [:]
        for index in candidates.indices where keep[index] {
            members[groups.find(index), default: []].append(index)
        }
        var entities: [Entity] = []
        for (_, indices) in members {
            let group = indices.map { candidates[$0] }
            guard let (type, subtype) = Self.type(of: group) else { continue }
            let constructed = group.first { $0.canonical != nil && gazetteer.entry(for: $0.text) == nil }?.canonical
            // Forms in capitals ("JAPAN" in a headline) name an entity only when there is no other.
            let written = group.map(\.text).filter { !Self.isShouted($0) }
            let known = group.first { $0.canonical != nil }?.canonical
            let name = constructed ?? (written.isEmpty ? known ?? Self.fullestForm(group.map(\.text)) : Self.fullestForm(written))
            var aliases: [String] = []
            var seen: Set<String> = [Self.key(name)]
            for candidate in group where !seen.contains(Self.key(candidate.text)) {
                seen.insert(Self.key(candidate.text))
                aliases.append(candidate.text)
            }
            let mentions = group.map { Mention(span: $0.span, text: $0.text, title: $0.title) }.sorted { $0.span < $1.span }
            entities.append(Entity(id: "", type: type, subtype: subtype, name: name, aliases: aliases, mentions: mentions))
        }
        entities.sort { $0.mentions[0].span < $1.mentions[0].span }
        for (index, entity) in entities.enumerated() where entity.type == .place {
            entityOfCanonical[Self.key(entity.name)] = entityOfCanonical[Self.key(entity.name)] ?? index
            for mention in entity.mentions {
                if let known = gazetteer.entry(for: mention.text) {
                    entityOfCanonical[Self.key(known.name)] = entityOfCanonical[Self.key(known.name)] ?? index
                }
            }
        }

        retypeTeams(&entities, candidates: candidates, keep: keep, blocks: blocks)

        // Demonyms link to the country when the text names it.
        for candidate in candidates {
            guard let country = candidate.demonymOf, let index = entityOfCanonical[Self.key(country.name)] else { continue }
            entities[index].demonyms.append(Mention(span: candidate.span, text: candidate.text))
        }

        var identifiers = EntityIdentifiers()
        for index in entities.indices {
            entities[index].id = identifiers.make(type: entities[index].type, name: entities[index].name)
        }
        return entities
    }

    /// Words of sports reporting, lower-cased.
    static let sportsWords = Lexicon.lines("sports-words.txt")

    /// In a sports report, a city, county or region named without "in" or "at" before it is a
    /// team ("Surrey beat Kent", "CHICAGO 5 Houston 3"); countries stay places.
    private func retypeTeams(_ entities: inout [Entity], candidates: [NameCandidate], keep: [Bool], blocks: [AnalyzedBlock]) {
        var words = 0
        var sports = 0
        for block in blocks {
            for token in block.tokens where token.kind == .word {
                words += 1
                if token.classes.contains(.sportsWord) { sports += 1 }
            }
        }
        guard sports >= 5, sports * 100 >= words * 3 else { return }
        var locative: [Span: Bool] = [:]
        for (index, candidate) in candidates.enumerated() where keep[index] { locative[candidate.span] = candidate.afterLocativePreposition }
        for index in entities.indices where entities[index].type == .place {
            guard ["city", "county", "region", "district", "state", "province"].contains(entities[index].subtype ?? "") else { continue }
            let asPlace = entities[index].mentions.filter { locative[$0.span] == true }.count
            if asPlace * 2 < entities[index].mentions.count {
                entities[index].type = .organization
                entities[index].subtype = "sports-club"
            }
        }
    }

    /// The fullest of several forms of a name: the longest, and of equally long ones the one with
    /// most capitals ("Haqqani Network" over "Haqqani network"), then the first.
    static func fullestForm(_ forms: [String]) -> String {
        var best = forms[0]
        var bestScore = (0, 0)
        for form in forms {
            let score = (form.unicodeScalars.count, form.unicodeScalars.filter { $0.isCapital }.count)
            if score > bestScore {
                best = form
                bestScore = score
            }
        }
        return best
    }

    /// Whether a form is written in capitals and is longer than an acronym ("JAPAN", not "BBC").
    static func isShouted(_ form: String) -> Bool {
        let letters = form.unicodeScalars.filter { $0.isLetter }
        return letters.count > 4 && letters.allSatisfy { $0.isCapital }
    }

    /// The comparison key of a name: lower case, typographic apostrophes straightened.
    static func key(_ name: String) -> String {
        name.lowercased().replacingApostrophes
    }

    /// The type of a group: from its typed members (gazetteer first), else from hints.
    private static func type(of group: [NameCandidate]) -> (EntityType, String?)? {
        if let known = group.first(where: { $0.canonical != nil && $0.type != nil }) {
            return (known.type!, known.subtype)
        }
        var counts: [EntityType: Int] = [:]
        for candidate in group {
            if let type = candidate.type { counts[type, default: 0] += 1 }
        }
        if let best = counts.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) })?.key {
            return (best, group.first { $0.type == best && $0.subtype != nil }?.subtype)
        }
        if group.contains(where: { $0.personEvidence }) {
            return (.person, nil)
        }
        if group.contains(where: { $0.isAcronym }) {
            return (.organization, nil)
        }
        if group.filter({ $0.afterLocativePreposition }).count * 2 > group.count {
            return (.place, nil)
        }
        // A name of several words that nothing marks as a person's is an organisation's ("Sony
        // Ericsson", "Jupiter Research"); a single unknown word is one when it speaks ("Gartner
        // said"), and is left out otherwise.
        if group.contains(where: { $0.lastToken > $0.firstToken }) || group.contains(where: { $0.speaks }) {
            return (.organization, nil)
        }
        return nil
    }

    /// "Haqqani network" after "Haqqani Network": a name followed by a lower-case word that, with
    /// it, forms a designated name the text also writes capitalised.
    private func extendCaseVariants(_ candidates: inout [NameCandidate], blocks: [AnalyzedBlock]) {
        var designated: [String: NameCandidate] = [:]
        for candidate in candidates where candidate.type != nil && candidate.lastToken > candidate.firstToken {
            designated[Self.key(candidate.text)] = designated[Self.key(candidate.text)] ?? candidate
        }
        guard !designated.isEmpty else { return }
        for index in candidates.indices {
            let candidate = candidates[index]
            let block = blocks[candidate.span.block]
            let next = candidate.lastToken + 1
            guard next < block.tokens.count, block.tokens[next].kind == .word, !block.tokens[next].isCapitalized,
                  let model = designated[Self.key(candidate.text + " " + block.tokens[next].text)] else { continue }
            candidates[index].lastToken = next
            candidates[index].text = block.string(tokens: candidate.firstToken, through: next)
            candidates[index].span = block.span(tokens: candidate.firstToken, through: next)
            candidates[index].type = model.type
            candidates[index].subtype = model.subtype
        }
    }
}

/// Which of some words a text capitalises mid-sentence and which it writes in lower case.
private struct CapitalisationEvidence {
    private var capitalisedInside: Set<String> = []
    private var lowerCase: Set<String> = []

    /// Gathers the evidence about `words` (lower case).
    init(blocks: [AnalyzedBlock], words: Set<String>) {
        guard !words.isEmpty else { return }
        // A cheap first test before hashing a token: the lengths (bits) of the words by first byte.
        var lengths = [UInt64](repeating: 0, count: 256)
        for word in words {
            if let first = word.utf8.first { lengths[Int(first)] |= 1 << min(word.utf8.count, 63) }
        }
        func mayBeOne(_ lower: String) -> Bool {
            guard let first = lower.utf8.first else { return false }
            return lengths[Int(first)] & (1 << min(lower.utf8.count, 63)) != 0 && words.contains(lower)
        }
        for block in blocks where block.kind == .paragraph {
            for sentence in block.sentences {
                for index in sentence where block.tokens[index].kind == .word && mayBeOne(block.tokens[index].lower) {
                    let token = block.tokens[index]
                    if token.isCapitalized {
                        let opensSentence = index == sentence.lowerBound
                            || (index == sentence.lowerBound + 1 && block.tokens[sentence.lowerBound].kind == .quoteMark)
                            || (index > 0 && block.tokens[index - 1].kind == .quoteMark && block.tokens[index - 1].spaceBefore)
                        if !opensSentence { capitalisedInside.insert(token.lower) }
                    } else {
                        lowerCase.insert(token.lower)
                    }
                }
            }
        }
    }

    /// Whether the text treats the word as a proper noun.
    func isProperNoun(_ lower: String) -> Bool {
        capitalisedInside.contains(lower) && !lowerCase.contains(lower)
    }
}

/// A disjoint-set forest over indices.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ index: Int) -> Int {
        var root = index
        while parent[root] != root { root = parent[root] }
        var current = index
        while parent[current] != root {
            let next = parent[current]
            parent[current] = root
            current = next
        }
        return root
    }

    mutating func union(_ first: Int, _ second: Int) {
        let a = find(first)
        let b = find(second)
        if a != b { parent[max(a, b)] = min(a, b) }
    }
}

extension String {
    /// The string with typographic apostrophes replaced by straight ones.
    var replacingApostrophes: String {
        guard unicodeScalars.contains("\u{2019}") else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars { result.append(scalar == "\u{2019}" ? "'" : scalar) }
        return String(result)
    }
}
