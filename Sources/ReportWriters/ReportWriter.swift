import ReportModel

/// Maps the report model onto one output format.
///
/// A writer sees only the model and returns bytes; it never validates, and it never writes a file.
/// Its ``format`` names the schema its output must satisfy, which the pipeline checks before
/// anything is written.
public protocol ReportWriter: Sendable {
    /// What the writer produces.
    var format: OutputFormat { get }

    /// The report in the writer's format.
    ///
    /// - Throws: ``ReportWriterError`` when the report holds something the format cannot carry.
    func write(_ report: Report) throws(ReportWriterError) -> [UInt8]
}

/// A format a writer produces.
public struct OutputFormat: Sendable, Equatable, Hashable {
    /// The id used on the command line (`xml`, `json`, `jsonld`).
    public var id: String
    /// What the format is, for `reportconv formats`.
    public var summary: String
    /// The suffix of output files, with its leading dot (`.report.xml`).
    public var fileSuffix: String
    /// The media type.
    public var mediaType: String
    /// The file name of the schema in `Schemas/` that every output must satisfy.
    public var schemaFile: String

    /// Creates a format description.
    public init(id: String, summary: String, fileSuffix: String, mediaType: String, schemaFile: String) {
        self.id = id
        self.summary = summary
        self.fileSuffix = fileSuffix
        self.mediaType = mediaType
        self.schemaFile = schemaFile
    }
}

/// Why a writer could not map a report.
public enum ReportWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The report holds something the format cannot represent.
    case unrepresentable(String)

    public var description: String {
        switch self {
        case .unrepresentable(let message): message
        }
    }
}

extension Report {
    /// Throws when a figure has no finite value: no format writes infinity or NaN as a number.
    func checkFiguresAreFinite() throws(ReportWriterError) {
        if let figure = figures.first(where: { !$0.value.isFinite }) {
            throw .unrepresentable("figure \(figure.id) has no finite value")
        }
    }
}
