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
        try self.init(bytes: Array(text.utf8), name: name, path: nil)
    }

    /// Compiles a schema file; it may include local files (never network ones).
    public convenience init(contentsOf url: URL) throws(SchemaLoadError) {
        try self.init(bytes: try readSchemaFile(url), name: url.path, path: url.path)
    }

    private init(bytes: [UInt8], name: String, path: String?) throws(SchemaLoadError) {
        let (compiled, issues) = LibXML2.collectingIssues { context -> xmlRelaxNGPtr? in
            LibXML2.withLocalSchemaFiles(allowed: path != nil) {
                let parser: xmlRelaxNGParserCtxtPtr?
                if let path {
                    parser = xmlRelaxNGNewParserCtxt(path)
                } else {
                    parser = bytes.withUnsafeBufferPointer { buffer in
                        buffer.withMemoryRebound(to: CChar.self) { xmlRelaxNGNewMemParserCtxt($0.baseAddress, Int32($0.count)) }
                    }
                }
                guard let parser else { return nil }
                defer { xmlRelaxNGFreeParserCtxt(parser) }
                xmlRelaxNGSetParserStructuredErrors(parser, LibXML2.structuredErrorHandler, context)
                return xmlRelaxNGParse(parser)
            }
        }
        guard let compiled, !issues.contains(where: { $0.severity == .error }) else {
            if let compiled { xmlRelaxNGFree(compiled) }
            throw SchemaLoadError(schema: name, xmlIssues: issues, fallback: "not a usable RELAX NG schema")
        }
        schema = compiled
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
        if status != 0 && !issues.contains(where: { $0.severity == .error }) {
            return issues + [XMLIssue(severity: .error, line: 1, column: 1, message: status < 0
                ? "libxml2 could not validate the document (internal error \(status))"
                : "the document is not valid against the schema")]
        }
        return issues
    }
}
