/// English month names and their usual abbreviations, shared by every stage that reads dates.
public enum MonthName {
    /// The month's number (1–12) for a full English name or an abbreviation ("January", "Jan",
    /// "Jan.", "Sept"), matched without regard to case; `nil` for any other word.
    ///
    /// "May" is a month name here; telling the month from the verb is the caller's business.
    public static func number(of word: some StringProtocol) -> Int? {
        var key = word.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return numbers[key]
    }

    /// The full English name of month `number` (1–12; other numbers count on from there, so 13
    /// is January and 0 December).
    public static func name(of number: Int) -> String {
        names[((number - 1) % 12 + 12) % 12]
    }

    private static let names = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static let numbers: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name.lowercased()] = index + 1
            table[String(name.lowercased().prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()
}
