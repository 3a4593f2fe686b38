import ReportModel

/// One report that holds every kind of thing the model can: every block kind, every metadata field,
/// every entity type with aliases, titles and demonyms, quotations over two paragraphs and with
/// every kind of speaker, dates of every precision, cited works with and without publisher, every
/// kind of figure, diagnostics with and without a place, provenance with a time, text that needs
/// escaping, non-ASCII text, a tab, a line break inside a paragraph, and two annotations whose spans
/// cross. Written for the tests; its spans are computed from its text, never typed in.
public enum RichReport {
    /// The blocks' texts.
    public static let texts: [String] = [
        "Floods close Rhine & Main ports <update>",
        "By Anna Berg and Tomás Ruiz, Example Wire",
        "FRANKFURT, March 3 (Example Wire) - The European Flood Office (EFO) said on Tuesday that barges on the Rhine had stopped, leaving 2,000 tonnes of cargo idle.",
        "\"Water levels are the highest since the 1990s, and they are still rising,\" said Dr Anna Weber, who heads the office.\n\"We expect the closure to last until early next week.",
        "\"German shippers will lose about €40m,\" she added, citing the study 'Rivers at Risk' by the EFO.",
        "Rhein Cargo AG said 12% of its fleet was stranded in summer 2021 as well. The report \"Low Water 2018\" warned of \"repeated closures\",\tit said.",
        "A note with a quote \"that crosses\" a date 🌊 here.",
    ]

    /// The span of the `occurrence`-th (from 0) occurrence of `text` in block `block`.
    public static func span(_ text: String, in block: Int, occurrence: Int = 0) -> Span {
        let scalars = Array(texts[block].unicodeScalars)
        let needle = Array(text.unicodeScalars)
        var found = 0
        var index = 0
        while index + needle.count <= scalars.count {
            if Array(scalars[index..<(index + needle.count)]) == needle {
                if found == occurrence { return Span(block: block, start: index, end: index + needle.count) }
                found += 1
            }
            index += 1
        }
        preconditionFailure("'\(text)' does not occur \(occurrence + 1) times in block \(block)")
    }

    private static func mention(_ text: String, in block: Int, occurrence: Int = 0, title: String? = nil) -> Mention {
        Mention(span: span(text, in: block, occurrence: occurrence), text: text, title: title)
    }

