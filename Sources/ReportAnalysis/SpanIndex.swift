import ReportModel

/// Spans that do not overlap one another (the titles of a report, its dates), sorted once so that
/// whether a span overlaps any of them is a binary search rather than a scan.
struct SpanIndex {
    private let spans: [Span]

    /// Indexes `spans`, which must not overlap one another.
    init(_ spans: some Sequence<Span>) {
        self.spans = spans.sorted { ($0.block, $0.start) < ($1.block, $1.start) }
    }

    /// Whether `span` overlaps one of the indexed spans.
    func overlapsAny(_ span: Span) -> Bool {
        // The first indexed span that ends after `span` starts (in its block) is the only
        // candidate: those before it end too early, those after it start later still.
        let candidate = spans.partitionPoint { ($0.block, $0.end) > (span.block, span.start) }
        return candidate < spans.count && spans[candidate].overlaps(span)
    }
}
