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
        return document.locating(validate(document: document)).map(ValidationIssue.init)
    }
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

/// Reads a schema file's bytes, or throws the error the command line reports as exit status 2.
func readSchemaFile(_ url: URL) throws(SchemaLoadError) -> [UInt8] {
    do {
        return Array(try Data(contentsOf: url))
    } catch {
        throw SchemaLoadError(schema: url.path, message: "cannot read schema: \(error.localizedDescription)")
    }
}
