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
/// 1. the clause right after the closing mark, up to the sentence's end: `"…," the report stated`,
///    `"…," said Jane Roe`, `"…," he said`, `"…," mobile analyst Jane Roe told the BBC`,
///    `"…," according to officials`;
/// 2. the nearest speech verb before the opening mark in the same sentence: `Roe said: "…"`,
///    `According to the report, "…"`, and partial quotations, `X has claimed that these
///    elements "…"`;
/// 3. a quotation with no attribution of its own continues the speaker of the quotation before it,
///    when that one is in the same or the previous paragraph.
///
/// The speaker is the subject of the speech verb (the nearest name, pronoun or descriptive phrase
/// before it; over an appositive, "Anna Berg, the union's leader, said", the name before it), or
/// its object when the verb comes first (`said Jane Roe`, `according to the ministry`). A speaker
/// is an entity when one of its mentions stands there (titles before it are passed over) — its
/// canonical name is used — and a descriptive phrase otherwise ("the report", "a Defra
/// spokesman"). `he` and `she` refer to the last person named before them, `it` to the last
/// organisation; `I`, `we` and `they` are left unresolved, as no speaker.
struct SpeakerAttributor {
    let speechVerbs: [String: String]
    let speakerNouns: [String: Speaker.Kind]
    let titles: Set<String>
    /// The first words of the speech verbs of two words ("according" of "according to"), so that
    /// a two-word form is looked up only after one of them.
    private let twoWordStarts: Set<String>

    init(speechVerbs: [String: String], speakerNouns: [String: Speaker.Kind], titles: Set<String>) {
        self.speechVerbs = speechVerbs
        self.speakerNouns = speakerNouns
        self.titles = titles
        twoWordStarts = Set(speechVerbs.keys.compactMap { form in
            let words = form.split(separator: " ")
            return words.count == 2 ? String(words[0]) : nil
        })
    }

