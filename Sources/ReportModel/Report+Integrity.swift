extension Report {
    /// The ways this report breaks the model's invariants, as messages; empty when it keeps them all.
    ///
    /// Readers of reportconv's own formats check this, because a hand-edited or foreign file can
    /// hold a span past its block's end, a reference to an entity that does not exist, or a
    /// surface text that does not match its span. The checks: every span lies inside its block;
    /// every mention's, date's and figure's text is the text of its span; ids are unique; speakers
    /// and publishers refer to existing entities; quotations have parts.
    public var integrityProblems: [String] {
        var problems: [String] = []
        let texts = blocks.map { ScalarText($0.text) }
        func check(_ span: Span, _ what: String) -> Bool {
            guard span.block >= 0, span.block < texts.count else {
                problems.append("\(what): block \(span.block) does not exist")
                return false
            }
            guard span.start >= 0, span.start <= span.end, span.end <= texts[span.block].count else {
                problems.append("\(what): span \(span.start)..<\(span.end) lies outside block \(span.block)")
                return false
            }
            return true
        }
        func checkText(_ span: Span, _ text: String, _ what: String) {
            if check(span, what), texts[span.block].string(span.start..<span.end) != text {
                problems.append("\(what): text '\(text)' is not the text of its span")
            }
        }
        var ids: Set<String> = []
        func checkID(_ id: String, _ what: String) {
            if id.isEmpty || !ids.insert(id).inserted { problems.append("\(what): id '\(id)' is empty or not unique") }
        }
        let entityIDs = Set(entities.map(\.id))
        for entity in entities {
            checkID(entity.id, "entity \(entity.id)")
            for mention in entity.mentions { checkText(mention.span, mention.text, "mention of \(entity.id)") }
            for demonym in entity.demonyms { checkText(demonym.span, demonym.text, "demonym of \(entity.id)") }
        }
        for quotation in quotations {
            checkID(quotation.id, "quotation \(quotation.id)")
            if quotation.parts.isEmpty { problems.append("quotation \(quotation.id): no parts") }
            for part in quotation.parts { _ = check(part, "quotation \(quotation.id)") }
            if let span = quotation.speaker?.span { _ = check(span, "speaker of \(quotation.id)") }
            if let span = quotation.cueSpan { _ = check(span, "cue of \(quotation.id)") }
            if let entity = quotation.speaker?.entity, !entityIDs.contains(entity) {
                problems.append("quotation \(quotation.id): speaker entity '\(entity)' does not exist")
            }
        }
        for date in dates {
            checkID(date.id, "date \(date.id)")
            checkText(date.span, date.text, "date \(date.id)")
        }
        for citation in citations {
            checkID(citation.id, "citation \(citation.id)")
            for span in citation.spans { _ = check(span, "citation \(citation.id)") }
            if let entity = citation.publisherEntity, !entityIDs.contains(entity) {
                problems.append("citation \(citation.id): publisher entity '\(entity)' does not exist")
            }
        }
        for figure in figures {
            checkID(figure.id, "figure \(figure.id)")
            checkText(figure.span, figure.text, "figure \(figure.id)")
            if !figure.value.isFinite { problems.append("figure \(figure.id): value is not a finite number") }
        }
        if let dateline = metadata.dateline { checkText(dateline.span, dateline.text, "dateline") }
        return problems
    }
}
