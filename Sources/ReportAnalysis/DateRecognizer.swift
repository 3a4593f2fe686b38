import ReportModel

/// A calendar expression found in a block, before it gets its id.
struct RecognizedDate: Sendable, Equatable {
    var span: Span
    var text: String
    var value: String?
    var precision: DatePrecision
    var relative: Bool
    var qualifier: String?
}

/// Finds calendar expressions and gives them ISO 8601 values.
///
/// Absolute dates at day, month and year precision (`January 10, 2017`, `10 January 2017`,
/// `Jan. 10, 2017`, `2017-01-10`, `January 2017`, `2017`), decades (`the 1990s`, value `nil`: the
/// allowed formats cannot express one), seasons with a year (`summer 2006` → `2006`), weekdays and
/// relative expressions (`today`, `last year`, `early this month`, `next week`, `three years ago`,
/// `last September`, `on Friday`). A qualifier before the date (`early`, `mid`, `late`,
/// `earlier`, `later`) is part of the span and kept apart from the value. Prepositions are not part
/// of the span.
///
/// Relative expressions, weekdays, and months or days written without a year are resolved against
/// the publication date when there is one (weekdays and bare months to the nearest past occurrence,
/// or the next one in a sentence about the future); without a publication date their value is
/// `nil`. A day and month without a year take the year of a full date that follows closely in the
/// same sentence ("from 20 March to 27 March 2004"). Weeks are written `YYYY-Www`.
/// Durations ("three months") and times of day are not dates.
struct DateRecognizer {
    /// The publication date, when known.
    let publication: CivilDate?

    /// The dates of one block, in text order.
    func recognize(_ block: AnalyzedBlock) -> [RecognizedDate] {
        var dates: [RecognizedDate] = []
        var index = 0
        while index < block.tokens.count {
            if let match = match(at: index, in: block) {
                dates.append(match.date)
                index = match.end
            } else {
                index += 1
            }
        }
        return dates
    }

    // MARK: - Matching

    private struct Match {
        var date: RecognizedDate
        var end: Int
    }

    /// The core of a date, without qualifier.
    private struct Core {
        var end: Int
        var precision: DatePrecision
        var relative: Bool
        /// The value, or `nil` when it cannot be known.
        var value: String?
        /// A qualifier the core itself carries (a season).
        var qualifier: String?
    }

    private static let qualifiers: Set<String> = ["early", "mid", "late", "earlier", "later"]

    /// Lower-case words that can start a date expression; any other word cannot, so the matchers
    /// run only where one of these, or a number, or a quotation mark (`'90s`) stands.
    static let triggers: Set<String> = {
        var words: Set<String> = qualifiers.union(deictic).union(seasons).union(["today", "yesterday", "tomorrow"])
        words.formUnion(numberWords.keys)
        words.formUnion(weekdays)
        words.formUnion(monthForms)
        return words
    }()

    /// The lower-case forms of the month names a word can take: "january", "jan", "jan.",
    /// "sept", "sept.".
    static let monthForms: Set<String> = {
        var words: Set<String> = ["sept", "sept."]
        for month in 1...12 {
            let name = MonthName.name(of: month).lowercased()
            words.insert(name)
            words.insert(String(name.prefix(3)))
            words.insert(String(name.prefix(3)) + ".")
        }
        return words
    }()

