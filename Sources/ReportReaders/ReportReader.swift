import ReportModel

/// Reads one input format into a ``Report``.
///
/// Readers fill the metadata, the blocks and the diagnostics; the analysis stage adds the
/// annotations. Every failure is a ``ReaderError`` that says what is wrong and where.
public protocol ReportReader: Sendable {
    /// Reads a report.
    ///
    /// - Parameters:
    ///   - bytes: the input, exactly as stored.
    ///   - options: metadata the user supplied for inputs that do not carry their own.
    func read(_ bytes: [UInt8], options: ReadOptions) throws(ReaderError) -> Report
}

/// What the user tells a reader beyond the input's bytes.
public struct ReadOptions: Sendable, Equatable {
    /// Metadata for inputs that do not give their own: a field set here wins over what a reader
    /// infers from the text (a headline), and loses to what the input states (front matter).
    public var metadata: Metadata
    /// Where the bytes came from. A text reader records it on the report, with the encoding it
    /// decoded; a reader of reportconv's own formats keeps the provenance the document carries.
    public var provenance: Provenance?

    /// Creates options.
    public init(metadata: Metadata = Metadata(), provenance: Provenance? = nil) {
        self.metadata = metadata
        self.provenance = provenance
    }
}

extension Metadata {
    /// Fills every field that is unset here from `other`.
    public func filling(from other: Metadata) -> Metadata {
        Metadata(
            title: title ?? other.title,
            subtitle: subtitle ?? other.subtitle,
            authors: authors.isEmpty ? other.authors : authors,
            published: published ?? other.published,
            source: source ?? other.source,
            publisher: publisher ?? other.publisher,
            url: url ?? other.url,
            language: language ?? other.language,
            identifier: identifier ?? other.identifier,
            keywords: keywords.isEmpty ? other.keywords : keywords,
            byline: byline ?? other.byline,
            dateline: dateline ?? other.dateline
        )
    }
}
