/// A token of one block's text: a word, a number, a punctuation mark or a quotation mark.
///
/// Tokens keep their scalar offsets into the block, and whether white space stands before them, so
/// that spans and the original spacing can always be recovered.
struct Token: Sendable, Equatable {
    /// What a token is.
    enum Kind: UInt8, Sendable {
        /// Letters (and digits after the first letter), with inner apostrophes and, for
        /// abbreviations and initials, their periods ("U.S.", "Jan.", "J.").
        case word
        /// Digits, with inner thousands separators and decimal points ("1,000", "1.13").
        case number
        /// A quotation mark or apostrophe that is not inside a word.
        case quoteMark
        /// Any other single character, or a run of periods ("...") or hyphens ("--").
        case punctuation
    }

    /// The offset of the first scalar in the block.
    var start: Int
    /// The offset one past the last scalar.
    var end: Int
    /// The token's text.
    var text: String
    /// What it is.
    var kind: Kind
    /// Whether white space stands between the previous token (or the block's start) and this one.
    var spaceBefore: Bool
    /// The text in lower case.
    let lower: String
    /// What the lexicons know about the word (empty for other tokens).
    var classes: WordClass = []

    init(start: Int, end: Int, text: String, kind: Kind, spaceBefore: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.spaceBefore = spaceBefore
        lower = kind == .word ? Self.lowercased(text) : text
    }

    /// `text` in lower case, without allocating when it already is and is ASCII.
    static func lowercased(_ text: String) -> String {
        var hasCapital = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.lowercased() }
            if byte >= 0x41 && byte <= 0x5A { hasCapital = true }
        }
        guard hasCapital else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether the first scalar is an upper-case letter.
    var isCapitalized: Bool {
        text.unicodeScalars.first?.isCapital ?? false
    }

    /// Whether the token is a word of at least two letters, all in upper case ("DoD" is not).
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for scalar in text.unicodeScalars where scalar.isLetter {
            guard scalar.isCapital else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether the token is this exact text.
    func `is`(_ value: String) -> Bool { text == value }
}
