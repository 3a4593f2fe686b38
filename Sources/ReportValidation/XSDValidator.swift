import CLibXML2
import Foundation
import ReportXML

/// A compiled W3C XML Schema, shared by every thread of the process.
///
/// libxml2 allows one compiled schema to be used by several threads at once, each with its own
/// validation context; each call of ``validate(_:)`` makes its own context.
public final class XSDValidator: XMLSchemaLanguage, @unchecked Sendable {
    private let schema: xmlSchemaPtr

    public var kind: SchemaKind { .xsd }

    /// Compiles a schema held in memory (an embedded schema). It may not include or import other
    /// files.
    ///
    /// - Parameters:
    ///   - text: the schema document.
    ///   - name: the name used in messages.
    public convenience init(text: String, name: String) throws(SchemaLoadError) {
        try self.init(bytes: Array(text.utf8), name: name, path: nil)
    }

    /// Compiles a schema file; it may include and import local files (never network ones).
    public convenience init(contentsOf url: URL) throws(SchemaLoadError) {
        try self.init(bytes: try readSchemaFile(url), name: url.path, path: url.path)
    }

    private init(bytes: [UInt8], name: String, path: String?) throws(SchemaLoadError) {
        let (compiled, issues) = LibXML2.collectingIssues { context -> xmlSchemaPtr? in
            LibXML2.withLocalSchemaFiles(allowed: path != nil) {
                let parser: xmlSchemaParserCtxtPtr?
                if let path {
                    parser = xmlSchemaNewParserCtxt(path)
                } else {
                    parser = bytes.withUnsafeBufferPointer { buffer in
                        buffer.withMemoryRebound(to: CChar.self) { xmlSchemaNewMemParserCtxt($0.baseAddress, Int32($0.count)) }
                    }
                }
                guard let parser else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, LibXML2.structuredErrorHandler, context)
                return xmlSchemaParse(parser)
            }
        }
        guard let compiled, !issues.contains(where: { $0.severity == .error }) else {
            if let compiled { xmlSchemaFree(compiled) }
            throw SchemaLoadError(schema: name, xmlIssues: issues, fallback: "not a usable W3C XML Schema")
        }
        schema = compiled
    }

    deinit {
        xmlSchemaFree(schema)
    }

    func validate(document: XMLDocument) -> [XMLIssue] {
        let (status, issues) = LibXML2.collectingIssues { context -> Int32 in
            guard let validation = xmlSchemaNewValidCtxt(schema) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(validation) }
            xmlSchemaSetValidStructuredErrors(validation, LibXML2.structuredErrorHandler, context)
            return xmlSchemaValidateDoc(validation, document.pointer)
        }
        if status < 0 && !issues.contains(where: { $0.severity == .error }) {
            return issues + [XMLIssue(severity: .error, line: 1, column: 1, message: "libxml2 could not validate the document (internal error \(status))")]
        }
        if status > 0 && !issues.contains(where: { $0.severity == .error }) {
            return issues + [XMLIssue(severity: .error, line: 1, column: 1, message: "the document is not valid against the schema")]
        }
        return issues
    }
}
