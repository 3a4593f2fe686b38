import ReportModel

/// Recognises the dateline that opens a newswire story: a place in capitals, optionally a date and
/// an agency in parentheses, then a dash:
/// `KABUL, June 20 (Reuters) -`, `WASHINGTON (AP) —`, `LONDON, 5 March -`.
///
/// A place alone before the dash counts only when it has at least three letters, so that
/// "US - China talks" is not taken for a dateline.
enum DatelineParser {
    /// The dateline at the start of `text`, or `nil`.
    static func dateline(in text: String, block: Int) -> Dateline? {
        let scalars = Array(text.unicodeScalars.prefix(120))
        var index = 0

        // The place: capitals, spaces, periods, hyphens and apostrophes.
        var letters = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isCapital {
                letters += 1
            } else if scalar.isSmall {
                return nil
            } else if !" .-'".unicodeScalars.contains(scalar) {
                break
            }
            if scalar == "-" || scalar == " ", index + 1 < scalars.count, isDash(scalars[index + 1]) || (scalar == " " && scalars[index + 1] == "(") {
                break
            }
            index += 1
        }
        guard letters >= 2 else { return nil }
        let place = String(scalars: scalars[0..<index]).trimmingCharacters(in: " ")
        guard !place.isEmpty else { return nil }

        // The date: ", June 20" or ", 20 June" (optionally with ", 2017").
        var date: String?
        if index + 1 < scalars.count, scalars[index] == ",", scalars[index + 1] == " " {
            let start = index + 2
            var end = start
            while end < scalars.count, scalars[end].isLetter || scalars[end].properties.numericType != nil || scalars[end] == " " || scalars[end] == "." || scalars[end] == "," {
                end += 1
            }
            let candidate = String(scalars: scalars[start..<end]).trimmingCharacters(in: " ,")
            guard isDate(candidate) else { return nil }
            date = candidate
            index = start + candidate.unicodeScalars.count
        }

        // The agency: " (Reuters)".
        var source: String?
        var cursor = index
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        if cursor < scalars.count, scalars[cursor] == "(", let close = scalars[cursor...].firstIndex(of: ")"), close - cursor <= 32 {
            let agency = String(scalars: scalars[(cursor + 1)..<close])
            guard !agency.isEmpty, agency.unicodeScalars.allSatisfy({ $0.isLetter || " &.-".unicodeScalars.contains($0) }) else { return nil }
            source = agency
            index = close + 1
            cursor = index
        }

        // The dash, with white space after it.
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        guard cursor < scalars.count, isDash(scalars[cursor]) else { return nil }
        var afterDash = cursor + 1
        while afterDash < scalars.count, scalars[afterDash] == "-" { afterDash += 1 }
        guard afterDash < scalars.count, scalars[afterDash] == " " else { return nil }
        guard date != nil || source != nil || letters >= 3 else { return nil }

        let textEnd = index
        let datelineText = String(scalars: scalars[0..<textEnd]).trimmingCharacters(in: " ")
        return Dateline(
            text: datelineText, place: place, date: date, source: source,
            span: Span(block: block, start: 0, end: datelineText.unicodeScalars.count)
        )
    }

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}"
    }

    /// Whether `text` is a month and a day in either order, optionally with a year.
    private static func isDate(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count == 2 || words.count == 3 else { return false }
        let isDay: (Substring) -> Bool = { word in Int(word).map { (1...31).contains($0) } ?? false }
        let monthFirst = MonthName.number(of: words[0]) != nil && isDay(words[1])
        let dayFirst = isDay(words[0]) && MonthName.number(of: words[1]) != nil
        guard monthFirst || dayFirst else { return false }
        return words.count == 2 || (words[2].count == 4 && Int(words[2]) != nil)
    }
}
