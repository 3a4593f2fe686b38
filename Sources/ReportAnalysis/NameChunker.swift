import ReportModel

/// Finds capitalised names in a block's sentences and types what can be typed from the name
/// alone: the gazetteer, a title before it, an organisation or place word in it, an acronym.
///
/// - A name is a run of capitalised words; it runs on over `of`/`for`/`on` after a word that heads
///   such names ("Department of Defence", "Bank of England"), over name particles ("bin", "van"),
///   over hyphens without spaces ("ISIS-K"), and over `and` only when the whole is a known name
///   ("Bosnia and Herzegovina").
/// - Function words that open it ("The", "In") are dropped, unless the whole is a known name.
/// - A title before a person's name is split off ("President Ghani"); a peerage stays ("Lord X").
/// - Hyphenated known places give one name each ("Afghanistan-Pakistan").
/// - A plural place word gives its type to the names coordinated before it ("Helmand, and
///   Kandahar Provinces" → two provinces).
/// - A lone demonym ("Pakistani") is recorded as a reference to its country, not as a name.
/// - A name defined by an acronym in parentheses ("US Department of Defence (DoD)") is linked to it.
struct NameChunker {
    let gazetteer: Gazetteer
    let nonNames: Set<String>
    let speechVerbs: [String: String]

    private static let particles: Set<String> = ["de", "du", "da", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "y", "dos", "das"]
    private static let ofHeadExtras: Set<String> = [
        "republic", "kingdom", "isle", "gulf", "bay", "sea", "cape", "lake", "mount", "house", "houses", "museum", "tower",
        "city", "state", "states", "islands", "prince", "princess", "duke", "duchess", "earl", "archbishop", "bishop",
        "secretary", "minister", "mayor", "governor", "chancellor", "strait", "straits", "province", "district", "county",
    ]
    /// Words a number can follow inside a name.
    private static let numberedNames: Set<String> = ["radio", "channel", "formula", "division", "league", "apollo", "playstation", "xbox", "windows", "world"]
    /// Compass words that, before a continent or region, belong to its name ("north America").
    private static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
    ]
    /// Possessive determiners that never begin a name.
    private static let possessives: Set<String> = ["my", "your", "his", "her", "its", "our", "their"]
    private static let locativePrepositions: Set<String> = ["in", "at", "near", "from", "to", "across", "outside", "inside", "throughout", "around", "towards"]

    /// The candidates of one block, in text order.
    func candidates(in block: AnalyzedBlock) -> [NameCandidate] {
        var result: [NameCandidate] = []
        for sentence in block.sentences {
            if isShouting(block, sentence) {
                result += knownNames(in: block, sentence)
                continue
            }
            var inSentence: [NameCandidate] = []
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard startsName(block.tokens[index]) else {
                    index += 1
                    continue
                }
                let last = chunkEnd(from: index, in: block, sentenceEnd: sentence.upperBound)
                inSentence += process(block: block, first: index, last: last, sentenceStart: sentence.lowerBound)
                index = last + 1
            }
            coordinatePluralDesignators(&inSentence, in: block)
            linkAcronymDefinitions(&inSentence, in: block)
            markLineUps(&inSentence, in: block)
            result += inSentence
        }
        return result
    }

    /// Whether a sentence is written in capitals ("SOCCER - JAPAN GET LUCKY WIN"): there, capitals
    /// say nothing about names.
    private func isShouting(_ block: AnalyzedBlock, _ sentence: Range<Int>) -> Bool {
        var words = 0
        var capitals = 0
        for index in sentence where block.tokens[index].kind == .word {
            words += 1
            if block.tokens[index].isAllCaps { capitals += 1 }
        }
        return words >= 3 && capitals * 10 >= words * 6
    }

    /// In a sentence written in capitals, only the names the gazetteer knows, longest first.
    private func knownNames(in block: AnalyzedBlock, _ sentence: Range<Int>) -> [NameCandidate] {
        var result: [NameCandidate] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            var matched = false
            guard block.tokens[index].kind == .word else {
                index += 1
                continue
            }
            for length in stride(from: min(4, sentence.upperBound - index), through: 1, by: -1) {
                let last = index + length - 1
                guard block.tokens[last].kind == .word || length == 1 else { continue }
                let text = block.string(tokens: index, through: last)
                if let entry = gazetteer.names[text.lowercased()] ?? gazetteer.exactNames[text] {
                    var candidate = makeCandidate(block: block, first: index, last: last, sentenceStart: sentence.lowerBound)
                    candidate.type = entry.type
                    candidate.subtype = entry.subtype
                    candidate.canonical = entry.name
                    result.append(candidate)
                    index = last + 1
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return result
    }

    /// A team line-up, "Arsenal: Almunia, Lauren, Cygan, Senderos, Clichy": four or more single
    /// names (or an initial and a name) in a row, separated by commas, are people.
    private func markLineUps(_ candidates: inout [NameCandidate], in block: AnalyzedBlock) {
        let tokens = block.tokens
        var run: [Int] = []
        func close() {
            if run.count >= 4 {
                for index in run where candidates[index].type == nil && candidates[index].canonical == nil {
                    candidates[index].personEvidence = true
                }
            }
            run = []
        }
        for index in candidates.indices {
            let candidate = candidates[index]
            let words = candidate.lastToken - candidate.firstToken + 1
            guard words <= 2 else {
                close()
                continue
            }
            if let previous = run.last {
                let gap = (candidates[previous].lastToken + 1)..<candidate.firstToken
                let separated = !gap.isEmpty && gap.allSatisfy { tokens[$0].is(",") || tokens[$0].lower == "and" || tokens[$0].is("(") || tokens[$0].is(")") || tokens[$0].kind == .number }
                    && gap.contains { tokens[$0].is(",") }
                if !separated { close() }
            }
            run.append(index)
        }
        close()
    }

    // MARK: - Chunking

    private func isNameToken(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if token.isCapitalized { return true }
        // "eBay", "iPod": a lower-case letter, then a capital.
        var scalars = token.text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.isSmall, let second = scalars.next() else { return false }
        return second.isCapital
    }

    private func startsName(_ token: Token) -> Bool {
        guard isNameToken(token) else { return false }
        return !token.classes.contains(.neverStartsName)
    }

    /// Capitalised words that never start a name: month and weekday names (but "May"), and "I".
    static let neverStartNames: Set<String> = DateRecognizer.monthForms.subtracting(["may", "may."])
        .union(DateRecognizer.weekdays).union(["i", "i'm", "i've", "i'd", "i'll"])

    private func chunkEnd(from first: Int, in block: AnalyzedBlock, sentenceEnd: Int) -> Int {
        let tokens = block.tokens
        var last = first
        while true {
            let next = last + 1
            // Names are short; a longer run of capitalised words is cut into chunks of this size
            // (so that a page of capitals costs linear time, not quadratic).
            guard next < sentenceEnd, next - first < Self.longestName else { break }
            let token = tokens[next]
            if isNameToken(token), token.spaceBefore, startsNameContinuation(token) {
                last = next
                continue
            }
            if token.is("-"), !token.spaceBefore, next + 1 < sentenceEnd, !tokens[next + 1].spaceBefore,
               isNameToken(tokens[next + 1]) || tokens[next + 1].kind == .number {
                last = next + 1
                continue
            }
            // "BBC Radio 4", "Channel 5", "Formula 1".
            if token.kind == .number, token.spaceBefore, token.text.count <= 2, Self.numberedNames.contains(tokens[last].lower) {
                last = next
                continue
            }
            if token.is("&"), next + 1 < sentenceEnd, isNameToken(tokens[next + 1]) {
                last = next + 1
                continue
            }
            if token.kind == .word, !token.isCapitalized, next + 1 < sentenceEnd {
                let lower = token.lower
                if Self.particles.contains(lower), isNameToken(tokens[next + 1]) {
                    last = next + 1
                    continue
                }
                if ["of", "for", "on"].contains(lower), headsOfName(tokens[last], connector: lower), startsName(tokens[next + 1]) || tokens[next + 1].lower == "the" {
                    if startsName(tokens[next + 1]) {
                        last = next + 1
                        continue
                    }
                    if tokens[next + 1].lower == "the", next + 2 < sentenceEnd, startsName(tokens[next + 2]) {
                        last = next + 2
                        continue
                    }
                }
                if lower == "and", isNameToken(tokens[next + 1]),
                   gazetteer.entry(for: block.string(tokens: first, through: next + 1)) != nil {
                    last = next + 1
                    continue
                }
            }
            break
        }
        return last
    }

    /// The most tokens a name can have ("Royal Society for the Protection of Birds" has seven).
    static let longestName = 16

    /// Whether a name token can continue a name: a weekday cannot ("Paris Monday").
    private func startsNameContinuation(_ token: Token) -> Bool {
        !token.classes.contains(.weekday)
    }

    /// Whether `token` can head a name built with `connector` ("Department of", "Committee on",
    /// "Secretary for"): organisation words do with all three, places and titles only with "of".
    private func headsOfName(_ token: Token, connector: String) -> Bool {
        let lower = token.lower
        if let word = gazetteer.organizationWords[lower], word.position != .last { return true }
        guard connector == "of" else { return false }
        return Self.ofHeadExtras.contains(lower) || gazetteer.personTitles[lower] != nil
    }

    // MARK: - Processing one chunk

    private func process(block: AnalyzedBlock, first: Int, last: Int, sentenceStart: Int) -> [NameCandidate] {
        let tokens = block.tokens
        var start = first
        // Keep a known name whole ("The Hague", "The Times").
        let wholeKnown = gazetteer.entry(for: block.string(tokens: first, through: last)) != nil
        if !wholeKnown {
            while start <= last, tokens[start].kind == .word,
                  tokens[start].classes.contains(.sentenceStarter) || tokens[start].lower == "the" || Self.possessives.contains(tokens[start].lower) {
                start += 1
            }
        }
        guard start <= last, start == first || startsName(tokens[start]) else { return [] }
        // "Striker Paul Hart", "Analyst Jane Roe" opening a sentence: a capitalised common noun
        // before a given name is not part of the name.
        if start == sentenceStart, start < last, !wholeKnown, gazetteer.entry(for: tokens[start].text) == nil,
           !gazetteer.givenNames.contains(tokens[start].lower), gazetteer.personTitles[tokens[start].lower] == nil,
           gazetteer.givenNames.contains(tokens[start + 1].lower), start + 1 < last {
            start += 1
        }

        // Two known names side by side ("EU China"): one name each.
        if !wholeKnown, start < last, gazetteer.entry(for: block.string(tokens: start, through: last)) == nil {
            for split in (start + 1)...last where tokens[split].spaceBefore {
                if gazetteer.entry(for: block.string(tokens: start, through: split - 1)) != nil,
                   gazetteer.entry(for: block.string(tokens: split, through: last)) != nil {
                    return process(block: block, first: start, last: split - 1, sentenceStart: sentenceStart)
                        + process(block: block, first: split, last: last, sentenceStart: sentenceStart)
                }
            }
        }

        // A title: the longest run of title words, anywhere before the last word.
        var titleRange: Range<Int>?
        var titleKeeps = false
        var position = start
        search: while position < last {
            guard tokens[position].classes.contains(.titleStart) else {
                position += 1
                continue
            }
            var length = min(gazetteer.longestTitle, last - position)
            while length >= 1 {
                let words = (position..<(position + length)).map { tokens[$0].lower }
                if !words.contains(where: { $0 == "-" }), let keep = gazetteer.personTitles[words.joined(separator: " ")] {
                    titleRange = position..<(position + length)
                    titleKeeps = keep
                    break search
                }
                length -= 1
            }
            position += 1
        }

        var candidates: [NameCandidate] = []
        if let titleRange {
            if titleRange.lowerBound > start {
                candidates += process(block: block, first: start, last: titleRange.lowerBound - 1, sentenceStart: sentenceStart)
            }
            let nameStart = titleKeeps ? titleRange.lowerBound : titleRange.upperBound
            guard nameStart <= last else { return candidates }
            var candidate = makeCandidate(block: block, first: nameStart, last: last, sentenceStart: sentenceStart)
            if !titleKeeps {
                candidate.title = block.string(tokens: titleRange.lowerBound, through: titleRange.upperBound - 1)
            }
            if candidate.type == nil {
                candidate.type = .person
            }
            candidates.append(candidate)
            return candidates
        }

        // Hyphenated known places: one name each.
        let parts = splitHyphens(first: start, last: last, tokens: tokens)
        if parts.count > 1, parts.allSatisfy({ gazetteer.entry(for: block.string(tokens: $0.lowerBound, through: $0.upperBound))?.type == .place }) {
            return parts.map { makeCandidate(block: block, first: $0.lowerBound, last: $0.upperBound, sentenceStart: sentenceStart) }
        }
        // "north America", "western Europe": a compass word before a continent or region.
        if start > sentenceStart, start == first, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized,
           Self.compassWords.contains(tokens[start - 1].lower), gazetteer.regions.contains(block.string(tokens: start, through: last).lowercased()) {
            var candidate = makeCandidate(block: block, first: start - 1, last: last, sentenceStart: sentenceStart)
            candidate.type = .place
            candidate.subtype = "region"
            return [candidate]
        }
        return [makeCandidate(block: block, first: start, last: last, sentenceStart: sentenceStart)]
    }

    private func splitHyphens(first: Int, last: Int, tokens: [Token]) -> [ClosedRange<Int>] {
        var parts: [ClosedRange<Int>] = []
        var partStart = first
        for index in first...last where tokens[index].is("-") && !tokens[index].spaceBefore {
            if index > partStart { parts.append(partStart...(index - 1)) }
            partStart = index + 1
        }
        if partStart <= last { parts.append(partStart...last) }
        return parts
    }

    private func makeCandidate(block: AnalyzedBlock, first: Int, last: Int, sentenceStart: Int) -> NameCandidate {
        let tokens = block.tokens
        let text = block.string(tokens: first, through: last)
        var candidate = NameCandidate(
            firstToken: first, lastToken: last, text: text,
            span: block.span(tokens: first, through: last), title: nil, type: nil, subtype: nil, canonical: nil,
            isAcronym: false, sentenceInitial: first == sentenceStart || (first == sentenceStart + 1 && tokens[sentenceStart].kind == .quoteMark)
        )
        if last + 1 < tokens.count {
            let next = tokens[last + 1]
            candidate.speaks = speechVerbs[next.lower] != nil
        }
        if first > 0, Self.locativePrepositions.contains(tokens[first - 1].lower) {
            candidate.afterLocativePreposition = true
        }
        candidate.isAcronym = isAcronym(first: first, last: last, tokens: tokens)
        if let entry = gazetteer.entry(for: text) {
            candidate.type = entry.type
            candidate.subtype = entry.subtype
            candidate.canonical = entry.name
            return candidate
        }
        if first == last, let country = gazetteer.demonyms[tokens[first].lower] {
            candidate.demonymOf = country
            return candidate
        }
        // "in Reading": a place name that is also a common word, where a place is expected.
        if candidate.afterLocativePreposition, let entry = gazetteer.ambiguousPlaces[text.lowercased()] {
            candidate.type = entry.type
            candidate.subtype = entry.subtype
            candidate.canonical = entry.name
            return candidate
        }
        let lastWord = tokens[last].lower
        // Events, periods and documents are not entities: "Cold War", "Green Paper".
        if gazetteer.eventWords.contains(lastWord) || gazetteer.eventNames.contains(text.lowercased()) {
            candidate.notAnEntity = true
            return candidate
        }
        // Products: a model number after a maker's name ("Motorola Razr V3"); the maker is the
        // mention when the gazetteer knows it.
        if first < last, ((first + 1)...last).contains(where: { Self.isModelNumber(tokens[$0]) }) {
            if let maker = gazetteer.entry(for: tokens[first].text), maker.type == .organization {
                var makerCandidate = makeCandidate(block: block, first: first, last: first, sentenceStart: sentenceStart)
                makerCandidate.type = maker.type
                return makerCandidate
            }
            candidate.notAnEntity = true
            return candidate
        }
        if let word = gazetteer.organizationWords[lastWord], word.position != .head, first < last {
            candidate.type = .organization
            candidate.subtype = word.subtype
            return candidate
        }
        if let subtype = gazetteer.placeWords[lastWord], first < last {
            candidate.type = .place
            candidate.subtype = subtype
            return candidate
        }
        if let singular = gazetteer.placePlurals[lastWord], first < last {
            candidate.type = .place
            candidate.subtype = gazetteer.placeWords[singular.lowercased()]
            candidate.canonical = block.string(tokens: first, through: last - 1) + " " + singular
            return candidate
        }
        if first < last, let ofIndex = (first...last).first(where: { tokens[$0].lower == "of" }), ofIndex > first {
            let head = tokens[ofIndex - 1].lower
            if let word = gazetteer.organizationWords[head], word.position != .last {
                candidate.type = .organization
                candidate.subtype = word.subtype
                return candidate
            }
            if let subtype = gazetteer.placeWords[head] {
                candidate.type = .place
                candidate.subtype = subtype
                return candidate
            }
        }
        // A known given name first ("Sergio Marchionne"), or an initial and a name ("P Dowd").
        if first < last {
            let given = tokens[first].lower
            let initial = tokens[first].text.count == 1 || (tokens[first].text.count == 2 && tokens[first].text.hasSuffix("."))
            if gazetteer.givenNames.contains(given) || (gazetteer.ambiguousGivenNames.contains(given) && !candidate.sentenceInitial)
                || (initial && tokens[first].isCapitalized && !tokens[last].isAllCaps) {
                candidate.personEvidence = true
            }
        }
        return candidate
    }

    /// "V3", "PS2", "X-5": letters and digits in one word.
    private static func isModelNumber(_ token: Token) -> Bool {
        token.kind == .word && token.text.unicodeScalars.contains { $0.isDigit }
    }

    /// "DoD", "BAA", "ISIS-K", "G7": at least two capitals, no lower-case run longer than one letter.
    private func isAcronym(first: Int, last: Int, tokens: [Token]) -> Bool {
        var capitals = 0
        var lowerRun = 0
        for index in first...last {
            let token = tokens[index]
            if token.spaceBefore && index > first { return false }
            for scalar in token.text.unicodeScalars {
                if scalar.isCapital {
                    capitals += 1
                    lowerRun = 0
                } else if scalar.isSmall {
                    lowerRun += 1
                    if lowerRun > 1 { return false }
                }
            }
        }
        return capitals >= 2
    }

    // MARK: - Sentence-level links

    /// "Helmand, and Kandahar Provinces": the plural place word types the names before it.
    private func coordinatePluralDesignators(_ candidates: inout [NameCandidate], in block: AnalyzedBlock) {
        let tokens = block.tokens
        for index in candidates.indices.reversed() {
            let lastWord = tokens[candidates[index].lastToken].lower
            guard let singular = gazetteer.placePlurals[lastWord] else { continue }
            var previous = index - 1
            var boundary = candidates[index].firstToken
            while previous >= 0 {
                let gap = (candidates[previous].lastToken + 1)..<boundary
                let connectors = gap.map { tokens[$0].lower }
                guard !connectors.isEmpty, connectors.allSatisfy({ $0 == "," || $0 == "and" || $0 == "&" || $0 == "or" }),
                      candidates[previous].type == nil || candidates[previous].canonical == nil && candidates[previous].type == .place,
                      gazetteer.entry(for: candidates[previous].text) == nil else { break }
                candidates[previous].type = .place
                candidates[previous].subtype = candidates[index].subtype
                candidates[previous].canonical = candidates[previous].text + " " + singular
                boundary = candidates[previous].firstToken
                previous -= 1
            }
        }
    }

    /// Whether `acronym`'s capitals are, in order, initials of words of `name` ("DoD" of
    /// "US Department of Defence", "PTC" of "Parents Television Council"), so that "(France)"
    /// after a person's name is not taken for an abbreviation.
    static func abbreviates(_ acronym: String, _ name: String) -> Bool {
        let capitals = acronym.unicodeScalars.filter { $0.isCapital }.map { Character($0).lowercased() }
        let initials = name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { $0.first.map { String($0).lowercased() } }
        guard capitals.count >= 2 else { return false }
        var position = 0
        for capital in capitals {
            guard let found = initials[position...].firstIndex(of: capital) else { return false }
            position = found + 1
        }
        return true
    }

    /// "US Department of Defence (DoD)": a name followed by an acronym in parentheses.
    private func linkAcronymDefinitions(_ candidates: inout [NameCandidate], in block: AnalyzedBlock) {
        let tokens = block.tokens
        guard candidates.count >= 2 else { return }
        for index in 0..<(candidates.count - 1) {
            let name = candidates[index]
            let acronym = candidates[index + 1]
            guard acronym.isAcronym, Self.abbreviates(acronym.text, name.text),
                  name.lastToken + 2 == acronym.firstToken, tokens[name.lastToken + 1].is("("),
                  acronym.lastToken + 1 < tokens.count, tokens[acronym.lastToken + 1].is(")"),
                  name.lastToken > name.firstToken || name.type != nil else { continue }
            candidates[index + 1].definedBy = name.span
            candidates[index + 1].isAcronym = true
            if candidates[index + 1].type == nil || gazetteer.entry(for: acronym.text) != nil {
                candidates[index + 1].type = name.type
                candidates[index + 1].subtype = name.subtype
                candidates[index + 1].canonical = nil
            }
        }
    }
}
