import ReportModel

/// A cited work found in the text, before it gets its id.
struct FoundCitation: Sendable {
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
}

/// Finds documents and works cited by title:
/// - a title in quotation marks (single or double) after `titled`, `entitled`, `called`, `named`,
///   `dubbed` or `headlined`, or right after a noun for a work ("the report 'X'", "the film "X"");
/// - an unquoted capitalised title next to a noun for a work: "the Fight for Your Rights series",
///   "Radio 4's Today programme", "the film Ray", "its report - X: Y -";
/// - the title of a law or treaty: "the Human Rights Act".
/// The kind is the noun ("report", "film", "programme"; "law"). A title is never a name the
/// gazetteer knows, a person's name or a date.
///
/// The publisher is the organisation that the text says issued it: "X's report", "a report by X",
/// "the X report", or else the first organisation named in an earlier sentence that speaks of a
/// work of the same kind ("In a report, the Department of Defence said …").
///
/// The same title cited twice is one citation with two spans.
struct CitationFinder {
    let workNouns: [String: String]
    /// The last words of the work nouns, to rule out most tokens at once.
    let workNounEnds: Set<String>

    init(workNouns: [String: String]) {
        self.workNouns = workNouns
        workNounEnds = Set(workNouns.keys.compactMap { $0.split(separator: " ").last.map(String.init) })
    }

    /// The finder with the built-in work nouns.
    static let standard: CitationFinder = {
        var workNouns: [String: String] = [:]
        for fields in Lexicon.records("work-nouns.txt") where fields.count == 2 {
            workNouns[fields[0].lowercased()] = fields[1]
        }
        return CitationFinder(workNouns: workNouns)
    }()

    /// The most tokens a quoted title can have.
    static let longestTitle = 40

    private static let titlingVerbs: Set<String> = ["titled", "entitled", "called", "named", "dubbed", "headlined"]

    /// The cited works, without publishers (see ``attachPublishers(_:blocks:mentions:)``).
    func find(in blocks: [AnalyzedBlock]) -> [FoundCitation] {
        var citations: [FoundCitation] = []
        var byTitle: [String: Int] = [:]
        var seen: Set<Span> = []
        func add(title: String, span: Span, kind: (kind: String, first: Int, noun: String)?, block: AnalyzedBlock, opening: Int, closing: Int) {
            guard seen.insert(span).inserted else { return }
            if let existing = byTitle[title.lowercased()] {
                citations[existing].spans.append(span)
                return
            }
            byTitle[title.lowercased()] = citations.count
            citations.append(FoundCitation(
                title: title, kind: kind?.kind, spans: [span], block: block.index, openingToken: opening, closingToken: closing,
                noun: kind.map { ($0.first, $0.noun) }
            ))
        }
        for block in blocks {
            let tokens = block.tokens
            let scalars = block.text.scalars
            for (index, token) in tokens.enumerated() {
                if token.kind == .quoteMark {
                    // A title in quotation marks after "titled" or a noun for a work.
                    guard QuotationMarks.role(at: token.start, in: scalars) != .closing, index > 0 else { continue }
                    let previous = tokens[index - 1]
                    let isTitling = previous.kind == .word && Self.titlingVerbs.contains(previous.lower)
                    let nounBefore = workNoun(endingAt: index - 1, in: block)
                    guard isTitling || nounBefore != nil, let close = closingMark(matching: index, in: block) else { continue }
                    let inner = (token.end)..<tokens[close].start
                    guard inner.count > 1 else { continue }
                    let title = block.string(inner)
                    // A work's title starts with a capital (or a digit).
                    guard let first = title.unicodeScalars.first, first.isCapital || first.isDigit else { continue }
                    add(title: title, span: block.span(inner), kind: nounBefore ?? workNoun(before: index - 1, in: block, within: 4),
                        block: block, opening: index, closing: close)
                } else if token.kind == .word, !token.isCapitalized, token.classes.contains(.workNounEnd), let noun = workNoun(endingAt: index, in: block) {
                    // An unquoted title next to a noun for a work (a capitalised noun is part of a
                    // name of its own: "the Green Paper").
                    let before = Self.kindsTitledBefore.contains(noun.kind) ? titleBefore(noun: noun.first, in: block) : nil
                    if let (first, last) = before ?? titleAfter(noun: index, in: block) {
                        add(title: block.string(tokens: first, through: last), span: block.span(tokens: first, through: last), kind: noun,
                            block: block, opening: first, closing: last)
                    }
                } else if token.kind == .word, token.isCapitalized, Self.lawWords.contains(token.lower), let first = lawTitleStart(endingAt: index, in: block) {
                    // A law or treaty named by its title: "the Human Rights Act".
                    add(title: block.string(tokens: first, through: index), span: block.span(tokens: first, through: index),
                        kind: ("law", index, token.lower), block: block, opening: first, closing: index)
                }
            }
        }
        return citations
    }

