/// Something that checks a document's bytes against one compiled schema.
///
/// Implementations compile their schema once and are shared by all threads of the process.
public protocol DocumentValidator: Sendable {
    /// What kind of schema this is.
    var kind: SchemaKind { get }

    /// Checks a document; returns every issue found, an empty list for a valid document.
    /// A document that does not parse is reported through issues too, never thrown.
    func validate(_ bytes: [UInt8]) -> [ValidationIssue]
}

/// The schema languages reportconv validates with.
public enum SchemaKind: String, Sendable, Equatable, CaseIterable {
    /// W3C XML Schema 1.0 (`.xsd`).
    case xsd
    /// RELAX NG, XML syntax (`.rng`).
    case relaxNG = "rng"
    /// XML 1.0 document type definition (`.dtd`).
    case dtd
    /// JSON Schema, draft 2020-12 (`.json`).
    case jsonSchema = "json"

    /// The kind a schema file's extension names, or `nil`.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "xsd": self = .xsd
        case "rng": self = .relaxNG
        case "dtd": self = .dtd
        case "json": self = .jsonSchema
        default: return nil
        }
    }
}
