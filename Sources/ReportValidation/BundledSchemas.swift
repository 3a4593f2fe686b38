import Foundation
import ReportSchemas


/// The schemas the tool ships, compiled once per process and shared by all threads.
public enum BundledSchemas {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var compiled: [String: any DocumentValidator] = [:]

    /// The validator of a bundled schema file (`report.xsd`, `report.schema.json`).
    ///
    /// - Throws: ``SchemaLoadError`` when the file is not bundled or does not compile — the tool
    ///   cannot work then (exit status 2).
    public static func validator(for schemaFile: String) throws(SchemaLoadError) -> any DocumentValidator {
        lock.lock()
        defer { lock.unlock() }
        if let validator = compiled[schemaFile] { return validator }
        guard let text = SchemaFiles.text(named: schemaFile) else {
            throw SchemaLoadError(schema: schemaFile, message: "no bundled schema of this name")
        }
        guard let kind = SchemaKind(fileExtension: (schemaFile as NSString).pathExtension) else {
            throw SchemaLoadError(schema: schemaFile, message: "unknown schema language")
        }
        let validator = try compile(text: text, name: schemaFile, kind: kind)
        compiled[schemaFile] = validator
        return validator
    }

    /// Empties the cache of compiled schemas, so that a test can watch a first use (reached
    /// through `@testable import`; the tool never calls it).
    static func resetCacheForTesting() {
        lock.lock()
        defer { lock.unlock() }
        compiled = [:]
    }

    /// Compiles a schema from its text.
    static func compile(text: String, name: String, kind: SchemaKind) throws(SchemaLoadError) -> any DocumentValidator {
        switch kind {
        case .xsd: try XSDValidator(text: text, name: name)
        case .relaxNG: try RelaxNGValidator(text: text, name: name)
        case .jsonSchema: try JSONSchemaValidator(text: text, name: name)
        case .dtd: throw SchemaLoadError(schema: name, message: "DTDs are only read from files")
        }
    }

    /// A validator for a schema file the user names (`--schema`), by its extension.
    public static func validator(contentsOf url: URL) throws(SchemaLoadError) -> any DocumentValidator {
        switch SchemaKind(fileExtension: url.pathExtension) {
        case .xsd: return try XSDValidator(contentsOf: url)
        case .relaxNG: return try RelaxNGValidator(contentsOf: url)
        case .dtd: return try DTDValidator(contentsOf: url)
        case .jsonSchema: return try JSONSchemaValidator(contentsOf: url)
        case nil: throw SchemaLoadError(schema: url.path, message: "unknown schema language: expected a .xsd, .rng, .dtd or .json file")
        }
    }
}
