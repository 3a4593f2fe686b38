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
        try self.init(source: .memory(Array(text.utf8), name: name))
    }

    /// Compiles a schema file; it may include and import local files (never network ones).
    public convenience init(contentsOf url: URL) throws(SchemaLoadError) {
        try checkSchemaFileIsReadable(url)
        try self.init(source: .file(url))
    }

    private init(source: SchemaSource) throws(SchemaLoadError) {
        schema = try compileSchema(named: source.name, localFiles: source.readsLocalFiles, fallback: "not a usable W3C XML Schema", free: xmlSchemaFree) { context in
            guard let parser = source.parserContext(fromPath: xmlSchemaNewParserCtxt, fromMemory: xmlSchemaNewMemParserCtxt) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, LibXML2.structuredErrorHandler, context)
            return xmlSchemaParse(parser)
        }
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates a document already parsed, so that a caller that needs the document (the native
    /// XML reader) parses it once.
    public func validate(parsed document: XMLDocument) -> [ValidationIssue] {
        validateParsed(document)
    }

    func validate(document: XMLDocument) -> [XMLIssue] {
        let (status, issues) = LibXML2.collectingIssues { context -> Int32 in
            guard let validation = xmlSchemaNewValidCtxt(schema) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(validation) }
            xmlSchemaSetValidStructuredErrors(validation, LibXML2.structuredErrorHandler, context)
            return xmlSchemaValidateDoc(validation, document.pointer)
        }
        return validityIssues(issues, status: status)
    }
}
