import Crypto
import Foundation
import ReportAnalysis
import ReportModel
import ReportReaders
import ReportValidation
import ReportWriters

/// What the user asks of a conversion, beyond the inputs.
public struct ConversionOptions: Sendable {
    /// The formats to write, in the order given.
    public var formats: [String]
    /// Metadata for inputs that do not carry their own (`--title`, `--published`, `--source`).
    public var metadata: Metadata
    /// When the conversion ran, for provenance; `nil` keeps output free of timestamps. The command
    /// line sets it from `SOURCE_DATE_EPOCH`.
    public var created: Date?

    /// Creates options.
    public init(formats: [String] = ["xml"], metadata: Metadata = Metadata(), created: Date? = nil) {
        self.formats = formats
        self.metadata = metadata
        self.created = created
    }
}

/// One output of a document: its format and its validated bytes.
public struct ConvertedOutput: Sendable {
    /// The format.
    public var format: OutputFormat
    /// The bytes, valid against the format's schema.
    public var bytes: [UInt8]
}

/// What converting one document gave.
public struct DocumentConversion: Sendable {
    /// The report, when the input could be read.
    public var report: Report?
    /// The outputs, all valid; empty when the document failed.
    public var outputs: [ConvertedOutput]
    /// Everything worth telling: the report's own diagnostics and any error.
    public var diagnostics: [Diagnostic]

    /// Whether the document failed: it has an error and no outputs.
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Converts one document: read, analyse, write each format, validate each output against its
/// schema. Nothing is written to disk here. Safe to use from many threads at once.
public struct DocumentConverter: Sendable {
    private let writers: [any ReportWriter]
    private let validators: [any DocumentValidator]
    private let options: ConversionOptions
    /// `options.created` in ISO 8601, formatted once for every document.
    private let createdStamp: String?
    private let analyzer = ReportAnalyzer()

    /// Prepares a converter: looks up the writers and compiles their schemas.
    ///
    /// - Throws: ``UnknownFormatError`` for a format id no writer has; ``SchemaLoadError`` when a
    ///   bundled schema does not compile.
    public init(options: ConversionOptions) throws {
        var writers: [any ReportWriter] = []
        for id in options.formats {
            writers.append(try FormatRegistry.writer(for: id))
        }
        self.writers = writers
        validators = try writers.map { writer throws(SchemaLoadError) in try BundledSchemas.validator(for: writer.format.schemaFile) }
        self.options = options
        createdStamp = options.created.map(Self.timestamp)
    }

    /// The formats this converter writes.
    public var formats: [OutputFormat] { writers.map(\.format) }

    /// Converts the bytes of one input.
    ///
    /// - Parameters:
    ///   - bytes: the input.
    ///   - name: the input's name for provenance: relative to what the user gave, or `-`.
    ///   - kind: what the input holds.
    public func convert(_ bytes: [UInt8], name: String, kind: InputKind) -> DocumentConversion {
        let provenance = Provenance(
            input: name,
            sha256: Self.sha256(bytes),
            byteCount: bytes.count,
            encoding: "",
            converter: ConverterInfo.name,
            version: ConverterInfo.version,
            created: createdStamp
        )
        var report: Report
        do {
            report = try kind.reader.read(bytes, options: ReadOptions(metadata: options.metadata, provenance: provenance))
        } catch {
            return DocumentConversion(report: nil, outputs: [], diagnostics: [error.diagnostic])
        }
        if kind.needsAnalysis {
            report = analyzer.analyze(report)
        }

        var outputs: [ConvertedOutput] = []
        // A report read back from reportconv's own formats keeps the diagnostics of its first
        // conversion, whose locations refer to the original text: they are not this run's.
        var diagnostics = kind.needsAnalysis ? report.diagnostics : []
        for (writer, validator) in zip(writers, validators) {
            let bytes: [UInt8]
            do {
                bytes = try writer.write(report)
            } catch {
                diagnostics.append(Diagnostic(severity: .error, code: "write-failed", message: "cannot write \(writer.format.id): \(error)"))
                continue
            }
            let issues = validator.validate(bytes).filter { $0.severity == .error }
            if let first = issues.first {
                diagnostics.append(Diagnostic(
                    severity: .error, code: "invalid-output",
                    message: "the \(writer.format.id) output is not valid against \(writer.format.schemaFile) (output line \(first.line), column \(first.column): \(first.message)); nothing written"
                ))
                continue
            }
            outputs.append(ConvertedOutput(format: writer.format, bytes: bytes))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { outputs = [] }
        return DocumentConversion(report: report, outputs: outputs, diagnostics: diagnostics)
    }

    /// The SHA-256 digest of `bytes`, lower-case hexadecimal.
    static func sha256(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
