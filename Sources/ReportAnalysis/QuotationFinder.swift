import ReportModel

/// A quotation found by its marks, before attribution.
struct QuotationCandidate: Sendable {
    /// The quoted stretches, one per paragraph, without the marks.
    var parts: [Span]
    /// The scalar offset of the opening mark in the first part's block.
    var openingMark: Int
    /// The scalar offset of the closing mark in the last part's block.
    var closingMark: Int
}

/// Finds quotations in double quotation marks, block by block.
///
/// Marks pair in text order: an opening mark starts a quotation, a closing one ends it, a straight
/// mark whose neighbours do not say closes an open quotation or else opens one.
///
/// When an opening mark comes while a quotation is open:
/// - right after the end of a sentence (`… football. "Italy played …`), it is a newswire
///   continuation whose paragraph break was lost: the quotation goes on, in a new part;
/// - otherwise the earlier mark is a stray: the quotation starts at the later one, and the stray
///   gets a warning.
/// A closing mark with nothing open is a stray too.
///
/// A quotation still open at the end of a paragraph runs on when the next paragraph starts with an
/// opening mark (the newswire convention: an opening mark on each paragraph, a closing mark only at
/// the end); otherwise its opening mark is a stray.
struct QuotationFinder {
    /// The candidates, in the order they open, and the warnings for stray marks.
    func find(in blocks: [AnalyzedBlock]) -> (candidates: [QuotationCandidate], strays: [(block: Int, offset: Int, reason: String)]) {
        var candidates: [QuotationCandidate] = []
        var strays: [(block: Int, offset: Int, reason: String)] = []
        // The parts of a quotation that is still open, from earlier paragraphs or earlier sentences.
        var carried: QuotationCandidate?
        let neverClosed = "the quotation mark opened here is never closed"

        for block in blocks {
            let scalars = block.text.scalars
            let marks = block.tokens.lazy.filter { $0.kind == .quoteMark && QuotationMarks.isDouble(scalars[$0.start]) }.map(\.start)
            // Where the current part's opening mark stands, and the earlier parts of its quotation.
            var open: Int?
            var running: QuotationCandidate?
            var continuationMark: Int?

            // `take()` leaves one owner of the parts, so that appending to them never copies.
            if let previous = carried.take() {
                if block.kind == .paragraph, let firstMark = marks.first,
                   block.tokens.first?.start == firstMark, QuotationMarks.role(at: firstMark, in: scalars) != .closing {
                    running = consume previous
                    open = firstMark
                    continuationMark = firstMark
                } else {
                    strays.append((previous.parts[0].block, previous.openingMark, neverClosed))
                }
            }

            for mark in marks where mark != continuationMark {
                let role = QuotationMarks.role(at: mark, in: scalars)
                if let start = open {
                    if role == .opening {
                        if let end = Self.endOfSentence(before: mark, after: start, in: scalars) {
                            // A lost paragraph break: the quotation goes on after this mark.
                            var quotation = running.take() ?? QuotationCandidate(parts: [], openingMark: start, closingMark: end)
                            quotation.parts.append(block.span((start + 1)..<end))
                            running = quotation
                        } else if let quotation = running {
                            strays.append((quotation.parts[0].block, quotation.openingMark, neverClosed))
                            running = nil
                        } else {
                            strays.append((block.index, start, "stray quotation mark: another opens before it is closed"))
                        }
                        open = mark
                        continue
                    }
                    let part = block.span((start + 1)..<mark)
                    if var quotation = running.take() {
                        quotation.parts.append(part)
                        quotation.closingMark = mark
                        candidates.append(quotation)
                    } else {
                        candidates.append(QuotationCandidate(parts: [part], openingMark: start, closingMark: mark))
                    }
                    open = nil
                } else if role == .closing {
                    strays.append((block.index, mark, "stray closing quotation mark: no quotation is open"))
                } else {
                    open = mark
                }
            }

            if let start = open {
                // Open at the end of the block: it may run on into the next paragraph.
                var end = scalars.count
                while end > start + 1, scalars[end - 1].isSpace { end -= 1 }
                var quotation = running.take() ?? QuotationCandidate(parts: [], openingMark: start, closingMark: end)
                quotation.parts.append(block.span((start + 1)..<end))
                carried = quotation
            }
        }
        if let quotation = carried {
            strays.append((quotation.parts[0].block, quotation.openingMark, neverClosed))
        }
        candidates.sort { ($0.parts[0].block, $0.openingMark) < ($1.parts[0].block, $1.openingMark) }
        return (candidates, strays)
    }

    /// When the text between an open quotation's mark at `start` and a new opening mark at `mark`
    /// ends a sentence right before the new mark (`… football. "Italy …`), the offset where that
    /// sentence ends; otherwise `nil`.
    static func endOfSentence(before mark: Int, after start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var end = mark
        while end > start + 1, scalars[end - 1].isSpace { end -= 1 }
        guard end < mark, end > start + 1 else { return nil }
        var last = end - 1
        // A closing single quotation mark may follow the sentence's full stop.
        if scalars[last] == "'" || scalars[last] == "\u{2019}", last > start + 1 { last -= 1 }
        return [".", "!", "?", "\u{2026}"].contains(scalars[last]) ? end : nil
    }
}
