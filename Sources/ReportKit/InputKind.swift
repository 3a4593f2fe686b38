import ReportReaders
import ReportWriters

/// What an input file holds, by its name: plain text to read and analyse, or a report model already
/// written by reportconv (native XML or model JSON), read back as it is.
public enum InputKind: Sendable, Equatable {
    /// A plain-text report (`.txt`, `.text`, or any name without a known suffix).
    case plainText
    /// Native report XML (`.report.xml`).
    case reportXML
    /// The report model as JSON (`.report.json`).
    case reportJSON

    /// The suffixes of files that directory conversion picks up: only plain text, so that outputs
    /// written beside their inputs are never read back as inputs.
    public static let directorySuffixes = [".txt", ".text"]

    /// The suffix of files of this kind that reportconv reads back: its writer's output suffix.
    private var readBackSuffix: String? {
        switch self {
        case .plainText: nil
        case .reportXML: ReportXMLWriter().format.fileSuffix
        case .reportJSON: ReportJSONWriter().format.fileSuffix
        }
    }

    /// The kind of a file, by name.
    public init(fileName: String) {
        let lower = fileName.lowercased()
        self = [InputKind.reportXML, .reportJSON].first { $0.readBackSuffix.map(lower.hasSuffix) == true } ?? .plainText
    }

    /// The file name without its input suffix: the stem that output suffixes are added to.
    public static func stem(of fileName: String) -> String {
        let lower = fileName.lowercased()
        let suffixes = [InputKind.reportXML, .reportJSON].compactMap(\.readBackSuffix) + directorySuffixes
        for suffix in suffixes where lower.hasSuffix(suffix) && lower.count > suffix.count {
            return String(fileName.dropLast(suffix.count))
        }
        if let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex {
            return String(fileName[..<dot])
        }
        return fileName
    }

    /// The reader for this kind.
    var reader: any ReportReader {
        switch self {
        case .plainText: PlainTextReader()
        case .reportXML: ReportXMLReader()
        case .reportJSON: ReportJSONReader()
        }
    }

    /// Whether the analysis stage runs on what the reader returns (it does not on a model that
    /// was already analysed).
    var needsAnalysis: Bool { self == .plainText }
}