    /// The report.
    public static var report: Report {
        let blocks = texts.enumerated().map { index, text in
            Block(
                kind: index == 0 ? .heading : index == 1 ? .byline : .paragraph,
                text: text,
                location: SourceLocation(line: 10 + index * 2, column: index == 3 ? 3 : 1)
            )
        }
        let metadata = Metadata(
            title: "Floods close Rhine & Main ports <update>",
            subtitle: "Barges stranded; \"no end in sight\"\r\nsecond line",
            authors: ["Anna Berg", "Tomás Ruiz"],
            published: "2021-03-03T14:05:00+01:00",
            source: "Example Wire",
            publisher: "Example Wire Ltd",
            url: "https://example.org/news/floods?id=1&lang=en",
            language: "en-GB",
            identifier: "example-2021-0303-001",
            keywords: ["floods", "shipping"],
            byline: texts[1],
            dateline: Dateline(text: "FRANKFURT, March 3 (Example Wire)", place: "FRANKFURT", date: "March 3", source: "Example Wire", span: span("FRANKFURT, March 3 (Example Wire)", in: 2))
        )
        let entities = [
            Entity(id: "org-european-flood-office", type: .organization, subtype: "government-body", name: "European Flood Office", aliases: ["EFO"],
                   mentions: [mention("European Flood Office", in: 2), mention("EFO", in: 2), mention("EFO", in: 4)]),
            Entity(id: "place-rhine", type: .place, subtype: "water", name: "Rhine",
                   mentions: [mention("Rhine", in: 0), mention("Rhine", in: 2)]),
            Entity(id: "person-anna-weber", type: .person, name: "Anna Weber",
                   mentions: [mention("Anna Weber", in: 3, title: "Dr")]),
            Entity(id: "place-germany", type: .place, subtype: "country", name: "Germany",
                   demonyms: [mention("German", in: 4)]),
            Entity(id: "org-rhein-cargo-ag", type: .organization, subtype: "company", name: "Rhein Cargo AG",
                   mentions: [mention("Rhein Cargo AG", in: 5)]),
        ]
        func part(_ text: String, _ block: Int) -> Span { span(text, in: block) }
        let firstPart = "Water levels are the highest since the 1990s, and they are still rising,"
        let multiFirst = "We expect the closure to last until early next week."
        let multiSecond = "German shippers will lose about €40m,"
        let quotations = [
            Quotation(id: "q1", text: firstPart, parts: [part(firstPart, 3)],
                      speaker: Speaker(name: "Anna Weber", entity: "person-anna-weber", kind: .person, span: span("Anna Weber", in: 3)),
                      cue: "said", cueSpan: span("said", in: 3)),
            Quotation(id: "q2", text: multiFirst + " " + multiSecond, parts: [part(multiFirst, 3), part(multiSecond, 4)],
                      speaker: Speaker(name: "Anna Weber", entity: "person-anna-weber", kind: .person, span: span("she", in: 4)),
                      cue: "added", cueSpan: span("added", in: 4)),
            Quotation(id: "q3", text: "repeated closures", parts: [part("repeated closures", 5)],
                      speaker: Speaker(name: "the report", kind: .document, span: span("The report", in: 5)),
                      cue: "warned", cueSpan: span("warned", in: 5)),
            Quotation(id: "q4", text: "that crosses", parts: [part("that crosses", 6)], speaker: nil, cue: nil),
        ]
        let dates = [
            DateMention(id: "d1", span: span("March 3", in: 2), text: "March 3", value: "2021-03-03", precision: .day),
            DateMention(id: "d2", span: span("Tuesday", in: 2), text: "Tuesday", value: "2021-03-02", precision: .day, relative: true),
            DateMention(id: "d3", span: span("the 1990s", in: 3), text: "the 1990s", value: nil, precision: .decade),
            DateMention(id: "d4", span: span("early next week", in: 3), text: "early next week", value: "2021-W10", precision: .week, relative: true, qualifier: "early"),
            DateMention(id: "d5", span: span("summer 2021", in: 5), text: "summer 2021", value: "2021", precision: .season, qualifier: "summer"),
            DateMention(id: "d6", span: span("2018", in: 5), text: "2018", value: "2018", precision: .year),
            // Crosses the quotation q4: it starts inside the quote and ends after it.
            DateMention(id: "d7", span: span("crosses\" a date", in: 6), text: "crosses\" a date", value: nil, precision: .month, relative: true),
        ]
        let citations = [
            Citation(id: "c1", title: "Rivers at Risk", kind: "report", spans: [span("Rivers at Risk", in: 4)],
                     publisher: "European Flood Office", publisherEntity: "org-european-flood-office"),
            Citation(id: "c2", title: "Low Water 2018", kind: "report", spans: [span("Low Water 2018", in: 5)]),
        ]
        let figures = [
            Figure(id: "f1", kind: .count, span: span("2,000 tonnes", in: 2), text: "2,000 tonnes", value: 2000, unit: "tonnes"),
            Figure(id: "f2", kind: .money, span: span("€40m", in: 4), text: "€40m", value: 40_000_000, unit: "EUR", qualifier: "about"),
            Figure(id: "f3", kind: .percentage, span: span("12%", in: 5), text: "12%", value: 12, unit: "percent"),
        ]
        let diagnostics = [
            Diagnostic(severity: .warning, code: "unbalanced-quotation-mark", message: "the quotation mark opened here is never closed", location: SourceLocation(line: 16, column: 1)),
            Diagnostic(severity: .note, code: "example-note", message: "a note <with> markup & \"quotes\""),
        ]
        let provenance = Provenance(
            input: "news/floods.txt", sha256: String(repeating: "ab", count: 32), byteCount: 1234, encoding: "UTF-8",
            converter: "reportconv", version: "0.0.0-test", created: "2021-03-03T15:00:00Z"
        )
        return Report(metadata: metadata, blocks: blocks, entities: entities, quotations: quotations, dates: dates,
                      citations: citations, figures: figures, diagnostics: diagnostics, provenance: provenance)
    }
}
