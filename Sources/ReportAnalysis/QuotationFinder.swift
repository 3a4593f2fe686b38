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
/// mark whose neighbours do not say closes an open quotation or else opens one. When a second
/// opening mark comes while a quotation is open, the first is a stray: the quotation is taken to
/// start at the later one, and the stray gets a warning. A closing mark with nothing open is a
/// stray too.
///
/// A quotation still open at the end of a paragraph runs on when the next paragraph starts with an
/// opening mark (the newswire convention: an opening mark on each paragraph, a closing mark only at
/// the end); otherwise its opening mark is a stray.
struct QuotationFinder {
    /// The candidates, in the order they open, and the warnings for stray marks.
    func find(in blocks: [AnalyzedBlock]) -> (candidates: [QuotationCandidate], strays: [(block: Int, offset: Int, reason: String)]) {
        var candidates: [QuotationCandidate] = []
        var strays: [(block: Int, offset: Int, reason: String)] = []
        // A quotation carried over from the previous paragraph.
        var carried: QuotationCandidate?

        for block in blocks {
            let scalars = block.text.scalars
            let marks = block.tokens.lazy.filter { $0.kind == .quoteMark && QuotationMarks.isDouble(scalars[$0.start]) }.map(\.start)
            var open: Int?
            var continuing: QuotationCandidate?
            var continuationMark: Int?

            if let running = carried {
                carried = nil
                if block.kind == .paragraph, let firstMark = marks.first,
                   block.tokens.first?.start == firstMark, QuotationMarks.role(at: firstMark, in: scalars) != .closing {
                    continuing = running
                    open = firstMark
                    continuationMark = firstMark
                } else {
                    strays.append((running.parts[0].block, running.openingMark, "the quotation mark opened here is never closed"))
                }
            }

            for mark in marks where mark != continuationMark {
                let role = QuotationMarks.role(at: mark, in: scalars)
                if let start = open {
                    if role == .opening {
                        if let running = continuing {
                            strays.append((running.parts[0].block, running.openingMark, "the quotation mark opened here is never closed"))
                            continuing = nil
                        } else {
                            strays.append((block.index, start, "stray quotation mark: another opens before it is closed"))
                        }
                        open = mark
                        continue
                    }
                    let part = block.span((start + 1)..<mark)
                    if var running = continuing {
                        running.parts.append(part)
                        running.closingMark = mark
                        candidates.append(running)
                        continuing = nil
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
                let part = block.span((start + 1)..<end)
                if var running = continuing {
                    running.parts.append(part)
                    carried = running
                } else {
                    carried = QuotationCandidate(parts: [part], openingMark: start, closingMark: end)
                }
            }
        }
        if let running = carried {
            strays.append((running.parts[0].block, running.openingMark, "the quotation mark opened here is never closed"))
        }
        candidates.sort { ($0.parts[0].block, $0.openingMark) < ($1.parts[0].block, $1.openingMark) }
        return (candidates, strays)
    }
}
