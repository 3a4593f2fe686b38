package import CLibXML2

/// A parsed XML document: libxml2's tree, owned and freed by this object.
///
/// Parsing follows one safe policy: no network (`XML_PARSE_NONET`), no entity substitution, no DTD
/// loading, no XInclude, libxml2's default size limits, and the process-wide entity loader that
/// reads no file (see ``LibXML2``). A document whose DTD declares entities is refused outright:
/// reportconv has no use for them and they are how entity bombs and external-entity attacks work.
public final class XMLDocument {
    /// libxml2's document; valid as long as this object lives.
    package let pointer: xmlDocPtr
    /// The bytes the document was parsed from, kept to locate issues precisely.
    public let source: [UInt8]

    /// The options of every parse.
    package static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NODICT.rawValue)

    private init(pointer: xmlDocPtr, source: [UInt8]) {
        self.pointer = pointer
        self.source = source
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// Parses a document.
    ///
    /// - Parameter bytes: the document; its encoding comes from its XML declaration or BOM (UTF-8
    ///   by default).
    /// - Returns: the document, when it is well-formed and declares no entities.
    /// - Throws: ``XMLParseError`` with every error libxml2 reported, each with its line and column.
    public static func parse(_ bytes: [UInt8]) throws(XMLParseError) -> XMLDocument {
        guard bytes.count <= Int(Int32.max) else {
            throw XMLParseError(issues: [XMLIssue(severity: .error, line: 1, column: 1, message: "document larger than 2 GiB")])
        }
        let (parsed, issues) = LibXML2.collectingIssues { _ -> xmlDocPtr? in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        xmlReadMemory($0, Int32(buffer.count), nil, nil, parseOptions)
                    }
                }
            }
        }
        let errors = issues.filter { $0.severity == .error }
        guard let parsed, errors.isEmpty else {
            if let parsed { xmlFreeDoc(parsed) }
            let reported = errors.isEmpty
                ? [XMLIssue(severity: .error, line: 1, column: 1, message: bytes.isEmpty ? "document is empty" : "document is not well-formed")]
                : errors
            throw XMLParseError(issues: reported)
        }
        let document = XMLDocument(pointer: parsed, source: bytes)
        if let declaration = document.firstEntityDeclaration() {
            throw XMLParseError(issues: [XMLIssue(
                severity: .error, line: declaration.line, column: declaration.column,
                message: "the document declares entities in its DTD; reportconv does not accept entity declarations"
            )])
        }
        return document
    }

    /// The namespace URI and local name of the root element.
    public var rootName: (namespace: String?, localName: String)? {
        guard let root = xmlDocGetRootElement(pointer) else { return nil }
        return (root.pointee.ns?.pointee.href.map { String(cString: $0) }, String(cString: root.pointee.name))
    }

    /// The root element, copied into Swift values (comments and processing instructions left out).
    public func rootElement() -> XMLElement? {
        xmlDocGetRootElement(pointer).map(XMLElement.init(copying:))
    }

    /// Fills in the column of issues that libxml2 reported without one, by finding the start tag of
    /// the element they name on their line; issues it cannot place get column 1.
    public func locating(_ issues: [XMLIssue]) -> [XMLIssue] {
        issues.map { issue in
            var located = issue
            if located.line == 0 { located.line = 1 }
            if located.column == 0 {
                located.column = issue.elementName.flatMap { column(ofStartTag: $0, onLine: located.line) } ?? 1
            }
            return located
        }
    }

    private func firstEntityDeclaration() -> (line: Int, column: Int)? {
        guard let dtd = pointer.pointee.intSubset, dtd.pointee.entities != nil || dtd.pointee.pentities != nil else { return nil }
        guard let offset = source.firstRange(of: Array("<!ENTITY".utf8))?.lowerBound else { return (1, 1) }
        return lineAndColumn(ofByteOffset: offset)
    }

    private func column(ofStartTag localName: String, onLine line: Int) -> Int? {
        guard let lineStart = byteOffset(ofLine: line) else { return nil }
        let name = Array(localName.utf8)
        var index = lineStart
        while index < source.count, source[index] != UInt8(ascii: "\n") {
            if source[index] == UInt8(ascii: "<"), let nameStart = startOfName(after: index), matches(name, at: nameStart) {
                // Columns count scalars: the bytes that do not continue a UTF-8 sequence.
                return 1 + source[lineStart..<index].count { $0 & 0xC0 != 0x80 }
            }
            index += 1
        }
        return nil
    }

    /// Where the local part of a tag name starts after `<` at `index` (skipping a prefix).
    private func startOfName(after index: Int) -> Int? {
        var cursor = index + 1
        var nameStart = cursor
        while cursor < source.count {
            let byte = source[cursor]
            if byte == UInt8(ascii: ":") {
                nameStart = cursor + 1
            } else if Self.endsName(byte) {
                break
            }
            cursor += 1
        }
        return nameStart
    }

    private func matches(_ name: [UInt8], at index: Int) -> Bool {
        guard index + name.count <= source.count else { return false }
        for (offset, byte) in name.enumerated() where source[index + offset] != byte { return false }
        guard index + name.count < source.count else { return true }
        return Self.endsName(source[index + name.count])
    }

    /// Whether a byte ends a tag name: `>`, `/` or white space.
    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func byteOffset(ofLine line: Int) -> Int? {
        var current = 1
        var index = 0
        while current < line {
            guard let newline = source[index...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            index = newline + 1
            current += 1
        }
        return index
    }

    private func lineAndColumn(ofByteOffset offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in source[..<min(offset, source.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}

/// A document that could not be parsed, with every error libxml2 reported.
public struct XMLParseError: Error, Sendable, Equatable {
    /// The errors, in the order libxml2 raised them.
    public var issues: [XMLIssue]

    /// Creates a parse error.
    public init(issues: [XMLIssue]) {
        self.issues = issues
    }
}
