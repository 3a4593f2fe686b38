import ReportModel

/// The one way reportconv writes XML: every element, attribute and character of text goes through
/// here, escaped, and checked against what XML 1.0 allows.
///
/// Elements opened with ``open(_:_:)`` start on a new, indented line; elements opened inside text
/// with ``openInline(_:_:)`` and all text stay on the line, so that mixed content keeps its exact
/// characters. A character XML 1.0 forbids (C0 controls other than tab, line feed and carriage
/// return; U+FFFE; U+FFFF) makes ``finish()`` throw, naming the character and where it was
/// written, instead of producing a document no parser would read.
public struct XMLEmitter {
    private var bytes: [UInt8] = []
    private var open: [(name: String, hasBlockChildren: Bool, inline: Bool)] = []
    private var error: XMLEmitterError?
    private let indent: [UInt8] = Array("  ".utf8)

    /// Starts a document with the XML declaration.
    public init() {
        bytes.reserveCapacity(16 * 1024)
        bytes.append(contentsOf: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8))
    }

    /// Opens an element on its own line. Attributes whose value is `nil` are left out.
    public mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        if !open.isEmpty { open[open.count - 1].hasBlockChildren = true }
        newline(depth: open.count)
        startTag(name, attributes, selfClosing: false)
        open.append((name, false, false))
    }

    /// Opens an element inside text, without white space around it.
    public mutating func openInline(_ name: String, _ attributes: [(String, String?)] = []) {
        startTag(name, attributes, selfClosing: false)
        open.append((name, false, true))
    }

    /// Closes the innermost open element.
    public mutating func close() {
        guard let element = open.popLast() else {
            fail(.unbalanced("close() without an open element"))
            return
        }
        if element.hasBlockChildren { newline(depth: open.count) }
        bytes.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
        bytes.append(contentsOf: element.name.utf8)
        bytes.append(UInt8(ascii: ">"))
    }

    /// An element on its own line holding only text.
    public mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close()
    }

    /// An empty element on its own line.
    public mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        if !open.isEmpty { open[open.count - 1].hasBlockChildren = true }
        newline(depth: open.count)
        startTag(name, attributes, selfClosing: true)
    }

    /// An empty element inside text.
    public mutating func emptyInline(_ name: String, _ attributes: [(String, String?)] = []) {
        startTag(name, attributes, selfClosing: true)
    }

    /// Character data, escaped.
    public mutating func text(_ value: String) {
        escape(value, inAttribute: false)
    }

    /// The finished document, ending with a line feed.
    ///
    /// - Throws: ``XMLEmitterError`` when an element is still open or a forbidden character was
    ///   written.
    public consuming func finish() throws(XMLEmitterError) -> [UInt8] {
        if let error { throw error }
        if let element = open.last { throw XMLEmitterError.unbalanced("element <\(element.name)> is never closed") }
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    // MARK: - Pieces

    private mutating func newline(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { bytes.append(contentsOf: indent) }
    }

    private mutating func startTag(_ name: String, _ attributes: [(String, String?)], selfClosing: Bool) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        for (key, value) in attributes {
            guard let value else { continue }
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: key.utf8)
            bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
            escape(value, inAttribute: true)
            bytes.append(UInt8(ascii: "\""))
        }
        if selfClosing { bytes.append(UInt8(ascii: "/")) }
        bytes.append(UInt8(ascii: ">"))
    }

    private mutating func escape(_ value: String, inAttribute: Bool) {
        var contiguous = value
        contiguous.withUTF8 { buffer in escapeBytes(buffer, inAttribute: inAttribute) }
    }

    private mutating func escapeBytes(_ buffer: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
        // Copy runs that need no escaping in one go.
        var runStart = 0
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            let special = byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (byte == UInt8(ascii: "\"") && inAttribute) || byte == 0xEF
            guard special else {
                index += 1
                continue
            }
            if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index])) }
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: Self.ampersand)
            case UInt8(ascii: "<"): bytes.append(contentsOf: Self.lessThan)
            case UInt8(ascii: ">"): bytes.append(contentsOf: Self.greaterThan)
            case UInt8(ascii: "\""): bytes.append(contentsOf: Self.quote)
            case 0x0D: bytes.append(contentsOf: Self.carriageReturn)
            case 0x0A where inAttribute: bytes.append(contentsOf: Self.lineFeed)
            case 0x09 where inAttribute: bytes.append(contentsOf: Self.tab)
            case 0x09, 0x0A: bytes.append(byte)
            case 0xEF where index + 2 < count && buffer[index + 1] == 0xBF && (buffer[index + 2] == 0xBE || buffer[index + 2] == 0xBF):
                fail(.forbiddenCharacter(scalar: buffer[index + 2] == 0xBE ? 0xFFFE : 0xFFFF, context: contextOfFailure()))
                index += 2
            case 0xEF:
                bytes.append(byte)
            default:
                fail(.forbiddenCharacter(scalar: UInt32(byte), context: contextOfFailure()))
            }
            index += 1
            runStart = index
        }
        if count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<count])) }
    }

    private func contextOfFailure() -> String {
        open.last.map { "<\($0.name)>" } ?? "the document"
    }

    private mutating func fail(_ failure: XMLEmitterError) {
        if error == nil { error = failure }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)
    private static let lineFeed = Array("&#10;".utf8)
    private static let tab = Array("&#9;".utf8)
}

/// Why the ``XMLEmitter`` could not produce a document.
public enum XMLEmitterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A character XML 1.0 does not allow, in the element named by `context`.
    case forbiddenCharacter(scalar: UInt32, context: String)
    /// Elements were not opened and closed in pairs (a bug in a writer).
    case unbalanced(String)

    public var description: String {
        switch self {
        case .forbiddenCharacter(let scalar, let context):
            let code = Unicode.Scalar(scalar)?.codePoint ?? "U+" + String(scalar, radix: 16, uppercase: true)
            return "character \(code) is not allowed in XML 1.0 (in \(context))"
        case .unbalanced(let message):
            return "internal error: \(message)"
        }
    }
}
