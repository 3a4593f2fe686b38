import ReportModel

/// A small, consistent report that uses every part of the model, built by hand.
enum Fixtures {
    static let heading = "Ministry warns of floods"
    static let byline = "By Jane Smith"
    /// Holds non-ASCII text (é, an emoji, CJK) before some of the annotations, so that scalar
    /// offsets differ from byte and UTF-16 offsets.
    static let paragraph = "KABUL, June 20 (Reuters) - The ministry said \"rivers will rise\" on 3 March 2024.\nIn Zürich 🌊 and 東京, \"it was calm\", costing $1.5bn according to the 'Flood Outlook' report."

    static let blocks = [
        Block(kind: .heading, text: heading, location: SourceLocation(line: 1, column: 1)),
        Block(kind: .byline, text: byline, location: SourceLocation(line: 3, column: 1)),
        Block(kind: .paragraph, text: paragraph, location: SourceLocation(line: 5, column: 1)),
    ]

    /// The span of the first occurrence of `needle` in block `block` (after `after` scalars).
    static func span(_ needle: String, block: Int = 2, after: Int = 0) -> Span {
        let haystack = Array(blocks[block].text.unicodeScalars)
        let target = Array(needle.unicodeScalars)
        for start in after...(haystack.count - target.count) where Array(haystack[start..<start + target.count]) == target {
            return Span(block: block, start: start, end: start + target.count)
        }
        fatalError("'\(needle)' is not in block \(block)")
    }

    static var report: Report {
        Report(
            metadata: Metadata(
                title: heading, subtitle: "Rivers expected to rise", authors: ["Jane Smith"], published: "2024-03-01",
                source: "Reuters", publisher: "Example News", url: "https://example.org/floods", language: "en",
                identifier: "ex-1", keywords: ["floods", "weather"], byline: byline,
                dateline: Dateline(text: "KABUL, June 20 (Reuters)", place: "KABUL", date: "June 20", source: "Reuters", span: span("KABUL, June 20 (Reuters)"))
            ),
            blocks: blocks,
            entities: [
                Entity(id: "org-ministry", type: .organization, subtype: "government-body", name: "Ministry", aliases: ["the ministry"], mentions: [
                    Mention(span: span("Ministry", block: 0), text: "Ministry"),
                    Mention(span: span("ministry"), text: "ministry"),
                ]),
                Entity(id: "place-zurich", type: .place, subtype: "city", name: "Zürich", mentions: [Mention(span: span("Zürich"), text: "Zürich")]),
                Entity(id: "place-tokyo", type: .place, name: "東京", mentions: [Mention(span: span("東京"), text: "東京")]),
                Entity(id: "person-jane-smith", type: .person, name: "Jane Smith", mentions: [Mention(span: span("Jane Smith", block: 1), text: "Jane Smith", title: "Ms")]),
            ],
            quotations: [
                Quotation(
                    id: "q1", text: "rivers will rise", parts: [span("rivers will rise")],
                    speaker: Speaker(name: "Ministry", entity: "org-ministry", kind: .organization, span: span("The ministry")),
                    cue: "said", cueSpan: span("said")
                ),
                Quotation(id: "q2", text: "it was calm", parts: [span("it was calm")]),
                Quotation(id: "q3", text: "rivers will rise", parts: [span("rivers will rise")], speaker: Speaker(name: "the report", kind: .document)),
            ],
            dates: [
                DateMention(id: "d1", span: span("June 20"), text: "June 20", value: nil, precision: .day, relative: true),
                DateMention(id: "d2", span: span("3 March 2024"), text: "3 March 2024", value: "2024-03-03", precision: .day, qualifier: "early"),
            ],
            citations: [
                Citation(id: "c1", title: "Flood Outlook", kind: "report", spans: [span("Flood Outlook")], publisher: "Ministry", publisherEntity: "org-ministry"),
            ],
            figures: [
                Figure(id: "f1", kind: .money, span: span("$1.5bn"), text: "$1.5bn", value: 1_500_000_000, unit: "USD", qualifier: "about"),
            ],
            diagnostics: [
                Diagnostic(severity: .warning, code: "unbalanced-quotation-mark", message: "a quotation mark is never closed", location: SourceLocation(line: 6, column: 4)),
                Diagnostic(severity: .note, code: "note", message: "no location"),
            ],
            provenance: Provenance(input: "a/b.txt", sha256: String(repeating: "ab", count: 32), byteCount: 321, encoding: "UTF-8", converter: "reportconv", version: "0.1.0")
        )
    }
}