    /// Kinds of work whose title may stand before the noun ("the Fight for Your Rights series",
    /// "the Today programme"); before "report", "album" or "film" a capitalised word more often
    /// names who made it ("a Deloitte report", "the new U2 album").
    private static let kindsTitledBefore: Set<String> = ["programme", "book"]

    /// Words that end the title of a law or treaty.
    private static let lawWords: Set<String> = ["act", "bill", "treaty", "protocol", "convention", "charter", "directive"]
    /// Lower-case words that may stand inside a title.
    private static let titleFunctionWords: Set<String> = ["of", "for", "the", "and", "in", "on", "a", "an", "to", "with", "at", "from", "by", "&"]
    /// What may stand right before a title that precedes its noun ("the X series", "Radio 4's X programme").
    private static let titleOpeners: Set<String> = ["the", "its", "his", "her", "their", "our", "a", "an", "'s", "\u{2019}s"]

    /// "the Fight for Your Rights series", "Radio 4's Today programme": the capitalised title right
    /// before the noun at `noun`, after an article or a possessive; not a name the gazetteer knows.
    private func titleBefore(noun: Int, in block: AnalyzedBlock) -> (Int, Int)? {
        let tokens = block.tokens
        let last = noun - 1
        guard last >= 1, tokens[last].kind == .word, tokens[last].isCapitalized else { return nil }
        var first = last
        while first - 1 >= 0, first - 1 > last - 8 {
            let previous = tokens[first - 1]
            if previous.kind == .word, previous.isCapitalized || (Self.titleFunctionWords.contains(previous.lower) && !Self.titleOpeners.contains(previous.lower)) {
                first -= 1
            } else {
                break
            }
        }
        while first < last, tokens[first].kind == .word, !tokens[first].isCapitalized { first += 1 }
        guard first > 0, Self.titleOpeners.contains(tokens[first - 1].lower) else { return nil }
        return isTitle(first, last, in: block) ? (first, last) : nil
    }

    /// "the film Ray", "its report - MTV Smut Peddlers: Targeting Kids -": the capitalised title
    /// right after the noun at `noun` (or after a dash, up to the next dash).
    private func titleAfter(noun: Int, in block: AnalyzedBlock) -> (Int, Int)? {
        let tokens = block.tokens
        var first = noun + 1
        guard first < tokens.count else { return nil }
        if tokens[first].is("-") || tokens[first].is("\u{2013}") || tokens[first].is("\u{2014}") {
            // Up to the closing dash, at most twenty tokens on.
            first += 1
            guard first < tokens.count, tokens[first].isCapitalized,
                  let close = (first..<min(tokens.count, first + 20)).first(where: { tokens[$0].is("-") || tokens[$0].is("\u{2013}") || tokens[$0].is("\u{2014}") }),
                  close > first else { return nil }
            return isTitle(first, close - 1, in: block, allowPunctuation: true) ? (first, close - 1) : nil
        }
        guard tokens[first].kind == .word, tokens[first].isCapitalized, tokens[first].spaceBefore else { return nil }
        var last = first
        while last + 1 < tokens.count, last - first < 12, tokens[last + 1].kind == .word,
              tokens[last + 1].isCapitalized || (Self.titleFunctionWords.contains(tokens[last + 1].lower) && last + 2 < tokens.count && tokens[last + 2].isCapitalized) {
            last += 1
        }
        // A verb right after ("the report Smith wrote") says the capitals are a subject, not a title.
        if last + 1 < tokens.count, tokens[last + 1].kind == .word, !tokens[last + 1].isCapitalized,
           !Self.titleFunctionWords.contains(tokens[last + 1].lower), tokens[last + 1].lower.hasSuffix("ed") || tokens[last + 1].lower.hasSuffix("s") {
            return nil
        }
        return isTitle(first, last, in: block) ? (first, last) : nil
    }

    /// The first token of a law's title ending with its law word at `index`: two capitalised words
    /// at least ("Human Rights Act", "Treaty of Rome" is read from the other side and not taken).
    private func lawTitleStart(endingAt index: Int, in block: AnalyzedBlock) -> Int? {
        let tokens = block.tokens
        var first = index
        while first - 1 >= 0, index - first < 8, tokens[first - 1].kind == .word,
              tokens[first - 1].isCapitalized || (Self.titleFunctionWords.contains(tokens[first - 1].lower) && first - 2 >= 0 && tokens[first - 2].isCapitalized) {
            first -= 1
        }
        while first < index, !tokens[first].isCapitalized || tokens[first].lower == "the" { first += 1 }
        // Not at the start of a sentence only by accident: the title must have a word of its own.
        guard first < index, !(first == block.sentence(ofToken: first).lowerBound && index - first == 1 && tokens[first].classes.contains(.sentenceStarter)) else { return nil }
        return first
    }

