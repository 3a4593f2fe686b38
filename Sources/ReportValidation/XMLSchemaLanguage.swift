import Foundation
import ReportXML

/// What the three libxml2 schema languages share: parse the document safely, validate it, and
/// turn libxml2's issues into located ``ValidationIssue``s.
protocol XMLSchemaLanguage: DocumentValidator {
    /// Validates a parsed document; issues may lack a column, which the caller fills in.
    func validate(document: XMLDocument) -> [XMLIssue]
}

extension XMLSchemaLanguage {
    public func validate(_ bytes: [UInt8]) -> [ValidationIssue] {
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(bytes)
        } catch {
            return error.issues.map(ValidationIssue.init)
        }
        return validateParsed(document)
    }

    /// Validates a document already parsed, with each issue located.
    func validateParsed(_ document: XMLDocument) -> [ValidationIssue] {
        document.locating(validate(document: document)).map(ValidationIssue.init)
    }
}

/// Compiles a schema with libxml2, collecting its issues: `compile` gets the error context to hand
/// to libxml2's structured-error setters. A result with errors is freed and becomes the thrown
/// ``SchemaLoadError`` (with `fallback` when libxml2 said nothing).
func compileSchema<Compiled>(
    named name: String, localFiles: Bool, fallback: String, free: (Compiled) -> Void,
    _ compile: (UnsafeMutableRawPointer) -> Compiled?
) throws(SchemaLoadError) -> Compiled {
    let (compiled, issues) = LibXML2.collectingIssues { context in
        LibXML2.withLocalSchemaFiles(allowed: localFiles) { compile(context) }
    }
    guard let compiled, !issues.containsErrors else {
        if let compiled { free(compiled) }
        throw SchemaLoadError(schema: name, xmlIssues: issues, fallback: fallback)
    }
    return compiled
}

/// The issues of a libxml2 validation that returned `status` (0 valid, above 0 invalid, below 0
/// an internal error). libxml2 can fail without saying why; then one error says so.
func validityIssues(_ issues: [XMLIssue], status: Int32, invalid: String = "the document is not valid against the schema") -> [XMLIssue] {
    guard status != 0, !issues.containsErrors else { return issues }
    let message = status < 0 ? "libxml2 could not validate the document (internal error \(status))" : invalid
    return issues + [XMLIssue(severity: .error, line: 1, column: 1, message: message)]
}

extension Array where Element == XMLIssue {
    /// Whether any issue is an error.
    var containsErrors: Bool { contains { $0.severity == .error } }
}

extension ValidationIssue {
    /// Converts a libxml2 issue.
    init(_ issue: XMLIssue) {
        self.init(
            severity: issue.severity == .warning ? .warning : .error,
            line: max(issue.line, 1),
            column: max(issue.column, 1),
            message: issue.message
        )
    }
}

extension SchemaLoadError {
    /// A load error from libxml2's issues, or from `fallback` when libxml2 said nothing.
    init(schema: String, xmlIssues: [XMLIssue], fallback: String) {
        let errors = xmlIssues.filter { $0.severity == .error }
        if errors.isEmpty {
            self.init(schema: schema, message: fallback)
        } else {
            self.init(schema: schema, issues: errors.map(ValidationIssue.init))
        }
    }
}

/// Where libxml2 reads a schema from.
enum SchemaSource {
    /// A schema held in memory, named in messages; it may not include other files.
    case memory([UInt8], name: String)
    /// A schema file, which may include local files (never network ones).
    case file(URL)

    /// The name used in messages.
    var name: String {
        switch self {
        case .memory(_, let name): return name
        case .file(let url): return url.path
        }
    }

    /// Whether the schema may read local files.
    var readsLocalFiles: Bool {
        if case .file = self { return true }
        return false
    }

    /// libxml2's parser context for the schema, made by the language's constructor for a path or
    /// for a buffer.
    func parserContext<Context>(
        fromPath: (UnsafePointer<CChar>) -> Context?, fromMemory: (UnsafePointer<CChar>?, Int32) -> Context?
    ) -> Context? {
        switch self {
        case .file(let url):
            return fromPath(url.path)
        case .memory(let bytes, _):
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { fromMemory($0.baseAddress, Int32($0.count)) }
            }
        }
    }
}

/// Throws the error the command line reports as exit status 2 when a schema file cannot be opened;
/// libxml2 then reads it itself, by path.
func checkSchemaFileIsReadable(_ url: URL) throws(SchemaLoadError) {
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
        throw SchemaLoadError(schema: url.path, message: "cannot read schema: \(String(cString: strerror(errno)))")
    }
    close(descriptor)
}

/// Reads a schema file's bytes, or throws the error the command line reports as exit status 2.
func readSchemaFile(_ url: URL) throws(SchemaLoadError) -> [UInt8] {
    do {
        return Array(try Data(contentsOf: url))
    } catch {
        throw SchemaLoadError(schema: url.path, message: "cannot read schema: \(error.localizedDescription)")
    }
}