    private func match(at start: Int, in block: AnalyzedBlock) -> Match? {
        let tokens = block.tokens
        // "the 1990s", "the late 1960s", "the coming year": the article belongs to the span.
        // One article only: "the the 1990s" recurses no further (a run of "the" stays linear).
        if tokens[start].lower == "the", start + 1 < tokens.count, tokens[start + 1].lower != "the", var match = match(at: start + 1, in: block) {
            let core = tokens[start + 1]
            if match.date.precision == .decade || core.lower == "coming" {
                match.date.span = block.span(tokens: start, through: match.end - 1)
                match.date.text = block.string(tokens: start, through: match.end - 1)
                return match
            }
            return nil
        }
        let first = tokens[start]
        guard first.kind == .number || first.kind == .quoteMark
            || (first.kind == .word && first.classes.contains(.dateTrigger)) else { return nil }
        var coreStart = start
        var qualifier: String?
        if first.kind == .word, Self.qualifiers.contains(first.lower) {
            qualifier = first.lower
            coreStart = start + 1
            if coreStart < tokens.count, tokens[coreStart].is("-"), !tokens[coreStart].spaceBefore {
                coreStart += 1
            }
        }
        guard coreStart < tokens.count, let core = core(at: coreStart, in: block, qualified: qualifier != nil) else { return nil }
        let spanStart = start
        let date = RecognizedDate(
            span: block.span(tokens: spanStart, through: core.end - 1),
            text: block.string(tokens: spanStart, through: core.end - 1),
            value: core.value.flatMap { Self.isFourDigitYearValue($0) ? $0 : nil },
            precision: core.precision,
            relative: core.relative,
            qualifier: qualifier ?? core.qualifier
        )
        return Match(date: date, end: core.end)
    }

    private func core(at index: Int, in block: AnalyzedBlock, qualified: Bool) -> Core? {
        relativeDate(at: index, in: block)
            ?? isoDate(at: index, in: block)
            ?? weekdayDate(at: index, in: block)
            ?? dayFirstDate(at: index, in: block)
            ?? monthFirstDate(at: index, in: block, qualified: qualified)
            ?? decade(at: index, in: block)
            ?? season(at: index, in: block)
            ?? year(at: index, in: block, qualified: qualified)
    }

    // MARK: - Relative expressions

