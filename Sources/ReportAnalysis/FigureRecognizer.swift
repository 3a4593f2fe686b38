import ReportModel

/// A numeric expression found in a block, before it gets its id.
struct RecognizedFigure: Sendable, Equatable {
    var kind: Figure.Kind
    var span: Span
    var text: String
    var value: Double
    var unit: String?
    var qualifier: String?
}

/// Finds figures: amounts of money (`$1.13bn`, `£600m`, `€20 million`, `5 million dollars`),
/// percentages (`12%`, `12 per cent`) and counts of things (`more than 70 people`, `3,056
/// flashes`), with the number normalised (multipliers applied) and a qualifier before it kept
/// ("more than", "about", "up to").
///
/// A count is a number followed by a plural noun, which is its unit; numbers that are years,
/// scores (`6-3`), ordinals, parts of dates, times or durations (`three hours`) are not figures.
struct FigureRecognizer {
    /// The currencies of the currency symbols, by ISO 4217 code.
    static let currencySymbols: [String: String] = ["$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"]
    private static let currencyPrefixes: [String: String] = ["us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD"]
    private static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "euro": "EUR", "euros": "EUR",
        "yen": "JPY", "yuan": "CNY", "rupees": "INR", "roubles": "RUB", "rubles": "RUB", "francs": "CHF",
    ]
    private static let multipliers: [String: Double] = [
        "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
        "tn": 1e12, "trillion": 1e12, "dozen": 12,
    ]
    private static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
        "dozens": 12,
    ]
    /// Qualifiers before a number, longest first.
    private static let qualifiers: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"], ["as", "many", "as"],
        ["an", "estimated"], ["about"], ["around"], ["nearly"], ["almost"], ["over"], ["under"], ["roughly"], ["approximately"],
        ["some"], ["just"], ["only"],
    ]
    /// Nouns after a number that make it a duration or a time, not a count.
    private static let timeUnits: Set<String> = [
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "nights", "mornings",
        "am", "pm", "gmt", "bst", "utc", "o'clock", "times",
    ]
    /// Irregular plural nouns that count things.
    private static let irregularPlurals: Set<String> = ["people", "men", "women", "children", "police", "staff", "cattle", "sheep", "fish", "feet", "geese", "mice", "teeth", "personnel"]

    /// Lower-case words a figure can start with: qualifiers, number words, currency prefixes.
    static let startingWords: Set<String> = {
        var words = Set(qualifiers.compactMap(\.first))
        words.formUnion(numberWords.keys)
        words.formUnion(currencyPrefixes.keys)
        return words
    }()

    /// The figures of one block, in text order, leaving out numbers inside `excluded` spans (dates).
    func recognize(_ block: AnalyzedBlock, excluding excluded: SpanIndex) -> [RecognizedFigure] {
        let tokens = block.tokens
        var figures: [RecognizedFigure] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // Most tokens cannot start a figure: one look settles it.
            guard token.kind == .number || token.classes.contains(.figureStart)
                || (token.kind == .punctuation && Self.currencySymbols[token.text] != nil) else {
                index += 1
                continue
            }
            if let (figure, end) = figure(at: index, in: block), !excluded.overlapsAny(figure.span) {
                figures.append(figure)
                index = end
            } else {
                index += 1
            }
        }
        return figures
    }

    private func figure(at start: Int, in block: AnalyzedBlock) -> (RecognizedFigure, Int)? {
        let tokens = block.tokens
        // A qualifier, then the figure.
        var qualifier: String?
        var cursor = start
        for words in Self.qualifiers where cursor + words.count < tokens.count {
            if (0..<words.count).allSatisfy({ tokens[cursor + $0].lower == words[$0] }) {
                qualifier = words.joined(separator: " ")
                cursor += words.count
                break
            }
        }
        // A number too large for a double ("1" and 400 zeros) is no figure anyone can use.
        guard let (kind, value, unit, end) = money(at: cursor, in: block) ?? number(at: cursor, in: block), value.isFinite else { return nil }
        // A qualifier alone before an unqualified figure is not taken as the figure's start.
        let first = qualifier == nil ? cursor : start
        let figure = RecognizedFigure(
            kind: kind, span: block.span(tokens: first, through: end - 1), text: block.string(tokens: first, through: end - 1),
            value: value, unit: unit, qualifier: qualifier
        )
        return (figure, end)
    }

    /// `$1.13bn`, `US$5m`, `£10.5 million`, `€20`.
    private func money(at index: Int, in block: AnalyzedBlock) -> (Figure.Kind, Double, String?, Int)? {
        let tokens = block.tokens
        var cursor = index
        var currency: String?
        if cursor + 1 < tokens.count, tokens[cursor].kind == .word, let code = Self.currencyPrefixes[tokens[cursor].lower],
           Self.currencySymbols[tokens[cursor + 1].text] != nil, !tokens[cursor + 1].spaceBefore {
            currency = code
            cursor += 1
        }
        guard cursor < tokens.count, let symbolCode = Self.currencySymbols[tokens[cursor].text] else { return nil }
        currency = currency ?? symbolCode
        cursor += 1
        guard cursor < tokens.count, tokens[cursor].kind == .number, !tokens[cursor].spaceBefore,
              var value = Self.numericValue(tokens[cursor].text) else { return nil }
        cursor += 1
        if cursor < tokens.count, let multiplier = Self.multipliers[tokens[cursor].lower] {
            value *= multiplier
            cursor += 1
        }
        return (.money, value, currency, cursor)
    }

    /// A number followed by a per cent sign or words, a currency word, or a plural noun.
    private func number(at index: Int, in block: AnalyzedBlock) -> (Figure.Kind, Double, String?, Int)? {
        let tokens = block.tokens
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        var value: Double
        if token.kind == .number {
            // Not a score ("6-3"), a range's start, an ordinal, a part of a time ("10:30") or a year.
            if index > 0, !token.spaceBefore, tokens[index - 1].is("-") || tokens[index - 1].is(":") || tokens[index - 1].is("/") { return nil }
            if index + 1 < tokens.count, !tokens[index + 1].spaceBefore,
               tokens[index + 1].is("-") || tokens[index + 1].is(":") || tokens[index + 1].is("/") || ["st", "nd", "rd", "th"].contains(tokens[index + 1].lower) {
                return nil
            }
            guard let number = Self.numericValue(token.text) else { return nil }
            value = number
        } else if token.kind == .word, let number = Self.numberWords[token.lower], !token.isCapitalized || token.lower != "one" {
            value = number
        } else {
            return nil
        }
        var cursor = index + 1
        if cursor < tokens.count, let multiplier = Self.multipliers[tokens[cursor].lower], tokens[cursor].kind == .word {
            value *= multiplier
            cursor += 1
        }
        guard cursor < tokens.count else { return nil }
        let next = tokens[cursor]
        if next.is("%") {
            return (.percentage, value, "percent", cursor + 1)
        }
        if next.lower == "per", cursor + 1 < tokens.count, tokens[cursor + 1].lower == "cent" {
            return (.percentage, value, "percent", cursor + 2)
        }
        if next.lower == "percent" || next.lower == "pc" {
            return (.percentage, value, "percent", cursor + 1)
        }
        if let currency = Self.currencyWords[next.lower] {
            return (.money, value, currency, cursor + 1)
        }
        // "dozens of people": the noun after "of".
        var nounIndex = cursor
        if token.kind == .word, token.lower == "dozens" || token.lower == "hundred", next.lower == "of", cursor + 1 < tokens.count { nounIndex = cursor + 1 }
        let noun = tokens[nounIndex]
        guard noun.kind == .word, noun.spaceBefore, !noun.isCapitalized, !Self.timeUnits.contains(noun.lower),
              noun.lower.hasSuffix("s") || Self.irregularPlurals.contains(noun.lower) else { return nil }
        // "2004 elections": a year before a noun is not a count.
        if token.kind == .number, token.text.count == 4, let year = Int(token.text), (1900...2099).contains(year) { return nil }
        return (.count, value, noun.lower, nounIndex + 1)
    }

    /// The value of digits with thousands separators and a decimal point ("3,056", "1.13").
    static func numericValue(_ text: String) -> Double? {
        Double(text.filter { $0 != "," })
    }
}
