/// Checks of ISO 8601 date strings, as used for publication dates.
public enum ISODate {
    /// Whether `text` is a calendar date `YYYY-MM-DD` that exists, optionally followed by a time
    /// `Thh:mm`, `Thh:mm:ss` or `Thh:mm:ss.fff` and an offset `Z` or `±hh:mm`.
    public static func isValid(_ text: String) -> Bool {
        dateComponents(text) != nil
    }

    /// The year, month and day of a valid ISO 8601 date or date-time (see ``isValid(_:)``).
    public static func dateComponents(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes, 0..<4), let month = number(bytes, 5..<7), let day = number(bytes, 8..<10),
              (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month) else { return nil }
        if bytes.count == 10 { return (year, month, day) }
        guard bytes[10] == UInt8(ascii: "T"), bytes.count >= 16, bytes[13] == UInt8(ascii: ":"),
              let hour = number(bytes, 11..<13), let minute = number(bytes, 14..<16), hour < 24, minute < 60 else { return nil }
        var index = 16
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard index + 3 <= bytes.count, let second = number(bytes, index + 1..<index + 3), second < 61 else { return nil }
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                let digitsStart = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                guard index > digitsStart else { return nil }
            }
        }
        if index == bytes.count { return (year, month, day) }
        if bytes[index] == UInt8(ascii: "Z") { return index + 1 == bytes.count ? (year, month, day) : nil }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), index + 6 == bytes.count,
              bytes[index + 3] == UInt8(ascii: ":"), let offsetHours = number(bytes, index + 1..<index + 3),
              let offsetMinutes = number(bytes, index + 4..<index + 6), offsetHours < 24, offsetMinutes < 60 else { return nil }
        return (year, month, day)
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func number(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
