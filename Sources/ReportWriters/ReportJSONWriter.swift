import ReportModel

/// Writes the report model as JSON: the whole model, so that other programs can read, filter and
/// write reports between reading and writing (as pandoc's JSON AST allows), and so that it reads
/// back into the same model (`ReportJSONReader`, through the model's `Codable` form).
///
/// Members stand in a fixed, readable order; optional members are left out when unknown, except a
/// quotation's `speaker` and `cue` and a date's `value`, which are `null` then, as the evaluation
/// contract in `docs/design.md` shows them. `Schemas/report.schema.json` describes the format.
public struct ReportJSONWriter: ReportWriter {
    public let format = OutputFormat(
        id: "json", summary: "the report model as JSON (lossless; the evaluation format)",
        fileSuffix: ".report.json", mediaType: "application/json", schemaFile: "report.schema.json"
    )

    /// Creates the writer.
    public init() {}

    public func write(_ report: Report) throws(ReportWriterError) -> [UInt8] {
        try report.checkFiguresAreFinite()
        var json = JSONEmitter()
        json.openObject()
        json.key("metadata")
        write(report.metadata, to: &json)
        json.member("blocks", array: report.blocks) { write($0, to: &$1) }
        json.member("entities", array: report.entities) { write($0, to: &$1) }
        json.member("quotations", array: report.quotations) { write($0, to: &$1) }
        json.member("dates", array: report.dates) { write($0, to: &$1) }
        json.member("citations", array: report.citations) { write($0, to: &$1) }
        json.member("figures", array: report.figures) { write($0, to: &$1) }
        json.member("diagnostics", array: report.diagnostics) { write($0, to: &$1) }
        if let provenance = report.provenance {
            json.key("provenance")
            json.openObject()
            json.member("input", provenance.input)
            json.member("sha256", provenance.sha256)
            json.member("byteCount", provenance.byteCount)
            json.member("encoding", provenance.encoding)
            json.member("converter", provenance.converter)
            json.member("version", provenance.version)
            json.member("created", ifPresent: provenance.created)
            json.closeObject()
        }
        json.closeObject()
        return json.finish()
    }

    private func write(_ metadata: Metadata, to json: inout JSONEmitter) {
        json.openObject()
        json.member("title", ifPresent: metadata.title)
        json.member("subtitle", ifPresent: metadata.subtitle)
        json.member("authors", strings: metadata.authors)
        json.member("published", ifPresent: metadata.published)
        json.member("source", ifPresent: metadata.source)
        json.member("publisher", ifPresent: metadata.publisher)
        json.member("url", ifPresent: metadata.url)
        json.member("language", ifPresent: metadata.language)
        json.member("identifier", ifPresent: metadata.identifier)
        json.member("keywords", strings: metadata.keywords)
        json.member("byline", ifPresent: metadata.byline)
        if let dateline = metadata.dateline {
            json.key("dateline")
            json.openObject()
            json.member("text", dateline.text)
            json.member("place", dateline.place)
            json.member("date", ifPresent: dateline.date)
            json.member("source", ifPresent: dateline.source)
            json.key("span")
            write(dateline.span, to: &json)
            json.closeObject()
        }
        json.closeObject()
    }

    private func write(_ location: SourceLocation, to json: inout JSONEmitter) {
        json.openObject()
        json.member("line", location.line)
        json.member("column", location.column)
        json.closeObject()
    }

    private func write(_ span: Span, to json: inout JSONEmitter) {
        json.openObject()
        json.member("block", span.block)
        json.member("start", span.start)
        json.member("end", span.end)
        json.closeObject()
    }

    private func write(_ block: Block, to json: inout JSONEmitter) {
        json.openObject()
        json.member("kind", block.kind.rawValue)
        json.member("text", block.text)
        json.key("location")
        write(block.location, to: &json)
        json.closeObject()
    }

    private func write(_ diagnostic: Diagnostic, to json: inout JSONEmitter) {
        json.openObject()
        json.member("severity", diagnostic.severity.rawValue)
        json.member("code", diagnostic.code)
        json.member("message", diagnostic.message)
        if let location = diagnostic.location {
            json.key("location")
            write(location, to: &json)
        }
        json.closeObject()
    }

    private func write(_ mention: Mention, to json: inout JSONEmitter) {
        json.openObject()
        json.key("span")
        write(mention.span, to: &json)
        json.member("text", mention.text)
        json.member("title", ifPresent: mention.title)
        json.closeObject()
    }

    private func write(_ entity: Entity, to json: inout JSONEmitter) {
        json.openObject()
        json.member("id", entity.id)
        json.member("type", entity.type.rawValue)
        json.member("subtype", ifPresent: entity.subtype)
        json.member("name", entity.name)
        json.member("aliases", strings: entity.aliases)
        json.member("mentions", array: entity.mentions) { write($0, to: &$1) }
        json.member("demonyms", array: entity.demonyms) { write($0, to: &$1) }
        json.closeObject()
    }

    private func write(_ quotation: Quotation, to json: inout JSONEmitter) {
        json.openObject()
        json.member("id", quotation.id)
        json.member("text", quotation.text)
        json.member("parts", array: quotation.parts) { write($0, to: &$1) }
        json.key("speaker")
        if let speaker = quotation.speaker {
            json.openObject()
            json.member("name", speaker.name)
            json.key("entity")
            json.value(speaker.entity)
            json.member("kind", speaker.kind.rawValue)
            if let span = speaker.span {
                json.key("span")
                write(span, to: &json)
            }
            json.closeObject()
        } else {
            json.null()
        }
        json.key("cue")
        json.value(quotation.cue)
        if let span = quotation.cueSpan {
            json.key("cueSpan")
            write(span, to: &json)
        }
        json.closeObject()
    }

    private func write(_ date: DateMention, to json: inout JSONEmitter) {
        json.openObject()
        json.member("id", date.id)
        json.key("span")
        write(date.span, to: &json)
        json.member("text", date.text)
        json.key("value")
        json.value(date.value)
        json.member("precision", date.precision.rawValue)
        json.member("relative", date.relative)
        json.member("qualifier", ifPresent: date.qualifier)
        json.closeObject()
    }

    private func write(_ citation: Citation, to json: inout JSONEmitter) {
        json.openObject()
        json.member("id", citation.id)
        json.member("title", citation.title)
        json.member("kind", ifPresent: citation.kind)
        json.member("spans", array: citation.spans) { write($0, to: &$1) }
        json.member("publisher", ifPresent: citation.publisher)
        json.member("publisherEntity", ifPresent: citation.publisherEntity)
        json.closeObject()
    }

    private func write(_ figure: Figure, to json: inout JSONEmitter) {
        json.openObject()
        json.member("id", figure.id)
        json.member("kind", figure.kind.rawValue)
        json.key("span")
        write(figure.span, to: &json)
        json.member("text", figure.text)
        json.member("value", figure.value)
        json.member("unit", ifPresent: figure.unit)
        json.member("qualifier", ifPresent: figure.qualifier)
        json.closeObject()
    }
}
