import Foundation
import ReportModel

/// Writes the report model as JSON: the whole model, as its `Codable` form, with sorted keys, so
/// that other programs can read, filter and write reports between reading and writing (as pandoc's
/// JSON AST allows). It carries every field of the evaluation contract in
/// `docs/design.md`; `Schemas/report.schema.json` describes it.
public struct ReportJSONWriter: ReportWriter {
    public let format = OutputFormat(
        id: "json", summary: "the report model as JSON (lossless; the evaluation format)",
        fileSuffix: ".report.json", mediaType: "application/json", schemaFile: "report.schema.json"
    )

    /// Creates the writer.
    public init() {}

    public func write(_ report: Report) throws(ReportWriterError) -> [UInt8] {
        if let figure = report.figures.first(where: { !$0.value.isFinite }) {
            throw .unrepresentable("figure \(figure.id) has no finite value")
        }
        return try JSONOutput.encode(report)
    }
}

/// The JSON encoding every JSON writer uses: UTF-8, keys sorted, slashes unescaped, indented, and a
/// final line feed, so that the same model always gives the same bytes.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws(ReportWriterError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var bytes = Array(try encoder.encode(value))
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        } catch {
            throw .internalError("JSON encoding failed: \(error)")
        }
    }
}
