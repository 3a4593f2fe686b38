import ReportModel

/// Who a quotation is attributed to, and by which cue.
struct Attribution: Sendable, Equatable {
    /// Where the attribution was found.
    enum Source: Sendable, Equatable {
        /// Right after or right before the quotation.
        case adjacent
        /// A speech verb earlier in the sentence.
        case sentence
        /// Carried over from the previous quotation.
        case previous
        /// Nowhere.
        case none
    }

    var speaker: Speaker?
    var cue: String?
    var cueSpan: Span?
    var source: Source = .none
}

/// Attributes quotations to speakers, from the attribution around them.
///
/// In order of preference:
/// 1. after the closing mark: `"…," the report stated`, `"…," said John Smith`, `"…," he said`,
///    `"…," according to officials`;
/// 2. right before the opening mark: `Smith said: "…"`, `According to the report, "…"`;
/// 3. a speech verb earlier in the sentence (partial quotations): `X has claimed that these
///    elements "…"` — the speaker is the nearest name or descriptive phrase before the verb;
/// 4. a quotation with no cue of its own that opens its paragraph continues the previous
///    quotation's speaker, when that quotation is in the same or the previous paragraph.
///
/// A speaker is an entity when a mention stands where the speaker does (its canonical name is
/// used), a descriptive phrase otherwise ("the report", "a Defra spokesman"). `he`/`she` refer to
/// the last person named before the quotation, `it` to the last organisation; other pronouns stay
/// unresolved.
struct SpeakerAttributor {
    let speechVerbs: [String: String]
    let speakerNouns: [String: Speaker.Kind]

