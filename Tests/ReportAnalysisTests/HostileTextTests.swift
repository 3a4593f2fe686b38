@testable import ReportAnalysis
import ReportModel
import XCTest

/// Mangled and hostile texts: the analysis stays linear and readable where a rule could otherwise
/// look ahead to the end of a block from every position, or report the same fault thousands of times.
final class HostileTextTests: XCTestCase {
    func testALongRunOfCapitalisedWordsIsCutIntoNamesOfBoundedLength() throws {
        let report = try analyze(Array(repeating: "Alpha", count: 3 * NameChunker.longestName).joined(separator: " ") + " left.")
        let mentions = report.entities.flatMap(\.mentions)
        XCTAssertFalse(mentions.isEmpty, "the run of names gave no mention at all")
        let longest = try XCTUnwrap(mentions.map { $0.text.split(separator: " ").count }.max())
        XCTAssertLessThanOrEqual(longest, NameChunker.longestName)
    }

    func testStrayQuotationMarksAreWarnedAboutUpToALimitAndThenCounted() throws {
        let strays = ReportAnalyzer.strayMarkWarningLimit + 50
        let report = try analyze("Text " + String(repeating: "\"", count: strays * 2) + " end.")
        let warnings = report.diagnostics.filter { $0.code == "unbalanced-quotation-mark" }
        XCTAssertEqual(warnings.count, ReportAnalyzer.strayMarkWarningLimit + 1)
        let last = try XCTUnwrap(warnings.last)
        XCTAssertTrue(last.message.contains("more unbalanced quotation marks"), last.message)
        // The listed warnings are in text order, each at its own column.
        let columns = warnings.dropLast().compactMap(\.location?.column)
        XCTAssertEqual(columns.count, ReportAnalyzer.strayMarkWarningLimit, "every listed warning has a place")
        XCTAssertEqual(columns, columns.sorted())
        XCTAssertEqual(Set(columns).count, columns.count)
    }

    func testAnUnclosedTitleMarkDoesNotSwallowTheRestOfTheBlock() throws {
        let filler = Array(repeating: "word", count: CitationFinder.longestTitle + 10).joined(separator: " ")
        let report = try analyze("The report titled 'Dry " + filler + " Years' was read.")
        XCTAssertEqual(report.citations, [], "a closing mark beyond the longest title closes nothing")
        let near = try analyze("The report titled 'Dry Years Ahead' was read.")
        XCTAssertEqual(near.citations.map(\.title), ["Dry Years Ahead"])
    }
}

final class SpanIndexTests: XCTestCase {
    func testOverlapAgreesWithAScanOverEverySpan() {
        let indexed = [Span(block: 0, start: 5, end: 9), Span(block: 0, start: 20, end: 22), Span(block: 2, start: 0, end: 4), Span(block: 0, start: 12, end: 15)]
        let index = SpanIndex(indexed.shuffled())
        for block in 0...3 {
            for start in 0..<25 {
                for length in 1...4 {
                    let probe = Span(block: block, start: start, end: start + length)
                    XCTAssertEqual(index.overlapsAny(probe), indexed.contains { $0.overlaps(probe) }, "\(probe)")
                }
            }
        }
        XCTAssertFalse(SpanIndex([]).overlapsAny(Span(block: 0, start: 0, end: 1)))
    }
}

final class EdgeOfTextTests: XCTestCase {
    func testAnAttributionCutOffAfterATitleAtTheEndOfABlock() throws {
        for ending in ["said Mr", "said Dr.", "said Mr President", "according to Mr"] {
            let report = try analyze("\"We will win this war,\" \(ending)\n\nSmith, who leads the party, left.")
            XCTAssertEqual(report.quotations.map(\.text), ["We will win this war,"], ending)
        }
    }

    func testARunOfArticlesIsNoDate() throws {
        let report = try analyze(String(repeating: "the ", count: 20_000) + "end.")
        XCTAssertEqual(report.dates, [])
    }

    func testRelativeDatesBeyondFourDigitYearsHaveNoValue() throws {
        let far = try analyze("It happened 2000000000000000000 weeks ago, 5000 years ago and 2021 years ago.", published: "2020-06-15")
        XCTAssertEqual(far.dates.map(\.text), ["2000000000000000000 weeks ago", "5000 years ago", "2021 years ago"])
        XCTAssertEqual(far.dates.map(\.value), [nil, nil, nil])
        let late = try analyze("It ends tomorrow.", published: "9999-12-31")
        XCTAssertEqual(late.dates.map(\.value), [nil])
        let near = try analyze("It began 20 years ago.", published: "2020-06-15")
        XCTAssertEqual(near.dates.map(\.value), ["2000"])
    }
}
