extension JSONParser {
    /// The byte-level state machine behind `JSONParser`: one pass over a contiguous UTF-8 buffer,
    /// with an explicit container stack instead of recursion so that deep nesting cannot exhaust the
    /// thread's stack.
    struct Reader {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var offset = 0
        /// Reused buffer for strings with escapes.
        private var scratch: [UInt8] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        private enum Container {
            case array
            case object
        }

        // MARK: Documents and values

        mutating func parseDocument() throws(JSONParseError) -> JSONValue {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                throw failure("a byte order mark is not allowed", at: 0)
            }
            let value = try parseValue()
            skipWhitespace()
            if offset < bytes.count {
                throw failure(unexpected("unexpected \(describeCharacter(at: offset)) after the json value"), at: offset)
            }
            return value
        }

        private mutating func parseValue() throws(JSONParseError) -> JSONValue {
            var containers: [Container] = []
            var arrays: [[JSONValue]] = []
            // An open object's members in order, with the offset of each key for a duplicate-key
            // error; the dictionary is built once the object closes, at its final size, so that no
            // key is hashed more than once.
            var objects: [[(key: String, offset: Int, value: JSONValue)]] = []
            var keys: [(key: String, offset: Int)] = []

            parsing: while true {
                skipWhitespace()
                guard offset < bytes.count else { throw failure("unexpected end of input", at: offset) }
                var value: JSONValue
                switch bytes[offset] {
                case UInt8(ascii: "{"):
                    if try openContainer(depth: containers.count, closedBy: UInt8(ascii: "}")) {
                        value = .object([:])
                    } else {
                        let key = try parseKey(expectation: "expected a string key or '}'")
                        containers.append(.object)
                        objects.append([])
                        keys.append(key)
                        continue parsing
                    }
                case UInt8(ascii: "["):
                    if try openContainer(depth: containers.count, closedBy: UInt8(ascii: "]")) {
                        value = .array([])
                    } else {
                        containers.append(.array)
                        arrays.append([])
                        continue parsing
                    }
                case UInt8(ascii: "\""):
                    value = .string(try parseString())
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    value = .number(try parseNumber())
                default:
                    value = try parseLiteral()
                }

                // Hand the finished value to the innermost open container, closing containers as they end.
                while let container = containers.last {
                    skipWhitespace()
                    switch container {
                    case .array:
                        arrays[arrays.count - 1].append(value)
                        guard offset < bytes.count else { throw failure("unexpected end of input", at: offset) }
                        if bytes[offset] == UInt8(ascii: ",") {
                            offset += 1
                            skipWhitespace()
                            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                                throw failure("trailing comma before ']'", at: offset)
                            }
                            continue parsing
                        }
                        guard bytes[offset] == UInt8(ascii: "]") else {
                            throw failure(unexpected("expected ',' or ']' after an array element"), at: offset)
                        }
                        offset += 1
                        containers.removeLast()
                        value = .array(arrays.removeLast())
                    case .object:
                        if let key = keys.popLast() { objects[objects.count - 1].append((key.key, key.offset, value)) }
                        guard offset < bytes.count else { throw failure("unexpected end of input", at: offset) }
                        if bytes[offset] == UInt8(ascii: ",") {
                            offset += 1
                            skipWhitespace()
                            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                                throw failure("trailing comma before '}'", at: offset)
                            }
                            let key = try parseKey(expectation: "expected a string key after ','")
                            keys.append(key)
                            continue parsing
                        }
                        guard bytes[offset] == UInt8(ascii: "}") else {
                            throw failure(unexpected("expected ',' or '}' after an object member"), at: offset)
                        }
                        offset += 1
                        containers.removeLast()
                        value = .object(try dictionary(objects.removeLast()))
                    }
                }
                return value
            }
        }

        /// An object's members as a dictionary, rejecting a key that comes twice (at its second place).
        private func dictionary(_ members: [(key: String, offset: Int, value: JSONValue)]) throws(JSONParseError) -> [String: JSONValue] {
            var dictionary = [String: JSONValue](minimumCapacity: members.count)
            for member in members where dictionary.updateValue(member.value, forKey: member.key) != nil {
                throw failure("duplicate key \(JSONValue.string(member.key))", at: member.offset)
            }
            return dictionary
        }

        /// Steps over the opening bracket of an object or array at `depth`, and over its closing
        /// `bracket` too when it is empty; returns whether it was.
        private mutating func openContainer(depth: Int, closedBy bracket: UInt8) throws(JSONParseError) -> Bool {
            guard depth < JSONParser.maximumDepth else {
                throw failure("nesting is deeper than \(JSONParser.maximumDepth) levels", at: offset)
            }
            offset += 1
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == bracket else { return false }
            offset += 1
            return true
        }

        /// Parses `"key" :` at the current offset and returns the key with the offset it starts at.
        private mutating func parseKey(expectation: String) throws(JSONParseError) -> (key: String, offset: Int) {
            guard offset < bytes.count else { throw failure("unexpected end of input", at: offset) }
            guard bytes[offset] == UInt8(ascii: "\"") else {
                throw failure(unexpected("\(expectation), found \(describeCharacter(at: offset))"), at: offset)
            }
            let start = offset
            let key = try parseString()
            skipWhitespace()
            guard offset < bytes.count else { throw failure("unexpected end of input", at: offset) }
            guard bytes[offset] == UInt8(ascii: ":") else {
                throw failure("expected ':' after an object key", at: offset)
            }
            offset += 1
            return (key, start)
        }

        /// The message for a failed expectation at the current offset: comments get their own
        /// message, the rest is unchanged.
        private func unexpected(_ expectation: @autoclosure () -> String) -> String {
            if bytes[offset] == UInt8(ascii: "/") { return "comments are not allowed" }
            return expectation()
        }

        private mutating func parseLiteral() throws(JSONParseError) -> JSONValue {
            let start = offset
            var end = offset
            while end < bytes.count, Self.isASCIIAlphanumeric(bytes[end]) { end += 1 }
            guard end > start else {
                throw failure(unexpected("expected a value, found \(describeCharacter(at: start))"), at: start)
            }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let value: JSONValue
            if word.elementsEqual("true".utf8) {
                value = .bool(true)
            } else if word.elementsEqual("false".utf8) {
                value = .bool(false)
            } else if word.elementsEqual("null".utf8) {
                value = .null
            } else {
                throw failure("invalid literal '\(String(decoding: word, as: UTF8.self))'", at: start)
            }
            offset = end
            return value
        }

        // MARK: Strings

        /// Parses a string whose opening quote is at the current offset.
        mutating func parseString() throws(JSONParseError) -> String {
            let quote = offset
            offset += 1
            let start = offset
            // Fast path: no escapes, so the string is a slice of the input.
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                    offset += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { throw controlCharacterFailure(byte) }
                if byte < 0x80 {
                    offset += 1
                } else {
                    offset += try validUTF8Length()
                }
            }
            guard offset < bytes.count else { throw failure("unterminated string", at: quote) }

            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
            while offset < bytes.count {
                let byte = bytes[offset]
                switch byte {
                case UInt8(ascii: "\""):
                    offset += 1
                    return String(decoding: scratch, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    try parseEscape(quote: quote)
                case 0..<0x20:
                    throw controlCharacterFailure(byte)
                case 0x20..<0x80:
                    scratch.append(byte)
                    offset += 1
                default:
                    let length = try validUTF8Length()
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]))
                    offset += length
                }
            }
            throw failure("unterminated string", at: quote)
        }

        private func controlCharacterFailure(_ byte: UInt8) -> JSONParseError {
            failure("control character \(Self.codePoint(UInt32(byte))) must be escaped in a string", at: offset)
        }

        /// Decodes the escape sequence at the current offset into `scratch`.
        private mutating func parseEscape(quote: Int) throws(JSONParseError) {
            let backslash = offset
            guard backslash + 1 < bytes.count else { throw failure("unterminated string", at: quote) }
            let escaped = bytes[backslash + 1]
            offset += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escaped)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hexQuad(at: backslash + 2) else {
                    throw failure("expected four hexadecimal digits after '\\u'", at: backslash)
                }
                offset = backslash + 6
                var scalar = unit
                switch unit {
                case 0xD800...0xDBFF:
                    guard offset + 1 < bytes.count,
                          bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u"),
                          let low = hexQuad(at: offset + 2), (0xDC00...0xDFFF).contains(low)
                    else {
                        throw failure("lone surrogate \(escapeText(at: backslash)) in a \\u escape", at: backslash)
                    }
                    scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    offset += 6
                case 0xDC00...0xDFFF:
                    throw failure("lone surrogate \(escapeText(at: backslash)) in a \\u escape", at: backslash)
                default:
                    break
                }
                appendUTF8(scalar)
            default:
                offset = backslash
                throw failure("invalid escape '\\\(describeRaw(at: backslash + 1))'", at: backslash)
            }
        }

        private func hexQuad(at position: Int) -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for index in position..<position + 4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }

        /// The six characters of the `\uXXXX` escape at `position`, as written.
        private func escapeText(at position: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<min(position + 6, bytes.count)]), as: UTF8.self)
        }

        private mutating func appendUTF8(_ scalar: UInt32) {
            switch scalar {
            case 0..<0x80:
                scratch.append(UInt8(scalar))
            case 0x80..<0x800:
                scratch.append(UInt8(0xC0 | scalar >> 6))
                scratch.append(UInt8(0x80 | scalar & 0x3F))
            case 0x800..<0x10000:
                scratch.append(UInt8(0xE0 | scalar >> 12))
                scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                scratch.append(UInt8(0x80 | scalar & 0x3F))
            default:
                scratch.append(UInt8(0xF0 | scalar >> 18))
                scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                scratch.append(UInt8(0x80 | scalar & 0x3F))
            }
        }

        /// The length of the well-formed multi-byte UTF-8 sequence at the current offset.
        private func validUTF8Length() throws(JSONParseError) -> Int {
            guard let length = Self.utf8SequenceLength(at: offset, in: bytes) else {
                throw failure("invalid utf-8 in a string", at: offset)
            }
            return length
        }

        /// The length of the well-formed UTF-8 sequence at `position` (Unicode Table 3-7), or `nil`.
        private static func utf8SequenceLength(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            let lead = bytes[position]
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0x00...0x7F: return 1
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return nil
            }
            guard position + length <= bytes.count, secondRange.contains(bytes[position + 1]) else { return nil }
            for index in position + 2..<position + length where bytes[index] & 0xC0 != 0x80 {
                return nil
            }
            return length
        }

        // MARK: Numbers

        private static let powersOfTen: [Double] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ]

        private mutating func parseNumber() throws(JSONParseError) -> Double {
            let start = offset
            let negative = bytes[offset] == UInt8(ascii: "-")
            if negative { offset += 1 }
            guard offset < bytes.count, Self.isDigit(bytes[offset]) else {
                throw failure("expected a digit after '-'", at: offset)
            }
            var mantissa: UInt64 = 0
            var mantissaOverflow = false
            var fractionDigits = 0
            if bytes[offset] == UInt8(ascii: "0") {
                offset += 1
                if offset < bytes.count, Self.isDigit(bytes[offset]) {
                    throw failure("leading zeros are not allowed", at: start)
                }
            } else {
                while offset < bytes.count, Self.isDigit(bytes[offset]) {
                    Self.accumulate(bytes[offset], into: &mantissa, overflow: &mantissaOverflow)
                    offset += 1
                }
            }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
                offset += 1
                guard offset < bytes.count, Self.isDigit(bytes[offset]) else {
                    throw failure("expected a digit after the decimal point", at: offset)
                }
                while offset < bytes.count, Self.isDigit(bytes[offset]) {
                    Self.accumulate(bytes[offset], into: &mantissa, overflow: &mantissaOverflow)
                    fractionDigits += 1
                    offset += 1
                }
            }
            var exponent = 0
            if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
                offset += 1
                var negativeExponent = false
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                    negativeExponent = bytes[offset] == UInt8(ascii: "-")
                    offset += 1
                }
                guard offset < bytes.count, Self.isDigit(bytes[offset]) else {
                    throw failure("expected a digit in the exponent", at: offset)
                }
                while offset < bytes.count, Self.isDigit(bytes[offset]) {
                    if exponent < 1_000_000 { exponent = exponent * 10 + Int(bytes[offset] - UInt8(ascii: "0")) }
                    offset += 1
                }
                if negativeExponent { exponent = -exponent }
            }

            // Clinger's fast path: both factors are exact doubles, so one rounding gives the right answer.
            let decimalExponent = exponent - fractionDigits
            if !mantissaOverflow, mantissa <= 1 << 53, (-22...22).contains(decimalExponent) {
                var value = Double(mantissa)
                if decimalExponent < 0 {
                    value /= Self.powersOfTen[-decimalExponent]
                } else {
                    value *= Self.powersOfTen[decimalExponent]
                }
                return negative ? -value : value
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            guard let value = Double(text), value.isFinite else {
                throw failure("number \(text) is out of range", at: start)
            }
            return value
        }

        private static func accumulate(_ digit: UInt8, into mantissa: inout UInt64, overflow: inout Bool) {
            guard mantissa < 1_000_000_000_000_000_000 else {
                overflow = true
                return
            }
            mantissa = mantissa * 10 + UInt64(digit - UInt8(ascii: "0"))
        }

        // MARK: Scanning without building values (for JSON Pointer locations)

        /// The byte offset where the value at the pointer starts, or `nil`.
        mutating func offset(ofPointerTokens tokens: [String]) -> Int? {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }
            skipWhitespace()
            for token in tokens {
                guard offset < bytes.count else { return nil }
                switch bytes[offset] {
                case UInt8(ascii: "{"):
                    offset += 1
                    guard seekMember(named: token) else { return nil }
                case UInt8(ascii: "["):
                    guard let index = Self.arrayIndex(token) else { return nil }
                    offset += 1
                    guard seekElement(index) else { return nil }
                default:
                    return nil
                }
            }
            return offset < bytes.count ? offset : nil
        }

        /// Moves from just inside an object to the start of the value of its first member named `name`.
        private mutating func seekMember(named name: String) -> Bool {
            skipWhitespace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") { return false }
            while true {
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\""),
                      let key = try? parseString() else { return false }
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return false }
                offset += 1
                skipWhitespace()
                if key == name { return true }
                guard skipValue() else { return false }
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else { return false }
                offset += 1
            }
        }

        /// Moves from just inside an array to the start of its element at `index`.
        private mutating func seekElement(_ index: Int) -> Bool {
            for _ in 0..<index {
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] != UInt8(ascii: "]"), skipValue() else { return false }
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else { return false }
                offset += 1
            }
            skipWhitespace()
            return offset < bytes.count && bytes[offset] != UInt8(ascii: "]")
        }

        /// Skips one value, leniently: only brackets and strings are tracked.
        private mutating func skipValue() -> Bool {
            var depth = 0
            while true {
                skipWhitespace()
                guard offset < bytes.count else { return false }
                switch bytes[offset] {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    offset += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    offset += 1
                    if depth <= 0 { return depth == 0 }
                case UInt8(ascii: ","), UInt8(ascii: ":"):
                    guard depth > 0 else { return false }
                    offset += 1
                case UInt8(ascii: "\""):
                    guard skipString() else { return false }
                    if depth == 0 { return true }
                default:
                    let start = offset
                    while offset < bytes.count, !Self.isDelimiter(bytes[offset]) { offset += 1 }
                    if offset == start { return false }
                    if depth == 0 { return true }
                }
            }
        }

        private mutating func skipString() -> Bool {
            offset += 1
            while offset < bytes.count {
                switch bytes[offset] {
                case UInt8(ascii: "\\"): offset += 2
                case UInt8(ascii: "\""): offset += 1; return true
                default: offset += 1
                }
            }
            return false
        }

        private static func arrayIndex(_ token: String) -> Int? {
            let utf8 = token.utf8
            guard let first = utf8.first, utf8.allSatisfy(isDigit), first != UInt8(ascii: "0") || utf8.count == 1 else {
                return nil
            }
            return Int(token)
        }

        // MARK: Positions and messages

        private mutating func skipWhitespace() {
            while offset < bytes.count {
                switch bytes[offset] {
                case 0x20, 0x0A, 0x0D, 0x09: offset += 1
                default: return
                }
            }
        }

        private func failure(_ message: String, at position: Int) -> JSONParseError {
            let (line, column) = Self.position(of: position, in: bytes)
            return JSONParseError(message: message, line: line, column: column, byteOffset: position)
        }

        /// The 1-based line and column (in Unicode scalars) of a byte offset; LF, CR LF and a lone CR end lines.
        static func position(of target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
            var line = 1
            var column = 1
            var index = 0
            let end = min(target, bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            return (line, column)
        }

        /// The character at `position` for a message: `'x'` (`"'"` for an apostrophe), `U+000B` for a
        /// control character, or `byte 0xFF` when the bytes there are not UTF-8.
        private func describeCharacter(at position: Int) -> String {
            guard position < bytes.count else { return "end of input" }
            let raw = describeRaw(at: position)
            if raw.hasPrefix("U+") || raw.hasPrefix("byte") { return raw }
            return raw == "'" ? "\"'\"" : "'\(raw)'"
        }

        private func describeRaw(at position: Int) -> String {
            guard position < bytes.count else { return "end of input" }
            let byte = bytes[position]
            if byte >= 0x20, byte < 0x7F { return String(UnicodeScalar(byte)) }
            if byte < 0x80 { return Self.codePoint(UInt32(byte)) }
            guard let length = Self.utf8SequenceLength(at: position, in: bytes) else {
                return "byte 0x" + String(byte, radix: 16, uppercase: true)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
        }

        private static func codePoint(_ value: UInt32) -> String {
            let hex = String(value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }

        private static func isDigit(_ byte: UInt8) -> Bool {
            byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }

        private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
        }

        private static func isDelimiter(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":"):
                return true
            default:
                return false
            }
        }
    }
}
