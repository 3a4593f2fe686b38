import ReportModel

/// Reads plain-text reports.
///
/// - Decoding as ``TextDecoder`` describes.
/// - Optional YAML front matter between `---` lines at the very top (see ``FrontMatter``).
/// - Paragraphs are separated by blank lines; a text without any blank line has one paragraph per
///   line.
/// - A headline: a first paragraph of one short line (at most 150 characters and 25 words) that
///   does not end in `.`, `,`, `;` or `:` (an ellipsis, `?` and `!` are allowed) and is not a
///   byline, followed by a blank line and more text.
/// - A byline: a one-line paragraph after the headline (or opening the text when there is none)
///   that reads `By` and one or more names (joined by `and` or `&`), optionally followed by a
///   comma and an affiliation, and followed by more text.
/// - A dateline opening the first body paragraph (see ``DatelineParser``).
///
/// Metadata precedence: front matter, then ``ReadOptions/metadata``, then what is inferred.
/// The language defaults to `en`: the analysis stage reads English.
public struct PlainTextReader: ReportReader {
    /// Creates a reader.
    public init() {}

    public func read(_ bytes: [UInt8], options: ReadOptions) throws(ReaderError) -> Report {
        let decoded = try TextDecoder.decode(bytes)
        var diagnostics = decoded.diagnostics
        let scalars = Array(decoded.text.unicodeScalars)
        let lines = Self.lines(of: scalars)

        var bodyStart = 0
        var frontMatter = FrontMatter()
        if let opening = lines.first, Self.trimmed(scalars, opening) == "---" {
            if let closing = lines.indices.dropFirst().first(where: { ["---", "..."].contains(Self.trimmed(scalars, lines[$0])) }) {
                let yaml = closing > 1 ? String(scalars: scalars[lines[1].lowerBound..<lines[closing - 1].upperBound]) : ""
                frontMatter = try FrontMatter(yaml: yaml, firstLine: 2)
                diagnostics += frontMatter.diagnostics
                bodyStart = closing + 1
            } else {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: "front-matter",
                    message: "front matter opened with '---' is never closed; read as text",
                    location: SourceLocation(line: 1, column: 1)
                ))
            }
        }

        var blocks = Self.paragraphs(scalars, lines: lines, from: bodyStart)
        guard !blocks.isEmpty else { throw bodyStart > 0 ? .noTextAfterFrontMatter : .whitespaceOnly }

        var inferred = Metadata(language: "en")
        var index = 0
        if blocks.count > 1, blocks[0].separatedByBlankLine, Self.isHeadline(blocks[0].block.text),
           BylineParser.authors(in: blocks[0].block.text) == nil {
            blocks[0].block.kind = .heading
            inferred.title = blocks[0].block.text
            index = 1
        }
        if index < blocks.count - 1, let authors = BylineParser.authors(in: blocks[index].block.text) {
            blocks[index].block.kind = .byline
            inferred.byline = blocks[index].block.text
            inferred.authors = authors
            index += 1
        }
        if index < blocks.count, let dateline = DatelineParser.dateline(in: blocks[index].block.text, block: index) {
            inferred.dateline = dateline
        }

        let metadata = frontMatter.metadata.filling(from: options.metadata).filling(from: inferred)
        var provenance = options.provenance
        provenance?.encoding = decoded.encoding
        return Report(metadata: metadata, blocks: blocks.map(\.block), diagnostics: diagnostics, provenance: provenance)
    }

    /// The ranges of the lines of `scalars`, without their `\n`.
    private static func lines(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<scalars.count)
        return lines
    }

    private static func trimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(scalars: scalars[range]).trimmingWhitespace
    }

    private static func isBlank(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        scalars[range].allSatisfy { $0.isSpace }
    }

    /// A paragraph with whether a blank line follows it.
    private struct Paragraph {
        var block: Block
        var separatedByBlankLine: Bool
    }

    /// Groups lines into paragraphs: runs of non-blank lines, or single lines when the text has no
    /// blank line at all.
    private static func paragraphs(_ scalars: [Unicode.Scalar], lines: [Range<Int>], from first: Int) -> [Paragraph] {
        let contentLines = (first..<lines.count).filter { !isBlank(scalars, lines[$0]) }
        guard let firstContent = contentLines.first, let lastContent = contentLines.last else { return [] }
        let hasBlankLine = (firstContent...lastContent).contains { isBlank(scalars, lines[$0]) }

        var groups: [ClosedRange<Int>] = []
        var groupStart: Int?
        for lineIndex in firstContent...lastContent {
            let blank = isBlank(scalars, lines[lineIndex])
            if !hasBlankLine {
                groups.append(lineIndex...lineIndex)
            } else if blank, let start = groupStart {
                groups.append(start...lineIndex - 1)
                groupStart = nil
            } else if !blank, groupStart == nil {
                groupStart = lineIndex
            }
        }
        if hasBlankLine, let start = groupStart { groups.append(start...lastContent) }

        return groups.map { group in
            var lower = lines[group.lowerBound].lowerBound
            while scalars[lower].isSpace { lower += 1 }
            var upper = lines[group.upperBound].upperBound
            while scalars[upper - 1].isSpace { upper -= 1 }
            let column = lower - lines[group.lowerBound].lowerBound + 1
            let block = Block(
                kind: .paragraph,
                text: String(scalars: scalars[lower..<upper]),
                location: SourceLocation(line: group.lowerBound + 1, column: column)
            )
            return Paragraph(block: block, separatedByBlankLine: hasBlankLine)
        }
    }

    /// Whether a first paragraph reads as a headline.
    static func isHeadline(_ text: String) -> Bool {
        guard !text.contains("\n"), text.unicodeScalars.count <= 150, text.split(separator: " ").count <= 25 else { return false }
        // The punctuation that ends the text, inside any closing quotation marks and brackets:
        // `Smith said: "We won."` ends a sentence.
        let closers = "\"'\u{201D}\u{2019}\u{BB})]".unicodeScalars
        let scalars = text.unicodeScalars
        guard let lastIndex = scalars.lastIndex(where: { !closers.contains($0) }) else { return false }
        let inner = scalars[...lastIndex]
        if inner.last == "\u{2026}" || inner.suffix(3).elementsEqual("...".unicodeScalars) { return true }
        return !".,;:".unicodeScalars.contains(scalars[lastIndex])
    }
}