    private static let deictic: Set<String> = ["this", "last", "next", "coming"]
    private static let units: [String: DatePrecision] = ["week": .week, "weekend": .week, "month": .month, "year": .year]
    private static let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter"]
    private static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
    ]

    private func relativeDate(at index: Int, in block: AnalyzedBlock) -> Core? {
        let tokens = block.tokens
        let word = tokens[index]
        guard word.kind == .word || word.kind == .number else { return nil }
        let lower = word.lower
        switch lower {
        case "today", "yesterday", "tomorrow":
            // "Today" capitalised inside a sentence is a name (the Today programme).
            if word.isCapitalized, index != block.sentence(ofToken: index).lowerBound { return nil }
            let offset = lower == "today" ? 0 : lower == "yesterday" ? -1 : 1
            return Core(end: index + 1, precision: .day, relative: true, value: publication?.adding(days: offset).isoDay)
        default:
            break
        }
        // N units ago.
        if index + 2 < tokens.count, tokens[index + 2].lower == "ago" {
            let count = word.kind == .number ? Int(word.text) : Self.numberWords[lower]
            let unit = tokens[index + 1].lower
            let singular = unit.hasSuffix("s") ? String(unit.dropLast()) : unit
            if let count, ["day", "week", "month", "year"].contains(singular) {
                return Core(end: index + 3, precision: singular == "day" ? .day : Self.units[singular] ?? .year, relative: true,
                            value: publication.flatMap { shift($0, unit: singular, by: -count) })
            }
        }
        guard Self.deictic.contains(lower), index + 1 < tokens.count, tokens[index + 1].kind == .word else { return nil }
        let next = tokens[index + 1]
        let nextLower = next.lower
        let step = lower == "last" ? -1 : (lower == "next" || lower == "coming") ? 1 : 0
        if let precision = Self.units[nextLower] {
            let unit = nextLower == "weekend" ? "week" : nextLower
            return Core(end: index + 2, precision: precision, relative: true, value: publication.flatMap { shift($0, unit: unit, by: step) })
        }
        if let month = monthNumber(next) {
            return Core(end: index + 2, precision: .month, relative: true,
                        value: publication.map { resolve(month: month, from: $0, direction: step).isoMonth })
        }
        if let weekday = Self.weekdayNumber(nextLower) {
            return Core(end: index + 2, precision: .day, relative: true,
                        value: publication.map { resolve(weekday: weekday, from: $0, direction: step == 0 ? 0 : step).isoDay })
        }
        if Self.seasons.contains(nextLower) {
            return Core(end: index + 2, precision: .season, relative: true,
                        value: publication.map { String($0.year + step) }, qualifier: nextLower)
        }
        return nil
    }

    /// Whether a resolved value has a year of four digits (0000–9999), as ISO 8601 values
    /// without an expanded year must: "5000 years ago" or "tomorrow" on 9999-12-31 has no value.
    static func isFourDigitYearValue(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count >= 4, bytes[0..<4].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        return bytes.count == 4 || bytes[4] == UInt8(ascii: "-")
    }

    /// The value of the unit that holds `date`, moved by `steps` units.
    /// `nil` for a move so large that no four-digit year could hold it.
    private func shift(_ date: CivilDate, unit: String, by steps: Int) -> String? {
        guard abs(steps) <= 100_000 else { return nil }
        return switch unit {
        case "day": date.adding(days: steps).isoDay
        case "week": date.adding(days: 7 * steps).isoWeekString
        case "month": date.addingMonths(steps).isoMonth
        default: CivilDate.pad(date.year + steps, 4)
        }
    }

    /// The month `month` nearest `date` in `direction`: -1 the last one before the publication
    /// month, +1 the next one after it, 0 the one of the same year.
    private func resolve(month: Int, from date: CivilDate, direction: Int) -> CivilDate {
        switch direction {
        case ..<0: CivilDate(year: month < date.month ? date.year : date.year - 1, month: month, day: 1)
        case 1...: CivilDate(year: month > date.month ? date.year : date.year + 1, month: month, day: 1)
        default: CivilDate(year: date.year, month: month, day: 1)
        }
    }

    /// The weekday `weekday` nearest `date`: -1 the last one strictly before, +1 the next one
    /// strictly after, 0 the one in the same ISO week.
    private func resolve(weekday: Int, from date: CivilDate, direction: Int) -> CivilDate {
        let difference = weekday - date.weekday
        switch direction {
        case ..<0: return date.adding(days: difference < 0 ? difference : difference - 7)
        case 1...: return date.adding(days: difference > 0 ? difference : difference + 7)
        default: return date.adding(days: difference)
        }
    }

    // MARK: - Weekdays

    /// The weekday names, lower case, in ISO order (Monday is 1).
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    private static func weekdayNumber(_ lower: String) -> Int? {
        weekdays.firstIndex(of: lower).map { $0 + 1 }
    }

    private func weekdayDate(at index: Int, in block: AnalyzedBlock) -> Core? {
        let tokens = block.tokens
        guard tokens[index].isCapitalized, let weekday = Self.weekdayNumber(tokens[index].lower) else { return nil }
        // "Tuesday, January 10, 2017" is one date.
        var next = index + 1
        if next < tokens.count, tokens[next].is(",") { next += 1 }
        if next < tokens.count, next > index + 1,
           let full = dayFirstDate(at: next, in: block) ?? monthFirstDate(at: next, in: block, qualified: false), full.precision == .day, !full.relative {
            return full
        }
        let value = publication.map { resolve(weekday: weekday, from: $0, direction: isFuture(block, aroundToken: index) ? 1 : -1) }
        // A weekday on the publication day itself is that day.
        let resolved = value.map { candidate -> CivilDate in
            if let publication, publication.weekday == weekday { return publication }
            return candidate
        }
        return Core(end: index + 1, precision: .day, relative: true, value: resolved?.isoDay)
    }

    // MARK: - Absolute dates

    private func isoDate(at index: Int, in block: AnalyzedBlock) -> Core? {
        let tokens = block.tokens
        guard index + 4 < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 4,
              tokens[index + 1].is("-"), tokens[index + 2].kind == .number, tokens[index + 2].text.count == 2,
              tokens[index + 3].is("-"), tokens[index + 4].kind == .number, tokens[index + 4].text.count == 2,
              (1...4).allSatisfy({ !tokens[index + $0].spaceBefore }),
              let year = Int(tokens[index].text), let month = Int(tokens[index + 2].text), let day = Int(tokens[index + 4].text),
              isValid(year: year, month: month, day: day) else { return nil }
        return Core(end: index + 5, precision: .day, relative: false, value: CivilDate(year: year, month: month, day: day).isoDay)
    }

    /// `10 January 2017`, `10th January, 2017`, `10 of January`, `10 January`.
    private func dayFirstDate(at index: Int, in block: AnalyzedBlock) -> Core? {
        let tokens = block.tokens
        guard let (day, afterDay) = dayNumber(at: index, in: tokens) else { return nil }
        var cursor = afterDay
        if cursor < tokens.count, tokens[cursor].lower == "of" { cursor += 1 }
        guard cursor < tokens.count, let month = monthNumber(tokens[cursor]) else { return nil }
        cursor += 1
        if let (year, end) = yearAfter(cursor, in: tokens) {
            guard isValid(year: year, month: month, day: day) else { return nil }
            return Core(end: end, precision: .day, relative: false, value: CivilDate(year: year, month: month, day: day).isoDay)
        }
        return dayWithoutYear(day: day, month: month, end: cursor, in: block)
    }

    /// `January 10, 2017`, `Jan. 10 2017`, `January 2017`, `January 10`, `January`.
    private func monthFirstDate(at index: Int, in block: AnalyzedBlock, qualified: Bool) -> Core? {
        let tokens = block.tokens
        guard tokens[index].isCapitalized, let month = monthNumber(tokens[index]) else { return nil }
        let cursor = index + 1
        if let (day, afterDay) = dayNumber(at: cursor, in: tokens) {
            // "January 10, 2017" or "January 10 2017".
            var yearStart = afterDay
            if yearStart < tokens.count, tokens[yearStart].is(",") { yearStart += 1 }
            if let (year, end) = yearAfter(yearStart, in: tokens) {
                guard isValid(year: year, month: month, day: day) else { return nil }
                return Core(end: end, precision: .day, relative: false, value: CivilDate(year: year, month: month, day: day).isoDay)
            }
            if day <= ISODate.daysInMonth(year: 2000, month: month) {
                return dayWithoutYear(day: day, month: month, end: afterDay, in: block)
            }
        }
        if let (year, end) = yearAfter(cursor, in: tokens) {
            return Core(end: end, precision: .month, relative: false, value: CivilDate(year: year, month: month, day: 1).isoMonth)
        }
        // "July last year", "March next year": a month of a year named relative to publication.
        if cursor + 1 < tokens.count, ["last", "this", "next"].contains(tokens[cursor].lower), tokens[cursor + 1].lower == "year" {
            let step = tokens[cursor].lower == "last" ? -1 : tokens[cursor].lower == "next" ? 1 : 0
            return Core(end: cursor + 2, precision: .month, relative: true,
                        value: publication.map { CivilDate(year: $0.year + step, month: month, day: 1).isoMonth })
        }
        // A month alone needs a preposition or a qualifier before it: "in May", "early June".
        guard qualified || (index > 0 && Self.monthPrepositions.contains(tokens[index - 1].lower)) else { return nil }
        let value = publication.map { resolve(month: month, from: $0, direction: isFuture(block, aroundToken: index) ? 1 : -1) }
        let resolved = value.map { candidate -> CivilDate in
            if let publication, publication.month == month { return publication }
            return candidate
        }
        return Core(end: cursor, precision: .month, relative: true, value: resolved?.isoMonth)
    }

    private static let monthPrepositions: Set<String> = [
        "in", "since", "until", "till", "by", "from", "to", "during", "before", "after", "of", "through", "between", "throughout",
    ]

    /// A day and month written without a year.
    private func dayWithoutYear(day: Int, month: Int, end: Int, in block: AnalyzedBlock) -> Core? {
        guard day <= ISODate.daysInMonth(year: 2000, month: month) else { return nil }
        if let year = yearOfFollowingDate(after: end, in: block), isValid(year: year, month: month, day: day) {
            return Core(end: end, precision: .day, relative: false, value: CivilDate(year: year, month: month, day: day).isoDay)
        }
        guard let publication else {
            return Core(end: end, precision: .day, relative: true, value: nil)
        }
        let future = isFuture(block, aroundToken: end - 1)
        var year = publication.year
        let candidate = CivilDate(year: year, month: month, day: min(day, ISODate.daysInMonth(year: year, month: month)))
        if future && candidate < publication { year += 1 }
        if !future && publication < candidate { year -= 1 }
        guard isValid(year: year, month: month, day: day) else { return Core(end: end, precision: .day, relative: true, value: nil) }
        return Core(end: end, precision: .day, relative: true, value: CivilDate(year: year, month: month, day: day).isoDay)
    }

    /// The year of a full date that closely follows in the same sentence ("20 March to 27 March
    /// 2004", "20 and 21 August 2004").
    private func yearOfFollowingDate(after end: Int, in block: AnalyzedBlock) -> Int? {
        let tokens = block.tokens
        guard end < tokens.count else { return nil }
        let connector = tokens[end].lower
        guard ["to", "and", "-", "until", "till", "\u{2013}", "or"].contains(connector) else { return nil }
        let sentence = block.sentence(ofToken: end)
        var cursor = end + 1
        while cursor < min(sentence.upperBound, end + 6) {
            if let (year, _) = yearAfter(cursor, in: tokens), cursor > end + 1 {
                // The year must end a day-month or month-day date.
                return year
            }
            if tokens[cursor].is(",") { break }
            cursor += 1
        }
        return nil
    }

    /// `the 1990s`, `1990s`, `'90s`: decades; their value cannot be written in the allowed formats.
    private func decade(at index: Int, in block: AnalyzedBlock) -> Core? {
        let tokens = block.tokens
        if index + 1 < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 4,
           tokens[index].text.hasSuffix("0"), tokens[index + 1].is("s"), !tokens[index + 1].spaceBefore {
            return Core(end: index + 2, precision: .decade, relative: false, value: nil)
        }
        if index + 2 < tokens.count, tokens[index].kind == .quoteMark, QuotationMarks.isSingle(block.text.scalars[tokens[index].start]),
           tokens[index + 1].kind == .number, tokens[index + 1].text.count == 2, tokens[index + 1].text.hasSuffix("0"),
           !tokens[index + 1].spaceBefore, tokens[index + 2].is("s"), !tokens[index + 2].spaceBefore {
            return Core(end: index + 3, precision: .decade, relative: false, value: nil)
        }
        return nil
    }

    /// `summer 2006`: the year, with the season as qualifier.
    private func season(at index: Int, in block: AnalyzedBlock) -> Core? {
        let tokens = block.tokens
        guard Self.seasons.contains(tokens[index].lower) else { return nil }
        var cursor = index + 1
        if cursor < tokens.count, tokens[cursor].lower == "of" { cursor += 1 }
        guard let (year, end) = yearAfter(cursor, in: tokens) else { return nil }
        return Core(end: end, precision: .season, relative: false, value: CivilDate.pad(year, 4), qualifier: tokens[index].lower)
    }

    /// A year on its own: four digits from 1900 to 2099, or from 1000 after a preposition or a
    /// qualifier, and not an amount, a count or a time.
    private func year(at index: Int, in block: AnalyzedBlock, qualified: Bool) -> Core? {
        let tokens = block.tokens
        let token = tokens[index]
        guard token.kind == .number, token.text.count == 4, let year = Int(token.text) else { return nil }
        let previous = index > 0 ? tokens[index - 1] : nil
        let afterPreposition = previous.map { Self.monthPrepositions.contains($0.lower) || $0.lower == "in" } ?? false
        guard (1900...2099).contains(year) || ((1000...2999).contains(year) && (afterPreposition || qualified)) else { return nil }
        if let previous, !token.spaceBefore || FigureRecognizer.currencySymbols[previous.text] != nil || previous.is("#") {
            // "$2005", "No.2005", "A-2005".
            if !previous.is("(") && previous.kind != .quoteMark { return nil }
        }
        if let previous, previous.lower == "no." || previous.lower == "number" { return nil }
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            if Self.nonYearFollowers.contains(next.lower) { return nil }
            if next.is("%") || (next.kind == .number && next.spaceBefore) { return nil }
            if !next.spaceBefore && next.kind == .word && next.lower != "s" { return nil }
            // "2003-04": a season of two years; the value is the first.
            if next.is("-"), !next.spaceBefore, index + 2 < tokens.count, tokens[index + 2].kind == .number,
               tokens[index + 2].text.count == 2, !tokens[index + 2].spaceBefore, !(index + 3 < tokens.count && tokens[index + 3].is("-")) {
                return Core(end: index + 3, precision: .year, relative: false, value: CivilDate.pad(year, 4))
            }
        }
        return Core(end: index + 1, precision: .year, relative: false, value: CivilDate.pad(year, 4))
    }

    private static let nonYearFollowers: Set<String> = [
        "gmt", "bst", "utc", "est", "hours", "hrs", "hour", "pm", "am", "people", "jobs", "votes", "times", "metres", "meters",
        "feet", "miles", "km", "kilometres", "tonnes", "tons", "units", "copies", "members", "staff", "workers", "cases",
        "pounds", "dollars", "euros", "shares", "points", "calories", "words", "bn", "m", "million", "billion",
    ]

    // MARK: - Pieces

    /// A day of the month (1–31) with an optional ordinal suffix, and the index after it.
    private func dayNumber(at index: Int, in tokens: [Token]) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].text.count <= 2,
              let day = Int(tokens[index].text), (1...31).contains(day) else { return nil }
        var end = index + 1
        if end < tokens.count, !tokens[end].spaceBefore, ["st", "nd", "rd", "th"].contains(tokens[end].lower) { end += 1 }
        if end < tokens.count, !tokens[end].spaceBefore, tokens[end].kind == .word || tokens[end].kind == .number { return nil }
        return (day, end)
    }

    /// A year (four digits, 1000–2999) at `index`, optionally after a comma, and the index after it.
    private func yearAfter(_ index: Int, in tokens: [Token]) -> (Int, Int)? {
        var cursor = index
        if cursor < tokens.count, tokens[cursor].is(",") { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].kind == .number, tokens[cursor].text.count == 4,
              let year = Int(tokens[cursor].text), (1000...2999).contains(year) else { return nil }
        if cursor + 1 < tokens.count, !tokens[cursor + 1].spaceBefore, tokens[cursor + 1].kind == .word || tokens[cursor + 1].kind == .number {
            return nil
        }
        return (year, cursor + 1)
    }

    /// The month a word names ("January", "Jan", "Jan."), when capitalised.
    private func monthNumber(_ token: Token) -> Int? {
        guard token.kind == .word, token.isCapitalized else { return nil }
        return MonthName.number(of: token.text)
    }

    private func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= ISODate.daysInMonth(year: year, month: month)
    }

    private static let futureMarkers: Set<String> = ["will", "'ll", "shall", "next", "upcoming", "due", "scheduled", "plans", "plan", "expected", "going", "tomorrow"]

    /// How many tokens either side of a date `isFuture` reads.
    private static let tenseReach = 25

    /// Whether the sentence around a token speaks of the future, judged from the words near it
    /// (a whole sentence would make a sentence of many weekdays quadratic).
    private func isFuture(_ block: AnalyzedBlock, aroundToken token: Int) -> Bool {
        let sentence = block.sentence(ofToken: min(token, block.tokens.count - 1))
        let near = max(sentence.lowerBound, token - Self.tenseReach)..<min(sentence.upperBound, token + Self.tenseReach + 1)
        return near.contains { Self.futureMarkers.contains(block.tokens[$0].lower) }
    }
}
