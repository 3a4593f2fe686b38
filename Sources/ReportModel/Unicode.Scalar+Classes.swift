extension Unicode.Scalar {
    /// Whether the scalar is a letter (Unicode `Alphabetic`), answered without a table lookup for
    /// ASCII.
    @inlinable
    public var isLetter: Bool {
        if value < 0x80 {
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
        }
        return properties.isAlphabetic
    }

    /// Whether the scalar is an ASCII digit.
    @inlinable
    public var isDigit: Bool {
        value >= 0x30 && value <= 0x39
    }

    /// Whether the scalar is white space (Unicode `White_Space`), answered without a table lookup
    /// for ASCII.
    @inlinable
    public var isSpace: Bool {
        if value < 0x80 {
            return value == 0x20 || (value >= 0x09 && value <= 0x0D)
        }
        return properties.isWhitespace
    }

    /// Whether the scalar is an upper-case letter, answered without a table lookup for ASCII.
    @inlinable
    public var isCapital: Bool {
        if value < 0x80 {
            return value >= 0x41 && value <= 0x5A
        }
        return properties.isUppercase
    }

    /// Whether the scalar is a lower-case letter, answered without a table lookup for ASCII.
    @inlinable
    public var isSmall: Bool {
        if value < 0x80 {
            return value >= 0x61 && value <= 0x7A
        }
        return properties.isLowercase
    }

    /// Whether XML 1.0 allows the scalar in a document: not NUL or another C0 control but tab and
    /// line ends, and not the non-characters U+FFFE and U+FFFF.
    @inlinable
    public var isAllowedInXML: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// The scalar's code point as messages write it: `U+` and at least four upper-case hex digits
    /// (`U+000B`, `U+1F600`).
    public var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Whether the scalar is an ASCII letter.
    @inlinable
    public var isASCIILetter: Bool {
        (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
    }
}