    /// Whether tokens `first...last` can be a title: not a name the gazetteer knows, not a
    /// person's name, not only an acronym, not a date.
    private func isTitle(_ first: Int, _ last: Int, in block: AnalyzedBlock, allowPunctuation: Bool = false) -> Bool {
        let tokens = block.tokens
        guard first <= last else { return false }
        let text = block.string(tokens: first, through: last)
        if Gazetteer.shared.entry(for: text) != nil { return false }
        if first == last, tokens[first].isAllCaps || Gazetteer.shared.demonyms[tokens[first].lower] != nil { return false }
        if Gazetteer.shared.personTitles[tokens[first].lower] != nil || Gazetteer.shared.givenNames.contains(tokens[first].lower) { return false }
        if MonthName.number(of: tokens[first].lower) != nil || tokens[first].classes.contains(.weekday) {
            return false
        }
        if !allowPunctuation, (first...last).contains(where: { tokens[$0].kind == .punctuation && !tokens[$0].is("&") && !tokens[$0].is("-") }) { return false }
        return true
    }

    /// The work noun whose last token is `index` ("report", "white paper"), with its position.
    private func workNoun(endingAt index: Int, in block: AnalyzedBlock) -> (kind: String, first: Int, noun: String)? {
        let tokens = block.tokens
        guard index >= 0, tokens[index].kind == .word, tokens[index].classes.contains(.workNounEnd) else { return nil }
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
        // A title is short: looking further would make a run of unclosed marks quadratic.
        let limit = min(block.tokens.count, sentenceEnd + 2, index + 1 + Self.longestTitle)
        while cursor < limit {
            let token = block.tokens[cursor]
            if token.kind == .quoteMark, QuotationMarks.isDouble(scalars[token.start]) == isDouble,
               QuotationMarks.role(at: token.start, in: scalars) != .opening {
                return cursor
            }
            cursor += 1
        }
        return nil
    }

    private func firstSentence(speakingOf noun: String, blocks: [AnalyzedBlock], mentions: MentionIndex) -> SpeakingSentence? {
        for block in blocks {
            for sentence in block.sentences {
                if let organization = organization(speakingOf: noun, in: sentence, of: block, mentions: mentions) {
                    return SpeakingSentence(block: block.index, sentence: sentence, organization: organization)
                }
            }
        }
        return nil
    }

    /// The citations with the organisations that issued them, where the text says.
    func attachPublishers(_ citations: [FoundCitation], blocks: [AnalyzedBlock], mentions: MentionIndex) -> [FoundCitation] {
        var firstSpeaking: [String: SpeakingSentence?] = [:]
        return citations.map { citation in
            var attached = citation
            if let entity = publisher(of: citation, blocks: blocks, mentions: mentions, firstSpeaking: &firstSpeaking) {
                attached.publisher = entity.name
                attached.publisherEntity = entity.id
            }
            return attached
        }
    }

    /// The first sentence of a report that speaks of a kind of work and names an organisation.
    private struct SpeakingSentence {
        var block: Int
        var sentence: Range<Int>
        /// The first organisation the sentence names.
        var organization: Entity
    }

    /// The first organisation named in `range` of `block`'s tokens, when one of those tokens is
    /// `noun`.
    private func organization(speakingOf noun: String, in range: Range<Int>, of block: AnalyzedBlock, mentions: MentionIndex) -> Entity? {
        guard range.contains(where: { block.tokens[$0].lower == noun }) else { return nil }
        for position in range {
            if let (entity, _) = mentions.mention(startingAt: position, in: block), entity.type == .organization { return entity }
        }
        return nil
    }

    /// The organisation that issued a cited work.
    ///
    /// `firstSpeaking` caches, for each noun, the report's first sentence that speaks of it and
    /// names an organisation, so that many citations cost one pass over the report per noun.
    private func publisher(of citation: FoundCitation, blocks: [AnalyzedBlock], mentions: MentionIndex, firstSpeaking: inout [String: SpeakingSentence?]) -> Entity? {
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
            var start = tokens[closing + 1].lower == "by" ? closing + 2 : closing + 3
            if start < tokens.count, tokens[start].lower == "the" { start += 1 }
            if start < tokens.count, let (entity, _) = mentions.mention(startingAt: start, in: block), entity.type == .organization {
                return entity
            }
        }
        // The first organisation in an earlier sentence that speaks of the same kind of work, or
        // before the title in its own sentence ("The ministry published a report titled …"). The
        // noun must stand outside the title: "Act" in "the Freedom of Information Act" speaks of
        // nothing else.
        guard let noun = kind?.text else { return nil }
        if firstSpeaking[noun] == nil {
            firstSpeaking[noun] = .some(firstSentence(speakingOf: noun, blocks: blocks, mentions: mentions))
        }
        guard let first = firstSpeaking[noun] ?? nil else { return nil }
        let own = block.sentence(ofToken: index)
        if (first.block, first.sentence.lowerBound) < (block.index, own.lowerBound) { return first.organization }
        // The first such sentence is the citation's own (or a later one): only what stands
        // before the title counts there.
        guard first.block == block.index, first.sentence == own else { return nil }
        return organization(speakingOf: noun, in: own.lowerBound..<index, of: block, mentions: mentions)
    }
}
