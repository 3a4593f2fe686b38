import CLibXML2
import Foundation
import ReportXML

/// A compiled RELAX NG schema (XML syntax), shared by every thread of the process.
///
/// libxml2 does not promise that RELAX NG validation leaves a shared schema untouched, so
/// validations against one schema are serialised by a lock.
public final class RelaxNGValidator: XMLSchemaLanguage, @unchecked Sendable {
    private let schema: xmlRelaxNGPtr
    private let lock = NSLock()

    public var kind: SchemaKind { .relaxNG }

    /// Compiles a schema held in memory; it may not include other files.
    public convenience init(text: String, name: String) throws(SchemaLoadError) {
        try self.init(source: .memory(Array(text.utf8), name: name))
    }

    /// Compiles a schema file; it may include local files (never network ones).
    public convenience init(contentsOf url: URL) throws(SchemaLoadError) {
        try checkSchemaFileIsReadable(url)
        try self.init(source: .file(url))
    }

    private init(source: SchemaSource) throws(SchemaLoadError) {
        schema = try compileSchema(named: source.name, localFiles: source.readsLocalFiles, fallback: "not a usable RELAX NG schema", free: xmlRelaxNGFree) { context in
            guard let parser = source.parserContext(fromPath: xmlRelaxNGNewParserCtxt, fromMemory: xmlRelaxNGNewMemParserCtxt) else { return nil }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            xmlRelaxNGSetParserStructuredErrors(parser, LibXML2.structuredErrorHandler, context)
            return xmlRelaxNGParse(parser)
        }
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    func validate(document: XMLDocument) -> [XMLIssue] {
        lock.lock()
        defer { lock.unlock() }
        let (status, issues) = LibXML2.collectingIssues { context -> Int32 in
            guard let validation = xmlRelaxNGNewValidCtxt(schema) else { return -1 }
            defer { xmlRelaxNGFreeValidCtxt(validation) }
            xmlRelaxNGSetValidStructuredErrors(validation, LibXML2.structuredErrorHandler, context)
            return xmlRelaxNGValidateDoc(validation, document.pointer)
        }
        return validityIssues(issues, status: status)
    }
}
