/// Splits a block's tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis, together with the closing quotation marks and
/// brackets that follow it, when white space and a sentence opening follow: a capitalised word, a
/// number or an opening quotation mark. A period that belongs to an abbreviation ends a sentence
/// only when a capitalised function word (``WordClass/sentenceStarter``) follows ("… in the U.S. The company …"), never after a
/// title ("Mr.", "Gen.") or an initial ("J. Smith"). Decimals never split: the tokenizer keeps them
/// whole.
struct SentenceSplitter {
    /// Abbreviated titles after which a sentence never ends.
    let titleAbbreviations: Set<String>

    /// The sentences of `tokens`, as ranges of token indices that cover all tokens.
    func sentences(_ tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard let strength = terminalStrength(token) else {
                index += 1
                continue
            }
            // Take in further terminal marks and closing quotation marks and brackets.
            var end = index + 1
            while end < tokens.count, !tokens[end].spaceBefore,
                  isTerminalMark(tokens[end]) || tokens[end].kind == .quoteMark || tokens[end].is(")") || tokens[end].is("]") {
                end += 1
            }
            if end == tokens.count {
                break
            }
            if tokens[end].spaceBefore, opensSentence(tokens, at: end, after: strength) {
                sentences.append(start..<end)
                start = end
            }
            index = end
        }
        if start < tokens.count {
            sentences.append(start..<tokens.count)
        }
        return sentences
    }

    /// How a token can end a sentence.
    private enum Strength {
        /// `.`, `!`, `?`: ends a sentence before any sentence opening.
        case full
        /// An ellipsis or an abbreviation's period: only before a function word (or, for an
        /// ellipsis, any capitalised word).
        case ellipsis
        /// An abbreviation's period.
        case abbreviation
    }

    private func terminalStrength(_ token: Token) -> Strength? {
        switch token.kind {
        case .punctuation:
            if token.is(".") || token.is("!") || token.is("?") { return .full }
            if token.text.hasPrefix("..") || token.is("\u{2026}") { return .ellipsis }
            return nil
        case .word:
            guard token.text.hasSuffix(".") else { return nil }
            let word = token.lower.dropLast()
            if titleAbbreviations.contains(String(word)) { return nil }
            // An initial ("J.") or an abbreviation ("U.S.", "Inc.").
            return .abbreviation
        case .number, .quoteMark:
            return nil
        }
    }

    private func isTerminalMark(_ token: Token) -> Bool {
        token.kind == .punctuation && terminalStrength(token) != nil
    }

    /// Whether the token at `index` (preceded by white space) opens a sentence.
    private func opensSentence(_ tokens: [Token], at index: Int, after strength: Strength) -> Bool {
        // Look past opening quotation marks and brackets to the first word.
        var cursor = index
        var sawOpening = false
        while cursor < tokens.count, tokens[cursor].kind == .quoteMark || tokens[cursor].is("(") || tokens[cursor].is("[") {
            sawOpening = true
            cursor += 1
        }
        guard cursor < tokens.count else { return true }
        let next = tokens[cursor]
        switch strength {
        case .full:
            return sawOpening || next.kind == .number || next.isCapitalized
        case .ellipsis:
            return next.isCapitalized
        case .abbreviation:
            return next.isCapitalized && next.classes.contains(.sentenceStarter)
        }
    }
}
