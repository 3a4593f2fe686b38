import ReportModel

/// Splits a block's text into ``Token``s in one pass over its scalars.
///
/// - A possessive `'s`/`’s` is split off its word into a token of its own ("Ghani’s" → "Ghani",
///   "’s"); other inner apostrophes stay ("O'Brien", "don't").
/// - Hyphens split words ("Afghanistan-Pakistan" → three tokens, the later ones without white
///   space before them), so that each part can be recognised on its own.
/// - A period joins a word when the word is a known abbreviation, a single letter (an initial) or
///   a dotted acronym ("U.S.", "Jan.", "J.").
/// - Digits take inner `,` and `.` when a digit follows ("1,000", "1.13"); letters after digits
///   start a new token ("1.13bn" → "1.13", "bn").
struct Tokenizer {
    /// Abbreviations that take a period, lower case, without it.
    let abbreviations: Set<String>
    /// The word classes given to word tokens.
    let wordClasses: WordClassTable

    /// The tokenizer with the built-in abbreviations and one table of what each known word is, so
    /// that each token is looked up once and every analyzer asks its question by a bit.
    static let standard: Tokenizer = {
        var classes = WordClassTable()
        classes.add(Lexicon.sentenceStarters, as: .sentenceStarter)
        classes.add(DateRecognizer.triggers, as: .dateTrigger)
        classes.add(FigureRecognizer.startingWords, as: .figureStart)
        classes.add(CitationFinder.standard.workNounEnds, as: .workNounEnd)
        classes.add(Gazetteer.shared.titleFirstWords, as: .titleStart)
        classes.add(NameChunker.neverStartNames, as: .neverStartsName)
        classes.add(EntityResolver.sportsWords, as: .sportsWord)
        classes.add(DateRecognizer.weekdays, as: .weekday)
        return Tokenizer(abbreviations: Lexicon.abbreviations, wordClasses: classes)
    }()

    /// Tokenizes `scalars`.
    func tokens(_ text: ScalarText) -> [Token] {
        let scalars = text.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var spaceBefore = true
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if scalar.isSpace {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if scalar.isLetter {
                index = wordEnd(scalars, from: index)
                kind = .word
            } else if scalar.isDigit {
                index += 1
                while index < count {
                    if scalars[index].isDigit {
                        index += 1
                    } else if (scalars[index] == "," || scalars[index] == "."), index + 1 < count, scalars[index + 1].isDigit {
                        index += 2
                    } else {
                        break
                    }
                }
                kind = .number
            } else if Self.isQuoteMark(scalar), startsPossessive(scalars, at: index, after: tokens.last, spaceBefore: spaceBefore) {
                // "Ghani’s": the possessive is one token, after the name it follows.
                index += 2
                kind = .punctuation
            } else if Self.isQuoteMark(scalar) {
                index += 1
                kind = .quoteMark
            } else if scalar == "." || scalar == "-" {
                index += 1
                while index < count, scalars[index] == scalar { index += 1 }
                kind = .punctuation
            } else {
                index += 1
                kind = .punctuation
            }
            var token = Token(start: start, end: index, text: text.string(start..<index), kind: kind, spaceBefore: spaceBefore)
            if kind == .word { token.classes = wordClasses.classes(of: token.lower) }
            tokens.append(token)
            spaceBefore = false
        }
        return tokens
    }

    /// Whether an apostrophe at `index` and an `s` after it form a possessive: right after a word or a number,
    /// with no letter after the `s`.
    private func startsPossessive(_ scalars: [Unicode.Scalar], at index: Int, after previous: Token?, spaceBefore: Bool) -> Bool {
        guard !spaceBefore, let previous, previous.kind == .word || previous.kind == .number, previous.end == index else { return false }
        return Self.isPossessive(scalars, at: index)
    }

    /// Whether the scalar at `index` is an apostrophe followed by an `s` that ends the word: "'s",
    /// "’S".
    private static func isPossessive(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == "'" || scalars[index] == "\u{2019}", index + 1 < scalars.count,
              scalars[index + 1] == "s" || scalars[index + 1] == "S" else { return false }
        return index + 2 >= scalars.count || !scalars[index + 2].isLetter
    }

    /// Where the word starting at `start` ends.
    private func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        let count = scalars.count
        var index = start
        while index < count {
            let scalar = scalars[index]
            if scalar.isLetter || scalar.isDigit || (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark) {
                index += 1
            } else if scalar == "'" || scalar == "\u{2019}" {
                // An apostrophe inside a word, unless it starts a possessive 's at the word's end.
                guard index + 1 < count, scalars[index + 1].isLetter, !Self.isPossessive(scalars, at: index) else { break }
                index += 1
            } else {
                break
            }
        }
        // A period after an initial, a dotted acronym or a known abbreviation belongs to it.
        guard index < count, scalars[index] == "." else { return index }
        let length = index - start
        if length == 1 {
            var end = index + 1
            // U.S. / U.S.A.: letter, period, letter, period, ...
            while end + 1 < count, scalars[end].isLetter, scalars[end + 1] == ".",
                  end == 0 || !scalars[end - 1].isLetter || scalars[end - 1] == "." {
                end += 2
            }
            return end
        }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start..<index])
        if abbreviations.contains(Token.lowercased(String(word))) { return index + 1 }
        return index
    }

    /// Double and single quotation marks, straight and typographic, and guillemets.
    private static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        QuotationMarks.isDouble(scalar) || QuotationMarks.isSingle(scalar)
    }
}
