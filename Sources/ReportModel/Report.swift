/// A report: its metadata, its text as a list of blocks, the annotations found in that text, the
/// diagnostics raised while reading and analysing it, and where it came from.
///
/// Annotations are stand-off: each refers to its text through ``Span``s into ``blocks``. The model
/// knows nothing of any output format; writers map it onto one.
public struct Report: Sendable, Equatable, Codable {
    /// Descriptive metadata: title, authors, publication date, source and so on.
    public var metadata: Metadata
    /// The text of the report, in reading order.
    public var blocks: [Block]
    /// Named entities, each with all its mentions.
    public var entities: [Entity]
    /// Direct quotations, in the order they open.
    public var quotations: [Quotation]
    /// Calendar expressions, in text order.
    public var dates: [DateMention]
    /// Documents and works the report cites by title.
    public var citations: [Citation]
    /// Numeric expressions: money, percentages and counts.
    public var figures: [Figure]
    /// Warnings and errors raised while reading and analysing the report.
    public var diagnostics: [Diagnostic]
    /// Which input and which converter produced the report.
    public var provenance: Provenance?

    /// Creates a report.
    public init(
        metadata: Metadata = Metadata(),
        blocks: [Block] = [],
        entities: [Entity] = [],
        quotations: [Quotation] = [],
        dates: [DateMention] = [],
        citations: [Citation] = [],
        figures: [Figure] = [],
        diagnostics: [Diagnostic] = [],
        provenance: Provenance? = nil
    ) {
        self.metadata = metadata
        self.blocks = blocks
        self.entities = entities
        self.quotations = quotations
        self.dates = dates
        self.citations = citations
        self.figures = figures
        self.diagnostics = diagnostics
        self.provenance = provenance
    }
}

extension Report {
    /// The text a span covers, exactly as it stands in its block.
    ///
    /// Walks the block's text once; callers that slice many spans of one block should use
    /// ``ScalarText`` instead.
    public func text(of span: Span) -> String {
        ScalarText(blocks[span.block].text).string(span.start..<span.end)
    }

    /// The 1-based line and column in the source where `span` starts.
    public func location(of span: Span) -> SourceLocation {
        blocks[span.block].location(ofOffset: span.start)
    }

    /// The article's body: its paragraphs (no headline, byline or dateline), separated by a blank
    /// line.
    public var articleBody: String {
        blocks.filter { $0.kind == .paragraph }.map(\.text).joined(separator: "\n\n")
    }
}

extension String {
    /// The number of words: maximal runs of letters, digits, apostrophes and hyphens that hold at
    /// least one letter or digit. Combining marks continue a word (a decomposed "é", a Devanagari
    /// virama).
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for scalar in unicodeScalars {
            if scalar.isLetter || scalar.isDigit || (scalar.value >= 0x80 && scalar.properties.numericType != nil) {
                if !inWord { count += 1 }
                inWord = true
            } else if inWord && (scalar == "'" || scalar == "\u{2019}" || scalar == "-") {
                continue
            } else if inWord && scalar.value >= 0x300 && Self.isCombiningMark(scalar) {
                continue
            } else {
                inWord = false
            }
        }
        return count
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
