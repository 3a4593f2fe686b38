import ReportModel

/// A cited work found in the text, before it gets its id.
struct FoundCitation: Sendable, Equatable {
    var title: String
    var kind: String?
    var spans: [Span]
    var publisher: String?
    var publisherEntity: String?
    /// Where it is first cited: the block, the tokens of its opening and closing marks, and the
    /// work noun before it (its first token and its text).
    var block: Int
    var openingToken: Int
    var closingToken: Int
    var noun: (first: Int, text: String)?

    static func == (lhs: FoundCitation, rhs: FoundCitation) -> Bool {
        lhs.title == rhs.title && lhs.kind == rhs.kind && lhs.spans == rhs.spans && lhs.publisher == rhs.publisher
            && lhs.publisherEntity == rhs.publisherEntity
    }
}

/// Finds documents and works cited by title: a title in quotation marks (single or double) after
/// `titled`, `entitled`, `called`, `named`, `dubbed` or `headlined`, or right after a noun for a
/// work ("the report 'X'", "the film "X""). The kind is that noun ("report", "film").
///
/// The publisher is the organisation that the text says issued it: "X's report", "a report by X",
/// "the X report", or else the first organisation named in an earlier sentence that speaks of a
/// work of the same kind ("In a report, the Department of Defence said …").
///
/// The same title cited twice is one citation with two spans.
struct CitationFinder {
    let workNouns: [String: String]

    private static let titlingVerbs: Set<String> = ["titled", "entitled", "called", "named", "dubbed", "headlined"]

    /// The cited works, without publishers (see ``attachPublishers(_:blocks:entities:)``).
    func find(in blocks: [AnalyzedBlock]) -> [FoundCitation] {
        var citations: [FoundCitation] = []
        var byTitle: [String: Int] = [:]
        for block in blocks {
            let tokens = block.tokens
            for (index, token) in tokens.enumerated() where token.kind == .quoteMark {
                let scalars = block.text.scalars
                guard QuotationMarks.role(at: token.start, in: scalars) != .closing, index > 0 else { continue }
                let previous = tokens[index - 1]
                let isTitling = previous.kind == .word && Self.titlingVerbs.contains(previous.lower)
                let nounBefore = workNoun(endingAt: index - 1, in: block)
                guard isTitling || nounBefore != nil,
                      let close = closingMark(matching: index, in: block) else { continue }
                let inner = (token.end)..<tokens[close].start
                guard inner.count > 1 else { continue }
                let title = block.string(inner)
                // A work's title starts with a capital (or a digit).
                guard let first = title.unicodeScalars.first, first.isCapital || ("0"..."9").contains(first) else { continue }
                let kind = nounBefore ?? workNoun(before: index - 1, in: block, within: 4)
                let span = block.span(inner)
                if let existing = byTitle[title.lowercased()] {
                    citations[existing].spans.append(span)
                    continue
                }
                let citation = FoundCitation(
                    title: title, kind: kind?.kind, spans: [span], block: block.index, openingToken: index, closingToken: close,
                    noun: kind.map { ($0.first, $0.noun) }
                )
                byTitle[title.lowercased()] = citations.count
                citations.append(citation)
            }
        }
        return citations
    }

    /// The work noun whose last token is `index` ("report", "white paper"), with its position.
    private func workNoun(endingAt index: Int, in block: AnalyzedBlock) -> (kind: String, first: Int, noun: String)? {
        let tokens = block.tokens
        guard index >= 0, tokens[index].kind == .word else { return nil }
        if index > 0, let kind = workNouns[tokens[index - 1].lower + " " + tokens[index].lower] {
            return (kind, index - 1, tokens[index - 1].lower + " " + tokens[index].lower)
        }
        if let kind = workNouns[tokens[index].lower] { return (kind, index, tokens[index].lower) }
        return nil
    }

    /// The nearest work noun in the `within` tokens before `index`.
    private func workNoun(before index: Int, in block: AnalyzedBlock, within: Int) -> (kind: String, first: Int, noun: String)? {
        var cursor = index - 1
        while cursor >= max(0, index - within) {
            if let found = workNoun(endingAt: cursor, in: block) { return found }
            cursor -= 1
        }
        return nil
    }

    /// The closing mark of the same family as the opening mark at token `index`, in the same
    /// sentence.
    private func closingMark(matching index: Int, in block: AnalyzedBlock) -> Int? {
        let scalars = block.text.scalars
        let isDouble = QuotationMarks.isDouble(scalars[block.tokens[index].start])
        let sentenceEnd = block.sentence(ofToken: index).upperBound
        var cursor = index + 1
        while cursor < min(block.tokens.count, sentenceEnd + 2) {
            let token = block.tokens[cursor]
            if token.kind == .quoteMark, QuotationMarks.isDouble(scalars[token.start]) == isDouble,
               QuotationMarks.role(at: token.start, in: scalars) != .opening {
                return cursor
            }
            cursor += 1
        }
        return nil
    }

    /// The citations with the organisations that issued them, where the text says.
    func attachPublishers(_ citations: [FoundCitation], blocks: [AnalyzedBlock], entities: [Entity]) -> [FoundCitation] {
        let mentions = MentionIndex(entities: entities)
        return citations.map { citation in
            var attached = citation
            if let entity = publisher(of: citation, blocks: blocks, mentions: mentions) {
                attached.publisher = entity.name
                attached.publisherEntity = entity.id
            }
            return attached
        }
    }

    /// The organisation that issued a cited work.
    private func publisher(of citation: FoundCitation, blocks: [AnalyzedBlock], mentions: MentionIndex) -> Entity? {
        let block = blocks[citation.block]
        let tokens = block.tokens
        let index = citation.openingToken
        let closing = citation.closingToken
        let kind = citation.noun
        // "X's report", "the X report": an organisation right before the noun.
        if let kind {
            var end = kind.first - 1
            if end >= 0, tokens[end].kind == .quoteMark || tokens[end].lower == "'s" || tokens[end].lower == "\u{2019}s" { end -= 1 }
            if end >= 0, let (entity, _) = mentions.mention(endingAt: end, in: block), entity.type == .organization {
                return entity
            }
        }
        // "… by X" after the title.
        if closing + 2 < tokens.count, tokens[closing + 1].lower == "by" || (tokens[closing + 1].lower == "published" && tokens[closing + 2].lower == "by") {
            let start = tokens[closing + 1].lower == "by" ? closing + 2 : closing + 3
            if start < tokens.count, let (entity, _) = mentions.mention(startingAt: start, in: block), entity.type == .organization {
                return entity
            }
        }
        // The first organisation in an earlier sentence that speaks of the same kind of work.
        guard let noun = kind?.text else { return nil }
        for earlier in blocks {
            for sentence in earlier.sentences {
                if earlier.index > block.index || (earlier.index == block.index && sentence.lowerBound > index) { return nil }
                guard sentence.contains(where: { earlier.tokens[$0].lower == noun }) else { continue }
                for position in sentence {
                    if let (entity, _) = mentions.mention(startingAt: position, in: earlier), entity.type == .organization {
                        return entity
                    }
                }
            }
        }
        return nil
    }
}