    private static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one", "two", "three",
        "some", "several", "many", "other", "another", "senior", "both",
    ]
    private static let adverbs: Set<String> = [
        "also", "later", "then", "further", "again", "previously", "recently", "earlier", "however", "has", "have", "had",
        "was", "is", "were", "are", "would", "will", "had", "once", "repeatedly", "publicly", "simply", "only", "even",
        "has", "been", "quickly", "firmly", "flatly", "strongly", "clearly", "angrily", "bluntly", "frankly",
    ]
    private static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "i"]

    /// The attributions of `candidates`, in the same order.
    func attribute(_ candidates: [QuotationCandidate], blocks: [AnalyzedBlock], entities: [Entity]) -> [Attribution] {
        let mentions = MentionIndex(entities: entities)
        var attributions: [Attribution] = []
        for (index, candidate) in candidates.enumerated() {
            var attribution = (after(candidate, blocks: blocks, mentions: mentions)
                ?? before(candidate, blocks: blocks, mentions: mentions)).map { found -> Attribution in
                    var adjacent = found
                    adjacent.source = .adjacent
                    return adjacent
                }
                ?? earlierInSentence(candidate, blocks: blocks, mentions: mentions).map { found -> Attribution in
                    var inSentence = found
                    inSentence.source = .sentence
                    return inSentence
                }
            if attribution == nil, index > 0, let previous = attributions.last, previous.speaker != nil,
               opensParagraph(candidate, blocks: blocks),
               let previousBlock = candidates[index - 1].parts.last?.block,
               let firstBlock = candidate.parts.first?.block, firstBlock - previousBlock <= 1 {
                attribution = Attribution(speaker: previous.speaker, cue: nil, cueSpan: nil, source: .previous)
            }
            attributions.append(attribution ?? Attribution())
        }
        return attributions
    }

    // MARK: - Where the attribution stands

    private func after(_ candidate: QuotationCandidate, blocks: [AnalyzedBlock], mentions: MentionIndex) -> Attribution? {
        guard let last = candidate.parts.last else { return nil }
        let block = blocks[last.block]
        let tokens = block.tokens
        var cursor = block.firstToken(atOrAfter: candidate.closingMark + 1)
        guard cursor < tokens.count else { return nil }
        if tokens[cursor].is(",") || tokens[cursor].is("\u{2014}") || tokens[cursor].is("-") { cursor += 1 }
        guard cursor < tokens.count else { return nil }
        let limit = min(tokens.count, cursor + 14)

        // "said John Smith", "added the report".
        if let (cue, cueEnd) = cue(at: cursor, in: block) {
            if let speaker = phraseForward(from: cueEnd, in: block, limit: limit, mentions: mentions) {
                return Attribution(speaker: speaker, cue: cue, cueSpan: block.span(tokens: cursor, through: cueEnd - 1))
            }
            return nil
        }
        // "the report stated", "he said", "John Smith, the head of X, said".
        if let (speaker, phraseEnd) = phraseWithEnd(from: cursor, in: block, limit: limit, mentions: mentions) {
            var verb = phraseEnd
            while verb < limit, tokens[verb].kind == .word, Self.adverbs.contains(tokens[verb].lower) { verb += 1 }
            if verb < limit, let (cue, cueEnd) = cue(at: verb, in: block, afterSubject: true) {
                return Attribution(speaker: speaker, cue: cue, cueSpan: block.span(tokens: verb, through: cueEnd - 1))
            }
        }
        // "the mayor said": a determiner and up to three words right before a speech verb name the
        // speaker even when the noun is not a known speaker noun.
        if Self.determiners.contains(tokens[cursor].lower) {
            var end = cursor + 1
            while end < limit, end - cursor <= 3, tokens[end].kind == .word, speechVerbs[tokens[end].lower] == nil { end += 1 }
            if end > cursor + 1, end < limit, let (cue, cueEnd) = cue(at: end, in: block, afterSubject: true) {
                return Attribution(speaker: descriptive(from: cursor, through: end - 1, in: block), cue: cue, cueSpan: block.span(tokens: end, through: cueEnd - 1))
            }
        }
        return nil
    }

    private func before(_ candidate: QuotationCandidate, blocks: [AnalyzedBlock], mentions: MentionIndex) -> Attribution? {
        guard let first = candidate.parts.first else { return nil }
        let block = blocks[first.block]
        let tokens = block.tokens
        let quoteToken = block.firstToken(atOrAfter: candidate.openingMark)
        guard quoteToken > 0, quoteToken < tokens.count else { return nil }
        let sentenceStart = block.sentence(ofToken: quoteToken).lowerBound
        var cursor = quoteToken - 1
        if tokens[cursor].is(":") || tokens[cursor].is(",") { cursor -= 1 }
        if cursor >= sentenceStart, tokens[cursor].lower == "that" { cursor -= 1 }
        guard cursor >= sentenceStart else { return nil }
        // "according to the report, "…"".
        if let attribution = accordingTo(in: block, from: sentenceStart, to: cursor, mentions: mentions) {
            return attribution
        }
        // "Smith said: "…"" — the cue within the last three words before the quotation.
        var verb = cursor
        while verb >= max(sentenceStart, cursor - 3) {
            if let (cue, cueEnd) = cue(at: verb, in: block), cueEnd > verb, cueEnd - 1 <= cursor + 1 {
                if let speaker = phraseBackward(before: verb, in: block, sentenceStart: sentenceStart, mentions: mentions) {
                    return Attribution(speaker: speaker, cue: cue, cueSpan: block.span(tokens: verb, through: cueEnd - 1))
                }
            }
            verb -= 1
        }
        return nil
    }

    private func earlierInSentence(_ candidate: QuotationCandidate, blocks: [AnalyzedBlock], mentions: MentionIndex) -> Attribution? {
        guard let first = candidate.parts.first else { return nil }
        let block = blocks[first.block]
        let quoteToken = block.firstToken(atOrAfter: candidate.openingMark)
        guard quoteToken > 0, quoteToken <= block.tokens.count else { return nil }
        let sentenceStart = block.sentence(ofToken: min(quoteToken, block.tokens.count - 1)).lowerBound
        let quoted = quotedTokens(in: block, from: sentenceStart, to: quoteToken)
        var verb = quoteToken - 1
        while verb >= sentenceStart {
            if !quoted.contains(verb), let (cue, cueEnd) = cue(at: verb, in: block) {
                if let speaker = nearestSpeaker(before: verb, in: block, sentenceStart: sentenceStart, quoted: quoted, mentions: mentions) {
                    return Attribution(speaker: speaker, cue: cue, cueSpan: block.span(tokens: verb, through: cueEnd - 1))
                }
                return nil
            }
            verb -= 1
        }
        return nil
    }

    private func opensParagraph(_ candidate: QuotationCandidate, blocks: [AnalyzedBlock]) -> Bool {
        guard let first = candidate.parts.first else { return false }
        return blocks[first.block].tokens.first?.start == candidate.openingMark
    }

    // MARK: - Cues

    /// Forms of speech verbs that are nouns as often as verbs ("the report", "a claim"): a cue
    /// only right after a subject.
    private static let nounLike: Set<String> = ["report", "reports", "state", "states", "note", "notes", "comment", "comments", "claim", "claims", "remark", "remarks", "quote", "quotes", "reply", "replies", "promise", "promises", "concludes"]

    /// The cue at `index` ("said", "according to", "pointed out") and the index after it.
    /// With `afterSubject` false, forms that are often nouns do not count.
    private func cue(at index: Int, in block: AnalyzedBlock, afterSubject: Bool = false) -> (String, Int)? {
        let tokens = block.tokens
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].kind == .word {
            let pair = tokens[index].lower + " " + tokens[index + 1].lower
            if speechVerbs[pair] != nil {
                return (block.string(tokens: index, through: index + 1), index + 2)
            }
        }
        guard let base = speechVerbs[tokens[index].lower], base != "according to" else { return nil }
        if !afterSubject, Self.nounLike.contains(tokens[index].lower) { return nil }
        return (tokens[index].text, index + 1)
    }

    private func accordingTo(in block: AnalyzedBlock, from start: Int, to end: Int, mentions: MentionIndex) -> Attribution? {
        let tokens = block.tokens
        guard end - start >= 2 else { return nil }
        for index in start..<end where tokens[index].lower == "according" && tokens[index + 1].lower == "to" {
            if let speaker = phraseForward(from: index + 2, in: block, limit: end + 1, mentions: mentions) {
                return Attribution(speaker: speaker, cue: block.string(tokens: index, through: index + 1), cueSpan: block.span(tokens: index, through: index + 1))
            }
        }
        return nil
    }

    // MARK: - Speaker phrases

    /// The speaker phrase starting at `start`.
    private func phraseForward(from start: Int, in block: AnalyzedBlock, limit: Int, mentions: MentionIndex) -> Speaker? {
        phraseWithEnd(from: start, in: block, limit: limit, mentions: mentions)?.0
    }

    /// The speaker phrase starting at `start` and the index after it: an entity mention, a
    /// capitalised name, a pronoun, or a determiner, modifiers and a speaker noun.
    private func phraseWithEnd(from start: Int, in block: AnalyzedBlock, limit: Int, mentions: MentionIndex) -> (Speaker, Int)? {
        let tokens = block.tokens
        guard start < limit else { return nil }
        let token = tokens[start]
        if let (entity, end) = mentions.mention(startingAt: start, in: block) {
            return (Speaker(name: entity.name, entity: entity.id, kind: Self.kind(of: entity), span: block.span(tokens: start, through: end - 1)), end)
        }
        if token.kind == .word, Self.pronouns.contains(token.lower) {
            return (resolvePronoun(at: start, in: block, mentions: mentions), start + 1)
        }
        // A descriptive phrase: determiner? modifiers* noun.
        var cursor = start
        if Self.determiners.contains(token.lower) { cursor += 1 }
        var last: Int?
        while cursor < limit, cursor - start < 5, tokens[cursor].kind == .word {
            if speakerNouns[tokens[cursor].lower] != nil { last = cursor }
            if let mentioned = mentions.mention(startingAt: cursor, in: block) {
                cursor = mentioned.1
                continue
            }
            if speechVerbs[tokens[cursor].lower] != nil && last != nil { break }
            cursor += 1
            if last != nil, cursor < limit, speakerNouns[tokens[cursor].lower] == nil { break }
        }
        if let last {
            return (descriptive(from: start, through: last, in: block), last + 1)
        }
        // A capitalised name that is not an entity.
        if token.isCapitalized, !Self.determiners.contains(token.lower) {
            var end = start
            while end + 1 < limit, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized { end += 1 }
            return (Speaker(name: block.string(tokens: start, through: end), span: block.span(tokens: start, through: end)), end + 1)
        }
        return nil
    }

    /// The speaker phrase that ends right before `index` (the subject of a verb). Over an
    /// appositive ("Anna Berg, the union's leader, said") the name before it wins.
    private func phraseBackward(before index: Int, in block: AnalyzedBlock, sentenceStart: Int, mentions: MentionIndex) -> Speaker? {
        var cursor = index - 1
        while cursor >= sentenceStart, block.tokens[cursor].kind == .word, Self.adverbs.contains(block.tokens[cursor].lower) { cursor -= 1 }
        guard cursor >= sentenceStart else { return nil }
        if let named = beforeAppositive(endingAt: cursor, in: block, sentenceStart: sentenceStart, mentions: mentions) {
            return named
        }
        return speaker(endingAt: cursor, in: block, sentenceStart: sentenceStart, mentions: mentions)
    }

    /// "X, the head of Y," ending at `comma`: the entity X, when the comma closes an appositive
    /// that opens with a comma right after a name.
    private func beforeAppositive(endingAt comma: Int, in block: AnalyzedBlock, sentenceStart: Int, mentions: MentionIndex) -> Speaker? {
        let tokens = block.tokens
        guard tokens[comma].is(",") else { return nil }
        var opening = comma - 1
        while opening > sentenceStart, comma - opening <= 10, !tokens[opening].is(",") { opening -= 1 }
        guard opening > sentenceStart, tokens[opening].is(","), opening < comma - 1 else { return nil }
        if let (entity, start) = mentions.mention(endingAt: opening - 1, in: block) {
            return Speaker(name: entity.name, entity: entity.id, kind: Self.kind(of: entity), span: block.span(tokens: start, through: opening - 1))
        }
        return nil
    }

    /// The nearest name or descriptive phrase before `index`, outside quoted stretches.
    private func nearestSpeaker(before index: Int, in block: AnalyzedBlock, sentenceStart: Int, quoted: Set<Int>, mentions: MentionIndex) -> Speaker? {
        var cursor = index - 1
        while cursor >= sentenceStart {
            if !quoted.contains(cursor) {
                if let named = beforeAppositive(endingAt: cursor, in: block, sentenceStart: sentenceStart, mentions: mentions) { return named }
                if let speaker = speaker(endingAt: cursor, in: block, sentenceStart: sentenceStart, mentions: mentions) { return speaker }
            }
            cursor -= 1
        }
        return nil
    }

    /// A speaker phrase whose last token is `end`, if one is there.
    private func speaker(endingAt end: Int, in block: AnalyzedBlock, sentenceStart: Int, mentions: MentionIndex) -> Speaker? {
        let tokens = block.tokens
        let token = tokens[end]
        if let (entity, start) = mentions.mention(endingAt: end, in: block) {
            return Speaker(name: entity.name, entity: entity.id, kind: Self.kind(of: entity), span: block.span(tokens: start, through: end))
        }
        guard token.kind == .word else { return nil }
        if Self.pronouns.contains(token.lower) {
            return resolvePronoun(at: end, in: block, mentions: mentions)
        }
        if speakerNouns[token.lower] != nil {
            var start = end
            while start - 1 >= sentenceStart, end - start < 4, tokens[start - 1].kind == .word {
                let previous = tokens[start - 1].lower
                if Self.determiners.contains(previous) {
                    start -= 1
                    break
                }
                if speechVerbs[previous] != nil || Self.adverbs.contains(previous) || ["and", "or", "but", "that", "of", "in", "on", "for", "by", "with"].contains(previous) { break }
                start -= 1
            }
            return descriptive(from: start, through: end, in: block)
        }
        return nil
    }

    private func descriptive(from start: Int, through end: Int, in block: AnalyzedBlock) -> Speaker {
        var text = block.string(tokens: start, through: end)
        // "The report" opening a sentence is "the report".
        if let first = block.tokens[start].text.unicodeScalars.first, first.isCapital,
           Self.determiners.contains(block.tokens[start].lower) {
            text = block.tokens[start].lower + text.dropFirst(block.tokens[start].text.count)
        }
        return Speaker(name: text, kind: speakerNouns[block.tokens[end].lower] ?? .unknown, span: block.span(tokens: start, through: end))
    }

    /// The kind of speaker an entity is.
    static func kind(of entity: Entity) -> Speaker.Kind {
        switch entity.type {
        case .person: .person
        case .organization: .organization
        case .place: .organization
        }
    }

    private func resolvePronoun(at index: Int, in block: AnalyzedBlock, mentions: MentionIndex) -> Speaker {
        let token = block.tokens[index]
        let span = block.span(tokens: index, through: index)
        let wanted: EntityType?
        switch token.lower {
        case "he", "she": wanted = .person
        case "it": wanted = .organization
        default: wanted = nil
        }
        if let wanted, let entity = mentions.lastEntity(of: wanted, before: span) {
            return Speaker(name: entity.name, entity: entity.id, kind: Self.kind(of: entity), span: span)
        }
        return Speaker(name: token.text, kind: wanted == .person ? .person : .unknown, span: span)
    }

    /// Tokens inside quotation marks (double or single) between `start` and `end`.
    private func quotedTokens(in block: AnalyzedBlock, from start: Int, to end: Int) -> Set<Int> {
        var quoted: Set<Int> = []
        var openIndex: Int?
        var openIsDouble = false
        for index in start..<min(end, block.tokens.count) where block.tokens[index].kind == .quoteMark {
            let scalar = block.text.scalars[block.tokens[index].start]
            let role = QuotationMarks.role(at: block.tokens[index].start, in: block.text.scalars)
            if let open = openIndex {
                if QuotationMarks.isDouble(scalar) == openIsDouble, role != .opening {
                    for inside in open...index { quoted.insert(inside) }
                    openIndex = nil
                }
            } else if role != .closing {
                openIndex = index
                openIsDouble = QuotationMarks.isDouble(scalar)
            }
        }
        return quoted
    }
}

