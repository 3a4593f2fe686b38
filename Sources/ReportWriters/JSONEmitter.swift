/// The one way reportconv writes JSON: values are written straight to UTF-8 bytes, strings escaped
/// as RFC 8259 requires, numbers without exponents, two-space indentation, and a final line feed.
///
/// Objects are written member by member in the order the writer chooses; writers choose a fixed
/// order, so that the same model always gives the same bytes.
public struct JSONEmitter {
    private var bytes: [UInt8] = []
    /// For each open container: whether it has a member yet.
    private var hasMember: [Bool] = []
    private var afterKey = false

    /// Starts an empty document.
    public init() {
        bytes.reserveCapacity(32 * 1024)
    }

    /// Opens an object (as a value).
    public mutating func openObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        hasMember.append(false)
    }

    /// Closes the innermost object.
    public mutating func closeObject() {
        close(UInt8(ascii: "}"))
    }

    /// Opens an array (as a value).
    public mutating func openArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        hasMember.append(false)
    }

    /// Closes the innermost array.
    public mutating func closeArray() {
        close(UInt8(ascii: "]"))
    }

    /// Writes an object member's key; the next value written is its value.
    public mutating func key(_ name: String) {
        newMember()
        string(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    /// A string value.
    public mutating func value(_ text: String) {
        beginValue()
        string(text)
    }

    /// A string value, or `null`.
    public mutating func value(_ text: String?) {
        if let text { value(text) } else { null() }
    }

    /// An integer value.
    public mutating func value(_ number: Int) {
        beginValue()
        bytes.append(contentsOf: String(number).utf8)
    }

    /// A finite number value, written as ``NumberFormatting/decimal(_:)`` writes it.
    public mutating func value(_ number: Double) {
        beginValue()
        bytes.append(contentsOf: NumberFormatting.decimal(number).utf8)
    }

    /// A Boolean value.
    public mutating func value(_ flag: Bool) {
        beginValue()
        bytes.append(contentsOf: flag ? Self.trueBytes : Self.falseBytes)
    }

    /// `null`.
    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: Self.nullBytes)
    }

    /// A member with a string value.
    public mutating func member(_ name: String, _ text: String) {
        key(name)
        value(text)
    }

    /// A member with a string value, left out when `nil`.
    public mutating func member(_ name: String, ifPresent text: String?) {
        if let text { member(name, text) }
    }

    /// A member with an integer value.
    public mutating func member(_ name: String, _ number: Int) {
        key(name)
        value(number)
    }

    /// A member with a number value.
    public mutating func member(_ name: String, _ number: Double) {
        key(name)
        value(number)
    }

    /// A member with a Boolean value.
    public mutating func member(_ name: String, _ flag: Bool) {
        key(name)
        value(flag)
    }

    /// A member whose value is an array of strings.
    public mutating func member(_ name: String, strings: [String]) {
        key(name)
        openArray()
        for text in strings { value(text) }
        closeArray()
    }

    /// A member whose value is an array with one element written by `element` for each item.
    public mutating func member<Items: Sequence>(_ name: String, array items: Items, _ element: (Items.Element, inout JSONEmitter) -> Void) {
        key(name)
        openArray()
        for item in items { element(item, &self) }
        closeArray()
    }

    /// The finished document.
    public consuming func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    // MARK: - Pieces

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !hasMember.isEmpty {
            newMember()
        }
    }

    private mutating func newMember() {
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        newline(depth: hasMember.count)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = hasMember.removeLast()
        if hadMembers { newline(depth: hasMember.count) }
        bytes.append(bracket)
    }

    private mutating func newline(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var contiguous = text
        contiguous.withUTF8 { buffer in
            // Copy runs that need no escaping in one go.
            var runStart = 0
            for (index, byte) in buffer.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index])) }
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)]])
                }
            }
            if buffer.count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)
}
