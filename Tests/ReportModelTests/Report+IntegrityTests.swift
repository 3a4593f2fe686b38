import ReportModel
import XCTest

final class ReportIntegrityTests: XCTestCase {
    /// Asserts that `report` has exactly one problem, and that it says `expected`.
    private func assertOneProblem(_ report: Report, saying expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let problems = report.integrityProblems
        XCTAssertEqual(problems.count, 1, "\(problems)", file: file, line: line)
        XCTAssertTrue(problems.contains { $0.contains(expected) }, "\(problems) do not say '\(expected)'", file: file, line: line)
    }

    func testConsistentReportHasNoProblems() {
        XCTAssertEqual(Fixtures.report.integrityProblems, [])
        XCTAssertEqual(Report().integrityProblems, [])
    }

    func testSpanPastTheEndOfItsBlock() {
        var report = Fixtures.report
        let length = report.blocks[0].text.unicodeScalars.count
        report.entities[0].mentions[0].span = Span(block: 0, start: length - 2, end: length + 3)
        assertOneProblem(report, saying: "lies outside block 0")
    }

    func testSpanEndingExactlyAtTheEndOfItsBlockIsFine() {
        var report = Fixtures.report
        let length = report.blocks[0].text.unicodeScalars.count
        report.quotations[1].parts = [Span(block: 0, start: 0, end: length)]
        XCTAssertEqual(report.integrityProblems, [])
    }

    func testSpanThatStartsAfterItsEnd() {
        var report = Fixtures.report
        // The initialiser refuses such a span; decoding or mutation can still make one.
        report.citations[0].spans[0].start = report.citations[0].spans[0].end + 1
        assertOneProblem(report, saying: "citation c1: span")
    }

    func testBlockIndexOutOfRange() {
        var report = Fixtures.report
        report.quotations[0].parts.append(Span(block: 7, start: 0, end: 1))
        assertOneProblem(report, saying: "quotation q1: block 7 does not exist")

        var negative = Fixtures.report
        negative.figures[0].span.block = -1
        assertOneProblem(negative, saying: "block -1 does not exist")
    }

    func testMentionTextNotMatchingItsSpan() {
        var report = Fixtures.report
        report.entities[1].mentions[0].text = "Zurich"
        assertOneProblem(report, saying: "mention of place-zurich: text 'Zurich' is not the text of its span")
    }

    func testDateFigureDemonymAndDatelineTextsAreChecked() {
        var date = Fixtures.report
        date.dates[1].text = "3 March"
        assertOneProblem(date, saying: "date d2")

        var figure = Fixtures.report
        figure.figures[0].text = "$1.5 bn"
        assertOneProblem(figure, saying: "figure f1")

        var demonym = Fixtures.report
        demonym.entities[1].demonyms = [Mention(span: Fixtures.span("東京"), text: "Zürcher")]
        assertOneProblem(demonym, saying: "demonym of place-zurich")

        var dateline = Fixtures.report
        dateline.metadata.dateline?.span.end += 1
        assertOneProblem(dateline, saying: "dateline")
    }

    func testDuplicateID() {
        var report = Fixtures.report
        report.figures[0].id = "d1"
        assertOneProblem(report, saying: "id 'd1' is empty or not unique")

        var entities = Fixtures.report
        entities.entities[2].id = entities.entities[1].id
        assertOneProblem(entities, saying: "not unique")
    }

    func testEmptyID() {
        var report = Fixtures.report
        report.quotations[1].id = ""
        assertOneProblem(report, saying: "id '' is empty")
    }

    func testSpeakerEntityThatDoesNotExist() {
        var report = Fixtures.report
        report.quotations[0].speaker?.entity = "org-nobody"
        assertOneProblem(report, saying: "quotation q1: speaker entity 'org-nobody' does not exist")
    }

    func testSpeakerAndCueSpansAreChecked() {
        var speaker = Fixtures.report
        speaker.quotations[0].speaker?.span = Span(block: 9, start: 0, end: 1)
        assertOneProblem(speaker, saying: "speaker of q1")

        var cue = Fixtures.report
        cue.quotations[0].cueSpan = Span(block: 1, start: 0, end: 99)
        assertOneProblem(cue, saying: "cue of q1")
    }

    func testPublisherEntityThatDoesNotExist() {
        var report = Fixtures.report
        report.citations[0].publisherEntity = "org-gone"
        assertOneProblem(report, saying: "citation c1: publisher entity 'org-gone' does not exist")
    }

    func testQuotationWithoutParts() {
        var report = Fixtures.report
        report.quotations[1].parts = []
        assertOneProblem(report, saying: "quotation q2: no parts")
    }

    func testNonFiniteFigure() {
        for value in [Double.nan, .infinity, -.infinity] {
            var report = Fixtures.report
            report.figures[0].value = value
            assertOneProblem(report, saying: "figure f1: value is not a finite number")
        }
    }

    func testEveryProblemIsReported() {
        var report = Fixtures.report
        report.quotations[1].parts = []
        report.figures[0].value = .nan
        report.citations[0].publisherEntity = "org-gone"
        XCTAssertEqual(report.integrityProblems.count, 3)
    }
}
