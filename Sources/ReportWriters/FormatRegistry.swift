/// The one list of output formats: `reportconv formats`, the `--format` help, the unknown-format
/// error and the tests that loop over all writers all read it.
public enum FormatRegistry {
    /// Every writer, in the order `reportconv formats` lists them.
    public static let writers: [any ReportWriter] = [
        ReportXMLWriter(),
        ReportJSONWriter(),
        JSONLDWriter(),
    ]

    /// The ids of all formats, in order.
    public static var ids: [String] { writers.map(\.format.id) }

    /// The writer for a format id.
    ///
    /// - Throws: ``UnknownFormatError`` naming the id and the known ones.
    public static func writer(for id: String) throws(UnknownFormatError) -> any ReportWriter {
        guard let writer = writers.first(where: { $0.format.id == id }) else {
            throw UnknownFormatError(id: id, known: ids)
        }
        return writer
    }
}

/// A format id that no writer has.
public struct UnknownFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The id asked for.
    public var id: String
    /// The ids that exist.
    public var known: [String]

    public var description: String {
        "unknown format '\(id)'; known formats: \(known.joined(separator: ", "))"
    }
}