/// Entity mentions by where they start and end, for constant-time lookups from tokens.
struct MentionIndex {
    private struct Position: Hashable {
        var block: Int
        var offset: Int
    }

    private let entities: [Entity]
    private var byStart: [Position: (end: Int, entity: Int)] = [:]
    private var byEnd: [Position: (start: Int, entity: Int)] = [:]
    /// Mention spans of each type, in text order.
    private var byType: [EntityType: [(span: Span, entity: Int)]] = [:]

    init(entities: [Entity]) {
        self.entities = entities
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions {
                byStart[Position(block: mention.span.block, offset: mention.span.start)] = (mention.span.end, index)
                byEnd[Position(block: mention.span.block, offset: mention.span.end)] = (mention.span.start, index)
                byType[entity.type, default: []].append((mention.span, index))
            }
        }
        for type in byType.keys { byType[type]?.sort { $0.span < $1.span } }
    }

    /// The entity whose mention starts at token `index`, and the token index after the mention.
    func mention(startingAt index: Int, in block: AnalyzedBlock) -> (Entity, Int)? {
        guard let found = byStart[Position(block: block.index, offset: block.tokens[index].start)] else { return nil }
        var end = index
        while end < block.tokens.count, block.tokens[end].end <= found.end { end += 1 }
        return (entities[found.entity], end)
    }

    /// The entity whose mention ends at token `index`, and the mention's first token index.
    func mention(endingAt index: Int, in block: AnalyzedBlock) -> (Entity, Int)? {
        guard let found = byEnd[Position(block: block.index, offset: block.tokens[index].end)] else { return nil }
        var start = index
        while start > 0, block.tokens[start - 1].start >= found.start { start -= 1 }
        return (entities[found.entity], start)
    }

    /// The entity of the given type mentioned last before `span`.
    func lastEntity(of type: EntityType, before span: Span) -> Entity? {
        guard let mentions = byType[type] else { return nil }
        // The first mention not before `span`; the one before it is the answer.
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].span < span { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? entities[mentions[low - 1].entity] : nil
    }
}
