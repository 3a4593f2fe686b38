import ReportModel
import ReportValidation
import ReportXML

/// Reads reportconv's native report XML back into the model it was written from.
///
/// The document is parsed safely (see `XMLDocument`), validated against the bundled
/// `report.xsd`, then walked: block text is the concatenation of each block's text nodes, and each
/// inline element gives the span of its annotation (pieces marked `continued` join the piece
/// before them). Surface texts are taken from the spans. A document that is not valid, or whose
/// spans and references do not hold together, is a ``ReaderError/malformed(message:location:)``.
public struct ReportXMLReader: ReportReader {
    /// The namespace of the native report XML (the writer's `ReportXMLWriter.namespace`).
    public static let namespace = "urn:reportconv:report:1"

    /// Creates a reader.
    public init() {}

    public func read(_ bytes: [UInt8], options: ReadOptions) throws(ReaderError) -> Report {
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(bytes)
        } catch {
            let first = error.issues.first
            throw .malformed(message: "not well-formed XML: \(first?.message ?? "unknown error")",
                             location: SourceLocation(line: max(first?.line ?? 1, 1), column: max(first?.column ?? 1, 1)))
        }
        guard let rootName = document.rootName, rootName.namespace == Self.namespace, rootName.localName == "report" else {
            throw .malformed(message: "not a reportconv report: the root element is not <report> in \(Self.namespace)", location: SourceLocation(line: 1, column: 1))
        }
        let validator = try bundledValidator("report.xsd", as: XSDValidator.self)
        if let issue = validator.validate(parsed: document).first(where: { $0.severity == .error }) {
            throw .malformed(message: "not valid against report.xsd: \(issue.message)", location: SourceLocation(line: issue.line, column: issue.column))
        }
        guard let root = document.rootElement() else {
            throw .malformed(message: "the document has no root element", location: SourceLocation(line: 1, column: 1))
        }
        var builder = Builder()
        let report = builder.build(root)
        if let problem = builder.problems.first ?? report.integrityProblems.first {
            throw .malformed(message: "inconsistent report: \(problem)", location: SourceLocation(line: 1, column: 1))
        }
        return report
    }

    /// Collects the model while walking the tree.
    private struct Builder {
        var blocks: [Block] = []
        var blockTexts: [ScalarText] = []
        var mentions: [String: [Mention]] = [:]
        var demonyms: [String: [Span]] = [:]
        var quoteParts: [String: [Span]] = [:]
        var speakerSpans: [String: Span] = [:]
        var cueSpans: [String: Span] = [:]
        var dateSpans: [String: Span] = [:]
        var citeSpans: [String: [Span]] = [:]
        var figureSpans: [String: Span] = [:]
        /// Records the text never marks (a date or figure with no inline element).
        var problems: [String] = []

        mutating func build(_ root: XMLElement) -> Report {
            var report = Report()
            if let metadata = root.element(named: "metadata") { report.metadata = readMetadata(metadata) }
            for element in root.element(named: "body")?.elements ?? [] {
                readBlock(element)
            }
            report.blocks = blocks
            for element in root.element(named: "entities")?.elements ?? [] {
                let id = element[attribute: "id"] ?? ""
                report.entities.append(Entity(
                    id: id,
                    type: EntityType(rawValue: element[attribute: "type"] ?? "") ?? .organization,
                    subtype: element[attribute: "subtype"],
                    name: element.element(named: "name")?.textContent ?? "",
                    aliases: element.elements(named: "alias").map(\.textContent),
                    mentions: mentions[id] ?? [],
                    demonyms: (demonyms[id] ?? []).map { Mention(span: $0, text: text(of: $0)) }
                ))
            }
            for element in root.element(named: "quotations")?.elements ?? [] {
                let id = element[attribute: "id"] ?? ""
                let parts = quoteParts[id] ?? []
                let speaker = element.element(named: "speaker").map { speaker in
                    Speaker(
                        name: speaker[attribute: "name"] ?? "",
                        entity: speaker[attribute: "entity"],
                        kind: Speaker.Kind(rawValue: speaker[attribute: "kind"] ?? "") ?? .unknown,
                        span: speakerSpans[id]
                    )
                }
                report.quotations.append(Quotation(
                    id: id, text: parts.map { text(of: $0) }.joined(separator: " "), parts: parts,
                    speaker: speaker, cue: element[attribute: "cue"], cueSpan: cueSpans[id]
                ))
            }
            for element in root.element(named: "dates")?.elements ?? [] {
                let id = element[attribute: "id"] ?? ""
                if dateSpans[id] == nil { problems.append("date \(id) is not marked anywhere in the text") }
                let span = dateSpans[id] ?? Span(block: 0, start: 0, end: 0)
                report.dates.append(DateMention(
                    id: id, span: span, text: text(of: span), value: element[attribute: "value"],
                    precision: DatePrecision(rawValue: element[attribute: "precision"] ?? "") ?? .day,
                    relative: element.booleanAttribute("relative"),
                    qualifier: element[attribute: "qualifier"]
                ))
            }
            for element in root.element(named: "citations")?.elements ?? [] {
                let id = element[attribute: "id"] ?? ""
                report.citations.append(Citation(
                    id: id, title: element.element(named: "title")?.textContent ?? "", kind: element[attribute: "kind"],
                    spans: citeSpans[id] ?? [], publisher: element[attribute: "publisher"],
                    publisherEntity: element[attribute: "publisher-entity"]
                ))
            }
            for element in root.element(named: "figures")?.elements ?? [] {
                let id = element[attribute: "id"] ?? ""
                if figureSpans[id] == nil { problems.append("figure \(id) is not marked anywhere in the text") }
                let span = figureSpans[id] ?? Span(block: 0, start: 0, end: 0)
                report.figures.append(Figure(
                    id: id, kind: Figure.Kind(rawValue: element[attribute: "kind"] ?? "") ?? .count, span: span,
                    text: text(of: span), value: Double(element[attribute: "value"] ?? "") ?? .nan,
                    unit: element[attribute: "unit"], qualifier: element[attribute: "qualifier"]
                ))
            }
            for element in root.element(named: "diagnostics")?.elements ?? [] {
                let location: SourceLocation?
                if let line = element[attribute: "line"].flatMap(Int.init), let column = element[attribute: "column"].flatMap(Int.init) {
                    location = SourceLocation(line: line, column: column)
                } else {
                    location = nil
                }
                report.diagnostics.append(Diagnostic(
                    severity: Diagnostic.Severity(rawValue: element[attribute: "severity"] ?? "") ?? .warning,
                    code: element[attribute: "code"] ?? "", message: element.textContent, location: location
                ))
            }
            checkReferenceKinds(report)
            if let provenance = root.element(named: "provenance") {
                report.provenance = Provenance(
                    input: provenance[attribute: "input"] ?? "", sha256: provenance[attribute: "sha256"] ?? "",
                    byteCount: Int(provenance[attribute: "bytes"] ?? "") ?? 0, encoding: provenance[attribute: "encoding"] ?? "",
                    converter: provenance[attribute: "converter"] ?? "", version: provenance[attribute: "version"] ?? "",
                    created: provenance[attribute: "created"]
                )
            }
            return report
        }

        /// The schema makes every reference resolve to some record; this checks it is a record of
        /// the right kind.
        private mutating func checkReferenceKinds(_ report: Report) {
            let entities = Set(report.entities.map(\.id))
            let quotations = Set(report.quotations.map(\.id))
            let dates = Set(report.dates.map(\.id))
            let citations = Set(report.citations.map(\.id))
            let figures = Set(report.figures.map(\.id))
            func check(_ references: some Sequence<String>, _ element: String, _ kinds: Set<String>, _ kind: String) {
                for reference in references.sorted() where !kinds.contains(reference) {
                    problems.append("<\(element)> refers to '\(reference)', which is not \(kind)")
                }
            }
            check(mentions.keys, "mention", entities, "an entity")
            check(demonyms.keys, "demonym", entities, "an entity")
            check(quoteParts.keys, "quote", quotations, "a quotation")
            check(speakerSpans.keys, "speaker", quotations, "a quotation")
            check(cueSpans.keys, "cue", quotations, "a quotation")
            check(dateSpans.keys, "date", dates, "a date")
            check(citeSpans.keys, "cite", citations, "a citation")
            check(figureSpans.keys, "figure", figures, "a figure")
        }

        /// The quotations a `speaker` or `cue` element names: its `ref` is a list.
        private func sharedReferences(_ element: XMLElement) -> [String] {
            (element[attribute: "ref"] ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
        }

        private func text(of span: Span) -> String {
            guard span.block < blockTexts.count else { return "" }
            return blockTexts[span.block].string(span.start..<span.end)
        }

        private func readMetadata(_ element: XMLElement) -> Metadata {
            var metadata = Metadata()
            for child in element.elements {
                let value = child.textContent
                switch child.name {
                case "title": metadata.title = value
                case "subtitle": metadata.subtitle = value
                case "author": metadata.authors.append(value)
                case "published": metadata.published = value
                case "source": metadata.source = value
                case "publisher": metadata.publisher = value
                case "url": metadata.url = value
                case "language": metadata.language = value
                case "identifier": metadata.identifier = value
                case "keyword": metadata.keywords.append(value)
                case "byline": metadata.byline = value
                case "dateline":
                    metadata.dateline = Dateline(
                        text: value, place: child[attribute: "place"] ?? "", date: child[attribute: "date"], source: child[attribute: "source"],
                        span: Span(
                            block: Int(child[attribute: "block"] ?? "") ?? 0,
                            start: Int(child[attribute: "start"] ?? "") ?? 0,
                            end: max(Int(child[attribute: "end"] ?? "") ?? 0, Int(child[attribute: "start"] ?? "") ?? 0)
                        )
                    )
                default: break
                }
            }
            return metadata
        }

        private mutating func readBlock(_ element: XMLElement) {
            let kind: Block.Kind
            switch element.name {
            case "heading": kind = .heading
            case "byline": kind = .byline
            default: kind = .paragraph
            }
            let index = blocks.count
            var scalars: [Unicode.Scalar] = []
            walk(element.children, block: index, scalars: &scalars)
            let text = ScalarText(scalars: scalars)
            blockTexts.append(text)
            blocks.append(Block(
                kind: kind, text: text.string,
                location: SourceLocation(line: Int(element[attribute: "line"] ?? "") ?? 1, column: Int(element[attribute: "column"] ?? "") ?? 1)
            ))
        }

        private mutating func walk(_ nodes: [XMLNode], block: Int, scalars: inout [Unicode.Scalar]) {
            for node in nodes {
                switch node {
                case .text(let value):
                    scalars.append(contentsOf: value.unicodeScalars)
                case .element(let element):
                    let start = scalars.count
                    walk(element.children, block: block, scalars: &scalars)
                    record(element, span: Span(block: block, start: start, end: scalars.count), scalars: scalars)
                }
            }
        }

        private mutating func record(_ element: XMLElement, span: Span, scalars: [Unicode.Scalar]) {
            let continued = element.booleanAttribute("continued")
            // The span of this piece joined to the piece before it, when it continues that piece.
            func merged(with previous: Span?) -> Span? {
                guard continued, let previous, previous.block == span.block, previous.end == span.start else { return nil }
                return Span(block: span.block, start: previous.start, end: span.end)
            }
            func joined(_ spans: inout [Span]) {
                if let whole = merged(with: spans.last) { spans[spans.count - 1] = whole } else { spans.append(span) }
            }
            func joined(_ single: Span?) -> Span {
                merged(with: single) ?? span
            }
            let surface = { (span: Span) in String(scalars: scalars[span.start..<span.end]) }
            switch element.name {
            case "mention":
                let entity = element[attribute: "entity"] ?? ""
                var list = mentions[entity] ?? []
                if let last = list.last, let whole = merged(with: last.span) {
                    list[list.count - 1] = Mention(span: whole, text: surface(whole), title: last.title)
                } else {
                    list.append(Mention(span: span, text: surface(span), title: element[attribute: "title"]))
                }
                mentions[entity] = list
            case "demonym":
                joined(&demonyms[element[attribute: "entity"] ?? "", default: []])
            case "quote":
                joined(&quoteParts[element[attribute: "ref"] ?? "", default: []])
            case "speaker":
                for ref in sharedReferences(element) { speakerSpans[ref] = joined(speakerSpans[ref]) }
            case "cue":
                for ref in sharedReferences(element) { cueSpans[ref] = joined(cueSpans[ref]) }
            case "date":
                let ref = element[attribute: "ref"] ?? ""
                dateSpans[ref] = joined(dateSpans[ref])
            case "cite":
                joined(&citeSpans[element[attribute: "ref"] ?? "", default: []])
            case "figure":
                let ref = element[attribute: "ref"] ?? ""
                figureSpans[ref] = joined(figureSpans[ref])
            default:
                break
            }
        }
    }
}