    private static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one", "two", "three",
        "some", "several", "many", "other", "another", "both", "each", "every", "no",
    ]
    /// Words that stand between a subject and its speech verb.
    private static let auxiliaries: Set<String> = [
        "also", "later", "then", "further", "again", "previously", "recently", "earlier", "however", "has", "have", "had",
        "was", "is", "were", "are", "would", "will", "once", "repeatedly", "publicly", "simply", "only", "even", "been",
        "quickly", "firmly", "flatly", "strongly", "clearly", "angrily", "bluntly", "frankly", "still", "often", "always",
        "never", "had", "may", "might", "could", "should", "did", "does", "do", "not", "yesterday", "today",
    ]
    private static let resolvablePronouns: Set<String> = ["he", "she", "it"]
    private static let otherPronouns: Set<String> = ["they", "we", "i", "you"]
    /// How many tokens an attribution reaches back from a quotation, or into the sentence before
    /// it: further than any attribution stands, and short enough that a sentence of thousands of
    /// tokens costs linear time.
    static let reach = 80

    /// Words that end the search for a subject.
    private static let clauseBreaks: Set<String> = [".", "!", "?", ";", ":", "(", ")"]

    /// The attributions of `candidates`, in the same order.
    func attribute(_ candidates: [QuotationCandidate], blocks: [AnalyzedBlock], mentions index: MentionIndex) -> [Attribution] {
        var mentions = index
        var attributions: [Attribution] = []
        for (index, candidate) in candidates.enumerated() {
            // "He said" right after a quotation usually means its speaker.
            mentions.recentSpeaker = nil
            if index > 0, let speaker = attributions[index - 1].speaker, speaker.kind == .person, speaker.entity != nil,
               let previousBlock = candidates[index - 1].parts.last?.block, let firstBlock = candidate.parts.first?.block,
               firstBlock - previousBlock <= 1 {
                mentions.recentSpeaker = speaker
                mentions.recentQuotationEnd = Span(block: previousBlock, start: candidates[index - 1].closingMark, end: candidates[index - 1].closingMark)
            }
            var attribution = after(candidate, blocks: blocks, mentions: mentions)
                ?? before(candidate, blocks: blocks, mentions: mentions)
                ?? reportedInPreviousSentence(candidate, blocks: blocks, mentions: mentions)
            if attribution == nil, index > 0, let previous = attributions.last, previous.speaker != nil,
               let previousBlock = candidates[index - 1].parts.last?.block,
               let firstBlock = candidate.parts.first?.block, firstBlock - previousBlock <= 1 {
                attribution = Attribution(speaker: previous.speaker, cue: nil, cueSpan: nil, source: .previous)
            }
            attributions.append(attribution ?? Attribution())
        }
        return attributions
    }

    // MARK: - Where the attribution stands

    /// The clause after the closing mark.
    private func after(_ candidate: QuotationCandidate, blocks: [AnalyzedBlock], mentions: MentionIndex) -> Attribution? {
        guard let last = candidate.parts.last else { return nil }
        let block = blocks[last.block]
        let tokens = block.tokens
        var start = block.firstToken(atOrAfter: candidate.closingMark + 1)
        while start < tokens.count, tokens[start].is(",") || tokens[start].is("-") || tokens[start].is("\u{2014}") || tokens[start].is("\u{2013}") {
            start += 1
        }
        var end = start
        while end < tokens.count, end - start < 14, !Self.clauseBreaks.contains(tokens[end].text), tokens[end].kind != .quoteMark {
            end += 1
        }
        guard start < end else { return nil }
        // "…." He added: "…" — a quotation that ends its sentence, followed by a new sentence,
        // has no attribution after it: that clause belongs to what follows.
        if let final = block.text.scalars[..<candidate.closingMark].last(where: { !$0.isSpace }),
           [".", "!", "?"].contains(final), tokens[start].isCapitalized {
            return nil
        }
        for verb in start..<end {
            // A form that is often a noun is a verb here only after a subject ("the report
            // states"), never right after a determiner ("the report").
            let afterDeterminer = verb > start && Self.determiners.contains(tokens[verb - 1].lower)
            guard let (cue, cueEnd, _) = cue(at: verb, in: block, strict: verb == start || afterDeterminer) else { continue }
            let speaker = verb == start
                ? object(after: cueEnd, in: block, limit: end, mentions: mentions)
                : subject(before: verb, from: start, in: block, mentions: mentions)
            guard let speaker else { continue }
            return Attribution(speaker: speaker.resolved, cue: cue, cueSpan: block.span(tokens: verb, through: cueEnd - 1), source: .adjacent)
        }
        return nil
    }

    /// The nearest speech verb before the opening mark, in the same sentence.
    private func before(_ candidate: QuotationCandidate, blocks: [AnalyzedBlock], mentions: MentionIndex) -> Attribution? {
        guard let first = candidate.parts.first else { return nil }
        let block = blocks[first.block]
        let quoteToken = block.firstToken(atOrAfter: candidate.openingMark)
        guard quoteToken > 0, quoteToken <= block.tokens.count else { return nil }
        // The sentence's start, or `reach` tokens back in a sentence longer than that.
        let sentenceStart = max(block.sentence(ofToken: min(quoteToken, block.tokens.count - 1)).lowerBound, quoteToken - Self.reach)
        let quoted = quotedTokens(in: block, from: sentenceStart, to: quoteToken)
        var verb = quoteToken - 1
        while verb >= sentenceStart {
            if !quoted.contains(verb), let (cue, cueEnd, base) = cue(at: verb, in: block, strict: true) {
                let adjacent = quoteToken - cueEnd <= 4
                let speaker = cueEnd == verb + 2 && base == "according to"
                    ? object(after: cueEnd, in: block, limit: quoteToken, mentions: mentions)
                    : subject(before: verb, from: sentenceStart, in: block, mentions: mentions, skipping: quoted)
                guard let speaker else { return nil }
                return Attribution(speaker: speaker.resolved, cue: cue, cueSpan: block.span(tokens: verb, through: cueEnd - 1), source: adjacent ? .adjacent : .sentence)
            }
            verb -= 1
        }
        return nil
    }

    /// "Jane Roe said the plan had failed. "…"": a quotation without attribution of its own, right
    /// after a sentence in which a person speaks, is theirs.
    private func reportedInPreviousSentence(_ candidate: QuotationCandidate, blocks: [AnalyzedBlock], mentions: MentionIndex) -> Attribution? {
        guard let first = candidate.parts.first else { return nil }
        var block = blocks[first.block]
        let quoteToken = block.firstToken(atOrAfter: candidate.openingMark)
        guard quoteToken < block.tokens.count else { return nil }
        let sentenceIndex = block.sentenceOfToken[quoteToken]
        var sentence: Range<Int>
        if block.sentences[sentenceIndex].lowerBound < quoteToken {
            return nil
        } else if sentenceIndex > 0 {
            sentence = block.sentences[sentenceIndex - 1]
        } else if first.block > 0, blocks[first.block - 1].kind == .paragraph, let last = blocks[first.block - 1].sentences.last {
            block = blocks[first.block - 1]
            sentence = last
        } else {
            return nil
        }
        // The speech verb of reported speech stands near the start of its sentence.
        sentence = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + Self.reach)
        let quoted = quotedTokens(in: block, from: sentence.lowerBound, to: sentence.upperBound)
        for verb in sentence where !quoted.contains(verb) {
            guard let (cue, cueEnd, _) = cue(at: verb, in: block, strict: true),
                  let found = subject(before: verb, from: sentence.lowerBound, in: block, mentions: mentions, skipping: quoted),
                  let speaker = found.resolved, speaker.kind == .person, speaker.entity != nil else { continue }
            return Attribution(speaker: speaker, cue: cue, cueSpan: block.span(tokens: verb, through: cueEnd - 1), source: .previous)
        }
        return nil
    }

    // MARK: - Cues

    /// Forms of speech verbs that are nouns as often as verbs ("the report", "a claim"): cues only
    /// right after a subject.
    private static let nounLike: Set<String> = ["report", "reports", "state", "states", "note", "notes", "comment", "comments", "claim", "claims", "remark", "remarks", "quote", "quotes", "reply", "replies", "promise", "promises", "concludes", "tell", "say", "add", "write", "warn"]

    /// The cue at `index` ("said", "according to", "pointed out"), the index after it and the
    /// speech verb's base form ("say", "according to", "point out"). With `strict`, forms that are
    /// often nouns do not count.
    private func cue(at index: Int, in block: AnalyzedBlock, strict: Bool) -> (cue: String, end: Int, base: String)? {
        let tokens = block.tokens
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].kind == .word, twoWordStarts.contains(tokens[index].lower),
           let base = speechVerbs[tokens[index].lower + " " + tokens[index + 1].lower] {
            return (block.string(tokens: index, through: index + 1), index + 2, base)
        }
        guard let base = speechVerbs[tokens[index].lower] else { return nil }
        if strict, Self.nounLike.contains(tokens[index].lower) { return nil }
        return (tokens[index].text, index + 1, base)
    }

    // MARK: - Speaker phrases

    /// A speaker phrase found in the text, before pronouns are resolved.
    private struct Found {
        var resolved: Speaker?
    }

    /// The subject of the verb at `verb`: the nearest name, pronoun or descriptive phrase before
    /// it, after auxiliaries and adverbs, looking no further back than `lowerBound`.
    private func subject(before verb: Int, from lowerBound: Int, in block: AnalyzedBlock, mentions: MentionIndex, skipping quoted: Set<Int> = []) -> Found? {
        let tokens = block.tokens
        var cursor = verb - 1
        while cursor >= lowerBound, tokens[cursor].kind == .word, Self.auxiliaries.contains(tokens[cursor].lower) { cursor -= 1 }
        // The nearest phrase that can be a speaker, passing over words that cannot.
        while cursor >= lowerBound {
            if quoted.contains(cursor) {
                cursor -= 1
                continue
            }
            let token = tokens[cursor]
            if Self.clauseBreaks.contains(token.text) { return nil }
            if token.is(","), let named = beforeAppositive(endingAt: cursor, from: lowerBound, in: block, mentions: mentions) {
                return named
            }
            if let found = phrase(endingAt: cursor, from: lowerBound, in: block, mentions: mentions) {
                // "Brent Bozell, PTC president and activist, said" / "X, a spokesman, said": the name
                // before the description.
                if found.isDescription, let start = found.start, max(lowerBound + 1, start - 8) < start,
                   let comma = (max(lowerBound + 1, start - 8)..<start).last(where: { tokens[$0].is(",") }),
                   !(comma..<start).contains(where: { Self.clauseBreaks.contains(tokens[$0].text) }),
                   let (entity, entityStart) = mentions.mention(endingAt: comma - 1, in: block), entity.type == .person {
                    return Found(resolved: speaker(entity, block.span(tokens: entityStart, through: comma - 1)))
                }
                return Found(resolved: found.speaker)
            }
            cursor -= 1
        }
        return nil
    }

    /// "X, the head of Y," ending at `comma`: the entity X, when the comma closes an appositive
    /// that opens with a comma right after a name.
    private func beforeAppositive(endingAt comma: Int, from lowerBound: Int, in block: AnalyzedBlock, mentions: MentionIndex) -> Found? {
        let tokens = block.tokens
        var opening = comma - 1
        while opening > lowerBound, comma - opening <= 12, !tokens[opening].is(","), !Self.clauseBreaks.contains(tokens[opening].text) { opening -= 1 }
        guard opening > lowerBound, tokens[opening].is(","), opening < comma - 1 else { return nil }
        // "The Parents Television Council (PTC), which …,": the name before the acronym.
        var nameEnd = opening - 1
        if tokens[nameEnd].is(")"), let parenthesis = (max(lowerBound, nameEnd - 4)..<nameEnd).last(where: { tokens[$0].is("(") }) {
            nameEnd = parenthesis - 1
        }
        guard nameEnd >= lowerBound, let (entity, start) = mentions.mention(endingAt: nameEnd, in: block) else { return nil }
        return Found(resolved: speaker(entity, block.span(tokens: start, through: nameEnd)))
    }

    /// The object of a verb that comes first (`said Jane Roe`, `according to the ministry`).
    private func object(after index: Int, in block: AnalyzedBlock, limit: Int, mentions: MentionIndex) -> Found? {
        let tokens = block.tokens
        var start = index
        while start < limit, tokens[start].kind == .word, Self.auxiliaries.contains(tokens[start].lower) { start += 1 }
        // Titles before a name: "said Mr Smith".
        var nameStart = start
        while nameStart < limit, titles.contains(tokens[nameStart].lower) { nameStart += 1 }
        guard start < limit else { return nil }
        if nameStart < limit, let (entity, end) = mentions.mention(startingAt: nameStart, in: block) {
            return Found(resolved: speaker(entity, block.span(tokens: nameStart, through: end - 1)))
        }
        let token = tokens[start]
        if token.kind == .word, Self.resolvablePronouns.contains(token.lower) || Self.otherPronouns.contains(token.lower) {
            return Found(resolved: pronoun(at: start, in: block, mentions: mentions))
        }
        // A descriptive phrase: determiner, modifiers, and a noun before a break.
        var end = start
        while end < limit, end - start < 6, tokens[end].kind == .word, !titles.contains(tokens[end].lower) || end == start {
            if mentions.mention(startingAt: end, in: block) != nil { break }
            end += 1
        }
        if let head = (start..<end).last(where: { speakerNouns[tokens[$0].lower] != nil }) {
            // A description in apposition before a person's name is that person ("said union
            // leader Tom Reyes").
            if head == end - 1, end < limit, let (entity, last) = mentions.mention(startingAt: end, in: block), entity.type == .person {
                return Found(resolved: speaker(entity, block.span(tokens: end, through: last - 1)))
            }
            return Found(resolved: descriptive(from: start, through: head, in: block))
        }
        // A capitalised name that is not an entity.
        if nameStart < limit, tokens[nameStart].isCapitalized, !Self.determiners.contains(tokens[nameStart].lower) {
            var last = nameStart
            while last + 1 < limit, tokens[last + 1].kind == .word, tokens[last + 1].isCapitalized { last += 1 }
            return Found(resolved: Speaker(name: block.string(tokens: nameStart, through: last), kind: .unknown, span: block.span(tokens: nameStart, through: last)))
        }
        return nil
    }

    /// A speaker phrase that ends at `end`, with its first token and whether it is a description.
    private func phrase(endingAt end: Int, from lowerBound: Int, in block: AnalyzedBlock, mentions: MentionIndex) -> (speaker: Speaker?, start: Int?, isDescription: Bool)? {
        let tokens = block.tokens
        let token = tokens[end]
        if let (entity, start) = mentions.mention(endingAt: end, in: block) {
            return (speaker(entity, block.span(tokens: start, through: end)), start, false)
        }
        guard token.kind == .word else { return nil }
        if Self.resolvablePronouns.contains(token.lower) || Self.otherPronouns.contains(token.lower) {
            return (pronoun(at: end, in: block, mentions: mentions), end, false)
        }
        if speakerNouns[token.lower] != nil {
            var start = end
            while start - 1 >= lowerBound, end - start < 4, tokens[start - 1].kind == .word {
                // A name before the noun belongs to the phrase whole ("Acme Widget Holdings
                // spokesman"), with its article.
                if let (_, nameStart) = mentions.mention(endingAt: start - 1, in: block), nameStart >= lowerBound {
                    start = nameStart
                    if start - 1 >= lowerBound, Self.determiners.contains(tokens[start - 1].lower) { start -= 1 }
                    break
                }
                let previous = tokens[start - 1].lower
                if Self.determiners.contains(previous) {
                    start -= 1
                    break
                }
                if speechVerbs[previous] != nil || Self.auxiliaries.contains(previous)
                    || ["and", "or", "but", "that", "of", "in", "on", "for", "by", "with", "to", "from", "who", "which"].contains(previous) { break }
                start -= 1
            }
            return (descriptive(from: start, through: end, in: block), start, true)
        }
        return nil
    }

    private func speaker(_ entity: Entity, _ span: Span) -> Speaker {
        Speaker(name: entity.name, entity: entity.id, kind: Self.kind(of: entity), span: span)
    }

    private func descriptive(from start: Int, through end: Int, in block: AnalyzedBlock) -> Speaker {
        var text = block.string(tokens: start, through: end)
        // "The report" opening a sentence is "the report".
        if block.tokens[start].isCapitalized, Self.determiners.contains(block.tokens[start].lower) {
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

    /// `he`/`she`: the previous quotation's speaker when it is a person close by, else the last
    /// person named before; `it`: the last organisation; others: no speaker.
    private func pronoun(at index: Int, in block: AnalyzedBlock, mentions: MentionIndex) -> Speaker? {
        let token = block.tokens[index]
        let span = block.span(tokens: index, through: index)
        let wanted: EntityType
        switch token.lower {
        case "he", "she":
            // The previous quotation's speaker, unless another person was named since.
            if var recent = mentions.recentSpeaker, let since = mentions.recentQuotationEnd,
               !mentions.mentionsPerson(after: since, before: span) {
                recent.span = span
                return recent
            }
            wanted = .person
        case "it": wanted = .organization
        default: return nil
        }
        guard let entity = mentions.lastEntity(of: wanted, before: span) else { return nil }
        return speaker(entity, span)
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
    /// The speaker of the quotation just before, when a pronoun should mean them.
    var recentSpeaker: Speaker?
    /// Where that quotation closed.
    var recentQuotationEnd: Span?
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

    /// Whether a person is mentioned between two places.
    func mentionsPerson(after start: Span, before end: Span) -> Bool {
        guard let person = lastMention(of: .person, before: end) else { return false }
        return start < person.span
    }

    /// The last mention of an entity of the given type before `span`.
    func lastMention(of type: EntityType, before span: Span) -> (span: Span, entity: Int)? {
        guard let mentions = byType[type] else { return nil }
        let firstNotBefore = mentions.partitionPoint { !($0.span < span) }
        return firstNotBefore > 0 ? mentions[firstNotBefore - 1] : nil
    }

    /// The entity of the given type mentioned last before `span`.
    func lastEntity(of type: EntityType, before span: Span) -> Entity? {
        lastMention(of: type, before: span).map { entities[$0.entity] }
    }
}
