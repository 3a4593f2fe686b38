import ReportModel

/// Writes the native report XML: the whole model, losslessly, in reportconv's own namespace.
///
/// Metadata, provenance and the annotation records (entities, quotations, dates, citations,
/// figures, diagnostics) are elements of their own; the blocks carry the annotations' spans as
/// inline elements (`mention`, `demonym`, `quote`, `speaker`, `cue`, `date`, `cite`, `figure`;
/// a speaker or cue shared by several quotations is one element that lists them all)
/// built by ``InlineMarkup``, so the text reads as marked-up prose and every span can be read back
/// exactly. `Schemas/report.xsd` describes the format.
public struct ReportXMLWriter: ReportWriter {
    /// The namespace of the native report XML.
    public static let namespace = "urn:reportconv:report:1"

    public let format = OutputFormat(
        id: "xml", summary: "native report XML, lossless (reads back into the same model)",
        fileSuffix: ".report.xml", mediaType: "application/xml", schemaFile: "report.xsd"
    )

    /// Creates the writer.
    public init() {}

    public func write(_ report: Report) throws(ReportWriterError) -> [UInt8] {
        try report.checkFiguresAreFinite()
        var xml = XMLEmitter()
        xml.open("report", [("xmlns", Self.namespace), ("version", "1")])
        writeMetadata(report.metadata, to: &xml)
        writeBody(report, to: &xml)
        writeRecords(report, to: &xml)
        if let provenance = report.provenance {
            xml.empty("provenance", [
                ("input", provenance.input), ("sha256", provenance.sha256), ("bytes", String(provenance.byteCount)),
                ("encoding", provenance.encoding), ("converter", provenance.converter), ("version", provenance.version),
                ("created", provenance.created),
            ])
        }
        xml.close()
        do {
            return try xml.finish()
        } catch {
            throw .unrepresentable(error.description)
        }
    }

    private func writeMetadata(_ metadata: Metadata, to xml: inout XMLEmitter) {
        xml.open("metadata")
        if let title = metadata.title { xml.element("title", text: title) }
        if let subtitle = metadata.subtitle { xml.element("subtitle", text: subtitle) }
        for author in metadata.authors { xml.element("author", text: author) }
        if let published = metadata.published { xml.element("published", text: published) }
        if let source = metadata.source { xml.element("source", text: source) }
        if let publisher = metadata.publisher { xml.element("publisher", text: publisher) }
        if let url = metadata.url { xml.element("url", text: url) }
        if let language = metadata.language { xml.element("language", text: language) }
        if let identifier = metadata.identifier { xml.element("identifier", text: identifier) }
        for keyword in metadata.keywords { xml.element("keyword", text: keyword) }
        if let byline = metadata.byline { xml.element("byline", text: byline) }
        if let dateline = metadata.dateline {
            xml.element("dateline", [
                ("place", dateline.place), ("date", dateline.date), ("source", dateline.source),
                ("block", String(dateline.span.block)), ("start", String(dateline.span.start)), ("end", String(dateline.span.end)),
            ], text: dateline.text)
        }
        xml.close()
    }

    private func writeBody(_ report: Report, to xml: inout XMLEmitter) {
        let annotations = Self.inlineAnnotations(of: report)
        xml.open("body")
        for (index, block) in report.blocks.enumerated() {
            let name: String
            switch block.kind {
            case .heading: name = "heading"
            case .byline: name = "byline"
            case .paragraph: name = "p"
            }
            xml.open(name, [("line", String(block.location.line)), ("column", String(block.location.column))])
            InlineMarkup.write(InlineMarkup.nest(ScalarText(block.text), annotations[index] ?? []), to: &xml)
            xml.close()
        }
        xml.close()
    }

