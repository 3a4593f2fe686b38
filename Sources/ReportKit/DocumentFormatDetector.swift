import ReportValidation
import ReportWriters
import ReportXML

/// Recognises which of reportconv's formats a document is in, for `reportconv validate`: by the root
/// element's namespace for XML, by its shape for JSON.
public enum DocumentFormatDetector {
    /// What a document was recognised as.
    public enum Recognition: Sendable, Equatable {
        /// One of the formats, with the bundled schema that checks it.
        case format(id: String, schemaFile: String)
        /// Not recognised, with why.
        case unknown(String)
    }

    /// A format of the registry, by id.
    private static func format(_ id: String) -> Recognition {
        let format = FormatRegistry.writers.first { $0.format.id == id }!.format
        return .format(id: format.id, schemaFile: format.schemaFile)
    }

    /// Recognises a document from its bytes.
    public static func recognise(_ bytes: [UInt8]) -> Recognition {
        guard let first = bytes.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }).first else {
            return .unknown("the document is empty")
        }
        if first == UInt8(ascii: "<") {
            guard let document = try? XMLDocument.parse(bytes), let root = document.rootName else {
                // Let the schema report the parse errors in full.
                return format("xml")
            }
            if root.namespace == ReportXMLWriter.namespace { return format("xml") }
            return .unknown("an XML vocabulary reportconv has no bundled schema for (root element {\(root.namespace ?? "")}\(root.localName)); name one with --schema")
        }
        if first == UInt8(ascii: "{") {
            guard let object = (try? JSONParser.parse(bytes))?.objectValue else {
                // Let the schema report the parse errors in full.
                return format("json")
            }
            if object["@context"] != nil { return format("jsonld") }
            if object["blocks"] != nil || object["metadata"] != nil { return format("json") }
            return .unknown("JSON that is neither reportconv's report model nor its JSON-LD; name a schema with --schema")
        }
        return .unknown("neither XML nor JSON")
    }
}
