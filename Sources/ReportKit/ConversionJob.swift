import Foundation

/// Where a document's bytes come from.
public enum DocumentSource: Sendable, Equatable {
    /// A file.
    case file(URL)
    /// Standard input, already read.
    case standardInput([UInt8])
}

/// One document of a batch: where to read it, what to call it, and where its outputs go.
public struct ConversionJob: Sendable, Equatable {
    /// Where the bytes come from.
    public var source: DocumentSource
    /// The path shown in diagnostics: as the user typed it, joined with the path found inside a
    /// directory they named.
    public var displayPath: String
    /// The name recorded in provenance: the path relative to what the user named (`a/b.txt`), or
    /// `-` for standard input.
    public var inputName: String
    /// What the input holds.
    public var kind: InputKind
    /// The folder and file stem the outputs are written to (`out/a/b`), each format adding its
    /// suffix; `nil` when the output goes to standard output.
    public var outputStem: URL?

    /// Creates a job; ``InputCollector`` makes them from command-line inputs.
    public init(source: DocumentSource, displayPath: String, inputName: String, kind: InputKind, outputStem: URL?) {
        self.source = source
        self.displayPath = displayPath
        self.inputName = inputName
        self.kind = kind
        self.outputStem = outputStem
    }

    /// The output file of one format.
    public func outputURL(suffix: String) -> URL? {
        outputStem.map { $0.deletingLastPathComponent().appendingPathComponent($0.lastPathComponent + suffix) }
    }
}
