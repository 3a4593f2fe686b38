import ReportModel

/// The analysis stage: finds entities, quotations with their speakers, dates, cited works and
/// figures in a report's blocks, and adds them to the report with the diagnostics they raise.
///
/// Analysis never fails: what it cannot settle it leaves out or marks (an unbalanced quotation
/// mark is a warning, a relative date without a publication date has no value).
public struct ReportAnalyzer: Sendable {
    private let tokenizer: Tokenizer
    private let splitter: SentenceSplitter
    private let chunker: NameChunker
    private let resolver: EntityResolver
    private let attributor: SpeakerAttributor
    private let citationFinder: CitationFinder

    /// Creates an analyzer with the built-in knowledge.
    public init() {
        splitter = SentenceSplitter(titleAbbreviations: Lexicon.titleAbbreviations)
        let nonNames = Set(Lexicon.lines("non-names.txt"))
        chunker = NameChunker(gazetteer: .shared, nonNames: nonNames, speechVerbs: Lexicon.speechVerbs)
        resolver = EntityResolver(gazetteer: .shared, nonNames: nonNames)
        attributor = SpeakerAttributor(
            speechVerbs: Lexicon.speechVerbs, speakerNouns: Lexicon.speakerNouns,
            titles: Set(Gazetteer.shared.personTitles.keys.filter { !$0.contains(" ") })
        )
        citationFinder = .standard
        tokenizer = .standard
    }

    /// The report with its annotations added (replacing any it had).
    public func analyze(_ report: Report) -> Report {
        var result = report
        let blocks = report.blocks.enumerated().map { index, block in
            AnalyzedBlock(index: index, block: block, tokenizer: tokenizer, splitter: splitter)
        }

        // Titles of cited works first: the names inside a title are not mentions.
        let found = citationFinder.find(in: blocks)
        let titleSpans = SpanIndex(found.flatMap(\.spans))
        let candidates = blocks.flatMap { chunker.candidates(in: $0) }.filter { !titleSpans.overlapsAny($0.span) }
        result.entities = resolver.resolve(candidates, blocks: blocks)
        let mentions = MentionIndex(entities: result.entities)
        result.citations = citationFinder.attachPublishers(found, blocks: blocks, mentions: mentions).enumerated().map { index, found in
            Citation(id: "c\(index + 1)", title: found.title, kind: found.kind, spans: found.spans, publisher: found.publisher, publisherEntity: found.publisherEntity)
        }
        let (quotations, quotationDiagnostics) = findQuotations(in: blocks, report: report, mentions: mentions, citations: result.citations)
        result.quotations = quotations
        let (dates, dateDiagnostics) = findDates(in: blocks, report: report)
        result.dates = dates
        result.figures = findFigures(in: blocks, excluding: dates.map(\.span))
        result.diagnostics = report.diagnostics + quotationDiagnostics + dateDiagnostics
        return result
    }

    private func findQuotations(in blocks: [AnalyzedBlock], report: Report, mentions: MentionIndex, citations: [Citation]) -> ([Quotation], [Diagnostic]) {
        let (candidates, strays) = QuotationFinder().find(in: blocks)
        let diagnostics = strayMarkWarnings(strays, report: report)

        let titleSpans = Set(citations.flatMap(\.spans))
        let kept = candidates.filter { candidate in
            !(candidate.parts.count == 1 && titleSpans.contains(candidate.parts[0]))
        }
        let attributions = attributor.attribute(kept, blocks: blocks, mentions: mentions)
        var quotations: [Quotation] = []
        for (candidate, attribution) in zip(kept, attributions) {
            let words = candidate.parts.reduce(0) { count, part in
                let block = blocks[part.block]
                let first = block.firstToken(atOrAfter: part.start)
                let last = block.firstToken(atOrAfter: part.end)
                return count + (first..<last).filter { block.tokens[$0].kind == .word || block.tokens[$0].kind == .number }.count
            }
            // One- or two-word scare quotes are not quotations, unless a speech verb attributes them.
            if words <= 2 && attribution.source != .adjacent && attribution.source != .sentence { continue }
            if words == 0 { continue }
            let text = candidate.parts.map { blocks[$0.block].string($0.start..<$0.end) }.joined(separator: " ")
            quotations.append(Quotation(
                id: "q\(quotations.count + 1)", text: text, parts: candidate.parts,
                speaker: attribution.speaker, cue: attribution.cue, cueSpan: attribution.cueSpan
            ))
        }
        return (quotations, diagnostics)
    }

    private func findFigures(in blocks: [AnalyzedBlock], excluding dates: [Span]) -> [Figure] {
        let excluded = SpanIndex(dates)
        let recognizer = FigureRecognizer()
        var figures: [Figure] = []
        for block in blocks {
            for found in recognizer.recognize(block, excluding: excluded) {
                figures.append(Figure(
                    id: "f\(figures.count + 1)", kind: found.kind, span: found.span, text: found.text,
                    value: found.value, unit: found.unit, qualifier: found.qualifier
                ))
            }
        }
        return figures
    }

    /// The most stray quotation marks warned about one by one in a report; the rest are counted in
    /// one last warning, so that a mangled file gives a readable report rather than a flood.
    static let strayMarkWarningLimit = 100

    private func strayMarkWarnings(_ strays: [(block: Int, offset: Int, reason: String)], report: Report) -> [Diagnostic] {
        let ordered = strays.sorted { ($0.block, $0.offset) < ($1.block, $1.offset) }
        let shown = ordered.prefix(Self.strayMarkWarningLimit)
        var diagnostics: [Diagnostic] = []
        var start = shown.startIndex
        while start < shown.endIndex {
            let block = shown[start].block
            let end = shown[start...].firstIndex { $0.block != block } ?? shown.endIndex
            let locations = report.blocks[block].locations(ofOffsets: shown[start..<end].map(\.offset))
            for (stray, location) in zip(shown[start..<end], locations) {
                diagnostics.append(Diagnostic(severity: .warning, code: "unbalanced-quotation-mark", message: stray.reason, location: location))
            }
            start = end
        }
        if ordered.count > shown.count, let last = diagnostics.last {
            let more = ordered.count - shown.count
            diagnostics.append(Diagnostic(
                severity: .warning, code: "unbalanced-quotation-mark",
                message: "\(more) more unbalanced quotation mark\(more == 1 ? "" : "s") after this one, not listed",
                location: last.location
            ))
        }
        return diagnostics
    }

    private func findDates(in blocks: [AnalyzedBlock], report: Report) -> ([DateMention], [Diagnostic]) {
        let publication = report.metadata.published.flatMap(CivilDate.init(iso:))
        let recognizer = DateRecognizer(publication: publication)
        var dates: [DateMention] = []
        for block in blocks {
            for found in recognizer.recognize(block) {
                dates.append(DateMention(
                    id: "d\(dates.count + 1)", span: found.span, text: found.text, value: found.value,
                    precision: found.precision, relative: found.relative, qualifier: found.qualifier
                ))
            }
        }
        var diagnostics: [Diagnostic] = []
        let unresolved = dates.filter { $0.relative && $0.value == nil }
        if let first = unresolved.first, publication == nil {
            diagnostics.append(Diagnostic(
                severity: .note, code: "unresolved-relative-date",
                message: "\(unresolved.count) relative date\(unresolved.count == 1 ? "" : "s") left without a value: the report has no publication date (give one in front matter or with --published)",
                location: report.location(of: first.span)
            ))
        }
        return (dates, diagnostics)
    }
}
