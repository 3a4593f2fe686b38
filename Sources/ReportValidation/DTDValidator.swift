import CLibXML2
import Foundation
import ReportXML

/// A parsed document type definition, shared by every thread of the process.
///
/// libxml2 builds a DTD's content models lazily during validation, which changes the shared
/// DTD, so validations against one DTD are serialised by a lock.
public final class DTDValidator: XMLSchemaLanguage, @unchecked Sendable {
    private let dtd: xmlDtdPtr
    private let lock = NSLock()

    public var kind: SchemaKind { .dtd }

    /// Parses a DTD file; it may refer to local files (never network ones).
    public init(contentsOf url: URL) throws(SchemaLoadError) {
        try checkSchemaFileIsReadable(url)
        dtd = try compileSchema(named: url.path, localFiles: true, fallback: "not a usable DTD", free: xmlFreeDtd) { _ in
            xmlParseDTD(nil, url.path)
        }
    }

    deinit {
        xmlFreeDtd(dtd)
    }

    func validate(document: XMLDocument) -> [XMLIssue] {
        lock.lock()
        defer { lock.unlock() }
        let (status, issues) = LibXML2.collectingIssues { _ -> Int32 in
            // A context with no variadic handlers: libxml2 then reports through the thread's
            // structured handler, which collectingIssues installed.
            guard let validation = xmlNewValidCtxt() else { return -1 }
            defer { xmlFreeValidCtxt(validation) }
            validation.pointee.error = nil
            validation.pointee.warning = nil
            // xmlValidateDtd answers 1 for valid and 0 for invalid.
            return xmlValidateDtd(validation, document.pointer, dtd) == 1 ? 0 : 1
        }
        return validityIssues(issues, status: status, invalid: "the document is not valid against the DTD")
    }
}
