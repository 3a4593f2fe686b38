/// A JSON value as defined by RFC 8259.
///
/// Numbers are stored as `Double`, so `1` and `1.0` are the same value. Equality is deep and exact,
/// as JSON Schema's `const`, `enum` and `uniqueItems` require: strings are equal when they have the
/// same Unicode code points (not merely canonically equivalent ones, as `String`'s `==` would have
/// it), arrays when their elements are equal in order, objects when they hold the same keys with
/// equal values, in any order. Object keys are Swift `String` dictionary keys, so two keys that
/// differ only in Unicode normalization are the same key.
public enum JSONValue: Sendable, Equatable, Hashable {
    /// The literal `null`.
    case null
    /// The literal `true` or `false`.
    case bool(Bool)
    /// A number; JSON does not distinguish integers from other numbers.
    case number(Double)
    /// A string of Unicode scalars.
    case string(String)
    /// An ordered list of values.
    case array([JSONValue])
    /// An unordered collection of uniquely named members.
    case object([String: JSONValue])

    /// Deep equality; strings compare by code points, numbers by value (`-0 == 0`, `1 == 1.0`).
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let left), .bool(let right)): return left == right
        case (.number(let left), .number(let right)): return left == right
        case (.string(let left), .string(let right)):
            return left.utf8.count == right.utf8.count && left.utf8.elementsEqual(right.utf8)
        case (.array(let left), .array(let right)): return left == right
        case (.object(let left), .object(let right)): return left == right
        default: return false
        }
    }

    /// Hashes consistently with `==`: strings by their UTF-8 bytes, numbers by value.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null:
            hasher.combine(0 as UInt8)
        case .bool(let bool):
            hasher.combine(1 as UInt8)
            hasher.combine(bool)
        case .number(let number):
            hasher.combine(2 as UInt8)
            hasher.combine(number)
        case .string(let string):
            hasher.combine(3 as UInt8)
            hasher.combine(string.utf8.count)
            for byte in string.utf8 { hasher.combine(byte) }
        case .array(let elements):
            hasher.combine(4 as UInt8)
            hasher.combine(elements)
        case .object(let members):
            hasher.combine(5 as UInt8)
            hasher.combine(members)
        }
    }
}

extension JSONValue {
    /// The member named `key` when this value is an object holding it, otherwise `nil`.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The element at `index` when this value is an array long enough, otherwise `nil`.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    /// The string when this value is a string, otherwise `nil`.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The number when this value is a number, otherwise `nil`.
    public var doubleValue: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The number as an `Int` when this value is a number with no fractional part that fits, otherwise `nil`.
    public var intValue: Int? {
        guard case .number(let number) = self, number.rounded(.towardZero) == number else { return nil }
        return Int(exactly: number)
    }

    /// The Boolean when this value is `true` or `false`, otherwise `nil`.
    public var boolValue: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    /// The elements when this value is an array, otherwise `nil`.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members when this value is an object, otherwise `nil`.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether this value is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The JSON type name of this value: `null`, `boolean`, `number`, `string`, `array` or `object`.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

extension JSONValue: CustomStringConvertible {
    /// Compact JSON text for this value: no insignificant whitespace, object members sorted by key,
    /// integral numbers without a fraction; a number that is not finite is written as `null`.
    public var description: String {
        var text = ""
        Self.write(self, to: &text)
        return text
    }

    private static func write(_ value: JSONValue, to text: inout String) {
        switch value {
        case .null:
            text += "null"
        case .bool(let bool):
            text += bool ? "true" : "false"
        case .number(let number):
            text += formatNumber(number)
        case .string(let string):
            writeString(string, to: &text)
        case .array(let elements):
            text += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { text += "," }
                write(element, to: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (position, key) in members.keys.sorted().enumerated() {
                if position > 0 { text += "," }
                writeString(key, to: &text)
                text += ":"
                if let member = members[key] { write(member, to: &text) }
            }
            text += "}"
        }
    }

    /// JSON text for a number: integers below 2^53 without a fraction, others in Swift's shortest
    /// round-tripping form.
    static func formatNumber(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number.rounded(.towardZero) == number, abs(number) < 9_007_199_254_740_992 {
            return number == 0 ? (number.sign == .minus ? "-0" : "0") : String(Int64(number))
        }
        return "\(number)"
    }

    private static func writeString(_ string: String, to text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}
