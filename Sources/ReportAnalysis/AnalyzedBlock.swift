import ReportModel

/// One block prepared for analysis: its scalars, tokens and sentences, computed once and shared
/// by every analyzer.
struct AnalyzedBlock: Sendable {
    /// The block's index in the report.
    let index: Int
    /// The block's kind.
    let kind: Block.Kind
    /// The block's text as scalars.
    let text: ScalarText
    /// The tokens, in order.
    let tokens: [Token]
    /// The sentences, as ranges of token indices, in order.
    let sentences: [Range<Int>]
    /// For each token, the index of its sentence.
    let sentenceOfToken: [Int]

    init(index: Int, block: Block, tokenizer: Tokenizer, splitter: SentenceSplitter) {
        self.index = index
        kind = block.kind
        text = ScalarText(block.text)
        tokens = tokenizer.tokens(text)
        sentences = splitter.sentences(tokens)
        var owner = [Int](repeating: 0, count: tokens.count)
        for (number, sentence) in sentences.enumerated() {
            for token in sentence { owner[token] = number }
        }
        sentenceOfToken = owner
    }

    /// The text of a range of scalar offsets.
    func string(_ range: Range<Int>) -> String {
        text.string(range)
    }

    /// The text from the start of token `first` to the end of token `last`.
    func string(tokens first: Int, through last: Int) -> String {
        text.string(tokens[first].start..<tokens[last].end)
    }

    /// A span of this block.
    func span(_ range: Range<Int>) -> Span {
        Span(block: index, start: range.lowerBound, end: range.upperBound)
    }

    /// The span from the start of token `first` to the end of token `last`.
    func span(tokens first: Int, through last: Int) -> Span {
        Span(block: index, start: tokens[first].start, end: tokens[last].end)
    }

    /// The index of the first token that starts at or after scalar offset `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.partitionPoint { $0.start >= offset }
    }

    /// The sentence range that holds token `token`.
    func sentence(ofToken token: Int) -> Range<Int> {
        sentences[sentenceOfToken[token]]
    }
}
