import Foundation

extension JSONSchema {
    /// A compiled `pattern` or `patternProperties` regular expression.
    ///
    /// JSON Schema patterns are ECMA-262 regular expressions with Unicode semantics; they run on ICU
    /// (through `NSRegularExpression`) after a translation of the constructs whose meaning differs:
    /// `\d`, `\w` and `\s` (and their negations) get their ECMA-262 character sets instead of ICU's
    /// Unicode ones, `$` matches only at the very end, `\u{…}` and surrogate-pair `\u` escapes become
    /// code points, `[^]` and `[]` keep their ECMA meaning, and `[` and `&` inside a class are literal.
    /// Matching is an unanchored search. The expression is compiled once and is safe to share.
    struct Pattern: Sendable {
        /// The pattern as written in the schema.
        let source: String
        private let expression: NSRegularExpression
        /// The fast matcher, for the plain patterns it takes.
        private let simple: SimplePattern?

        /// Compiles an ECMA-262 pattern.
        ///
        /// - Throws: the message fragment describing why ICU rejected the translated pattern.
        init(_ source: String) throws(PatternError) {
            self.source = source
            do {
                expression = try NSRegularExpression(pattern: Self.translate(source))
            } catch {
                throw PatternError()
            }
            simple = SimplePattern(source)
        }

        /// The error thrown for a pattern that does not compile.
        struct PatternError: Error {}

        /// Whether the pattern matches somewhere in `string`.
        func matches(_ string: String) -> Bool {
            if let simple { return simple.matches(string) }
            let range = NSRange(location: 0, length: string.utf16.count)
            return expression.rangeOfFirstMatch(in: string, options: [], range: range).location != NSNotFound
        }

        // MARK: ECMA-262 to ICU

        private static let digit = "0-9"
        private static let word = "A-Za-z0-9_"
        private static let space = "\\t\\n\\x{0B}\\f\\r\\p{Zs}\\x{2028}\\x{2029}\\x{FEFF}"

        /// The ICU spelling of an ECMA-262 pattern.
        static func translate(_ source: String) -> String {
            let scalars = Array(source.unicodeScalars)
            var output = ""
            var inClass = false
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                switch scalar {
                case "\\":
                    guard index + 1 < scalars.count else {
                        output += "\\"
                        index += 1
                        continue
                    }
                    index = translateEscape(scalars, at: index, inClass: inClass, into: &output)
                    continue
                case "[" where !inClass:
                    if index + 1 < scalars.count, scalars[index + 1] == "]" {
                        output += "(?!)"  // ECMA `[]` matches nothing
                        index += 2
                        continue
                    }
                    if index + 2 < scalars.count, scalars[index + 1] == "^", scalars[index + 2] == "]" {
                        output += "[\\s\\S]"  // ECMA `[^]` matches anything
                        index += 3
                        continue
                    }
                    inClass = true
                    output += "["
                    if index + 1 < scalars.count, scalars[index + 1] == "^" {
                        output += "^"
                        index += 1
                    }
                case "[", "&":
                    output += "\\"  // literal inside an ECMA class; ICU would read a nested set or an operator
                    output.unicodeScalars.append(scalar)
                case "]" where inClass:
                    inClass = false
                    output += "]"
                case "$" where !inClass:
                    output += "(?![\\s\\S])"  // ECMA `$` without the m flag: the end of input only
                default:
                    output.unicodeScalars.append(scalar)
                }
                index += 1
            }
            // The empty pattern matches everywhere; ICU on Linux refuses an empty expression.
            return output.isEmpty ? "(?:)" : output
        }

        /// Translates the escape at `index` (a backslash) and returns the index after it.
        private static func translateEscape(_ scalars: [Unicode.Scalar], at index: Int, inClass: Bool, into output: inout String) -> Int {
            let letter = scalars[index + 1]
            func set(_ members: String, negated: Bool) {
                if inClass && !negated {
                    output += members
                } else {
                    output += negated ? "[^\(members)]" : "[\(members)]"
                }
            }
            switch letter {
            case "d": set(digit, negated: false)
            case "D": set(digit, negated: true)
            case "w": set(word, negated: false)
            case "W": set(word, negated: true)
            case "s": set(space, negated: false)
            case "S": set(space, negated: true)
            case "b" where inClass:
                output += "\\x{08}"  // backspace inside an ECMA class
            case "u":
                if let (codePoint, next) = unicodeEscape(scalars, at: index) {
                    output += "\\x{\(String(codePoint, radix: 16))}"
                    return next
                }
                output += "\\u"
            default:
                output += "\\"
                output.unicodeScalars.append(letter)
            }
            return index + 2
        }

        /// Reads `\u{X…}`, `\uXXXX` or a surrogate pair `\uXXXX\uXXXX` at `index`; returns the code
        /// point and the index after the escape.
        private static func unicodeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> (UInt32, Int)? {
            func hex(_ start: Int, _ count: Int) -> UInt32? {
                guard count > 0, start + count <= scalars.count else { return nil }
                var value: UInt32 = 0
                for position in start..<start + count {
                    guard let digit = hexDigit(scalars[position]) else { return nil }
                    value = value << 4 | digit
                }
                return value
            }
            if index + 2 < scalars.count, scalars[index + 2] == "{" {
                guard let close = scalars[(index + 3)...].firstIndex(of: "}"),
                      close - index - 3 <= 6,
                      let value = hex(index + 3, close - index - 3), value <= 0x10FFFF
                else { return nil }
                return (value, close + 1)
            }
            guard let unit = hex(index + 2, 4) else { return nil }
            if (0xD800...0xDBFF).contains(unit),
               index + 7 < scalars.count, scalars[index + 6] == "\\", scalars[index + 7] == "u",
               let low = hex(index + 8, 4), (0xDC00...0xDFFF).contains(low) {
                return (0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), index + 12)
            }
            return (unit, index + 6)
        }

        private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
            switch scalar.value {
            case 0x30...0x39: return scalar.value - 0x30
            case 0x41...0x46: return scalar.value - 0x41 + 10
            case 0x61...0x66: return scalar.value - 0x61 + 10
            default: return nil
            }
        }
    }
}
