/// What a quotation mark does where it stands.
enum QuotationMarkRole: Sendable, Equatable {
    /// It opens a quotation (“, „, «, or a straight mark before a word).
    case opening
    /// It closes a quotation (”, », or a straight mark after a word).
    case closing
    /// A straight mark whose neighbours do not say (`a"b`, ` " `).
    case ambiguous
}

/// Classifies quotation marks by their shape and their neighbours.
enum QuotationMarks {
    /// Whether the scalar is a double quotation mark (straight, typographic or guillemet).
    static func isDouble(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}": true
        default: false
        }
    }

    /// Whether the scalar is a single quotation mark or apostrophe.
    static func isSingle(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "`": true
        default: false
        }
    }

    /// The role of the mark at `offset` in `scalars`.
    static func role(at offset: Int, in scalars: [Unicode.Scalar]) -> QuotationMarkRole {
        let mark = scalars[offset]
        switch mark {
        case "\u{201C}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{2018}", "\u{201A}", "\u{201B}": return .opening
        case "\u{201D}", "\u{00BB}": return .closing
        default: break
        }
        let before = offset > 0 ? scalars[offset - 1] : nil
        let after = offset + 1 < scalars.count ? scalars[offset + 1] : nil
        let openingContext = before.map { $0.isSpace || "([{\u{2014}\u{2013}-:/".unicodeScalars.contains($0) } ?? true
        let closingContext = after.map { $0.isSpace || ".,;:!?)]}\u{2014}\u{2013}-/".unicodeScalars.contains($0) || isDouble($0) || isSingle($0) } ?? true
        let wordAfter = after.map { !$0.isSpace } ?? false
        let wordBefore = before.map { !$0.isSpace } ?? false
        if openingContext && wordAfter && !(closingContext && !wordAfter) {
            return .opening
        }
        if closingContext && wordBefore {
            return .closing
        }
        return .ambiguous
    }
}
