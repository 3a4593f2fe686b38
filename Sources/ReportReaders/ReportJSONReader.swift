import Foundation
import ReportModel
import ReportValidation

/// Reads the report model back from reportconv's `json` format.
///
/// The text is parsed strictly first (so that a syntax error gets its line and column), checked
/// against the bundled `report.schema.json`, decoded, and checked for integrity (spans inside
/// their blocks, texts matching spans, references resolving). Any failure is a
/// ``ReaderError/malformed(message:location:)``.
public struct ReportJSONReader: ReportReader {
    /// Creates a reader.
    public init() {}

    public func read(_ bytes: [UInt8], options: ReadOptions) throws(ReaderError) -> Report {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw .malformed(message: "not valid JSON: \(error.message)", location: SourceLocation(line: error.line, column: error.column))
        }
        let validator = try bundledValidator("report.schema.json", as: JSONSchemaValidator.self)
        if let issue = validator.validate(parsed: document, source: bytes).first(where: { $0.severity == .error }) {
            throw .malformed(message: "not a valid report model: \(issue.message)", location: SourceLocation(line: issue.line, column: issue.column))
        }
        let report: Report
        do {
            report = try JSONDecoder().decode(Report.self, from: Data(bytes))
        } catch {
            throw .malformed(message: "not a report model: \(error)", location: SourceLocation(line: 1, column: 1))
        }
        if let problem = report.integrityProblems.first {
            throw .malformed(message: "inconsistent report: \(problem)", location: SourceLocation(line: 1, column: 1))
        }
        return report
    }
}