    /// The inline annotations of every block, by block index.
    static func inlineAnnotations(of report: Report) -> [Int: [InlineAnnotation]] {
        var annotations: [Int: [InlineAnnotation]] = [:]
        func add(_ element: String, _ span: Span, _ attributes: [InlineAnnotation.Attribute], rank: Int) {
            annotations[span.block, default: []].append(
                InlineAnnotation(element: element, attributes: attributes, range: span.start..<span.end, rank: rank))
        }
        // Quotations that share a speaker or a cue ("…," he said, "…") share one element, whose
        // `ref` lists them all: one element per quotation would nest identical spans as deep as
        // there are quotations.
        var shared: [(element: String, span: Span, rank: Int, ids: [String])] = []
        var sharedIndex: [String: [Span: Int]] = [:]
        func share(_ element: String, _ span: Span, _ id: String, rank: Int) {
            if let index = sharedIndex[element]?[span] {
                shared[index].ids.append(id)
            } else {
                sharedIndex[element, default: [:]][span] = shared.count
                shared.append((element, span, rank, [id]))
            }
        }
        for quotation in report.quotations {
            for part in quotation.parts { add("quote", part, [.init("ref", quotation.id)], rank: 0) }
            if let span = quotation.speaker?.span { share("speaker", span, quotation.id, rank: 1) }
            if let span = quotation.cueSpan { share("cue", span, quotation.id, rank: 2) }
        }
        for item in shared { add(item.element, item.span, [.init("ref", item.ids.joined(separator: " "))], rank: item.rank) }
        for citation in report.citations {
            for span in citation.spans { add("cite", span, [.init("ref", citation.id)], rank: 3) }
        }
        for entity in report.entities {
            for mention in entity.mentions {
                var attributes = [InlineAnnotation.Attribute("entity", entity.id)]
                if let title = mention.title { attributes.append(.init("title", title)) }
                add("mention", mention.span, attributes, rank: 4)
            }
            for demonym in entity.demonyms { add("demonym", demonym.span, [.init("entity", entity.id)], rank: 5) }
        }
        for date in report.dates { add("date", date.span, [.init("ref", date.id)], rank: 6) }
        for figure in report.figures { add("figure", figure.span, [.init("ref", figure.id)], rank: 7) }
        return annotations
    }

    private func writeRecords(_ report: Report, to xml: inout XMLEmitter) {
        xml.open("entities")
        for entity in report.entities {
            xml.open("entity", [("id", entity.id), ("type", entity.type.rawValue), ("subtype", entity.subtype)])
            xml.element("name", text: entity.name)
            for alias in entity.aliases { xml.element("alias", text: alias) }
            xml.close()
        }
        xml.close()

        xml.open("quotations")
        for quotation in report.quotations {
            xml.open("quotation", [("id", quotation.id), ("cue", quotation.cue)])
            if let speaker = quotation.speaker {
                xml.empty("speaker", [("name", speaker.name), ("entity", speaker.entity), ("kind", speaker.kind.rawValue)])
            }
            xml.close()
        }
        xml.close()

        xml.open("dates")
        for date in report.dates {
            xml.empty("date", [
                ("id", date.id), ("value", date.value), ("precision", date.precision.rawValue),
                ("relative", date.relative ? "true" : "false"), ("qualifier", date.qualifier),
            ])
        }
        xml.close()

        xml.open("citations")
        for citation in report.citations {
            xml.open("citation", [
                ("id", citation.id), ("kind", citation.kind), ("publisher", citation.publisher), ("publisher-entity", citation.publisherEntity),
            ])
            xml.element("title", text: citation.title)
            xml.close()
        }
        xml.close()

        xml.open("figures")
        for figure in report.figures {
            xml.empty("figure", [
                ("id", figure.id), ("kind", figure.kind.rawValue), ("value", NumberFormatting.decimal(figure.value)),
                ("unit", figure.unit), ("qualifier", figure.qualifier),
            ])
        }
        xml.close()

        xml.open("diagnostics")
        for diagnostic in report.diagnostics {
            xml.element("diagnostic", [
                ("severity", diagnostic.severity.rawValue), ("code", diagnostic.code),
                ("line", diagnostic.location.map { String($0.line) }), ("column", diagnostic.location.map { String($0.column) }),
            ], text: diagnostic.message)
        }
        xml.close()
    }
}
