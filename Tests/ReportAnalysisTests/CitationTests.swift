import ReportModel
import XCTest

final class CitationTests: XCTestCase {
    func testTitledWorkWithThePublisherNamedEarlier() throws {
        let report = try analyze("""
            In a new report, the Northern Water Authority (NWA) warned of shortages.

            The report titled 'Dry Years Ahead' was released on Monday.
            """)
        let citation = try XCTUnwrap(report.citations.first)
        XCTAssertEqual(citation.title, "Dry Years Ahead")
        XCTAssertEqual(citation.kind, "report")
        XCTAssertEqual(citation.publisher, "Northern Water Authority")
        XCTAssertEqual(citation.publisherEntity, "org-northern-water-authority")
        XCTAssertEqual(citation.spans.map(report.text(of:)), ["Dry Years Ahead"])
    }

    func testPublisherAfterTheTitle() throws {
        let report = try analyze("She cited the study \"Rivers at Risk\" by the Kestrel Institute.")
        XCTAssertEqual(report.citations.first?.title, "Rivers at Risk")
        XCTAssertEqual(report.citations.first?.publisher, "Kestrel Institute")
    }

    func testAnOrganisationNamedAfterTheTitleInItsSentenceIsNotItsPublisher() throws {
        let report = try analyze("Officials said the Clean Rivers Act had cost £20m, and that the Green Party disagreed.")
        XCTAssertEqual(report.citations.first?.title, "Clean Rivers Act")
        XCTAssertNil(report.citations.first?.publisher)
    }

    func testTheSameTitleTwiceIsOneCitation() throws {
        let report = try analyze("The film titled 'Cold Harbour' opened. Critics said the film 'Cold Harbour' was slow.")
        XCTAssertEqual(report.citations.count, 1)
        XCTAssertEqual(report.citations.first?.spans.count, 2)
        XCTAssertEqual(report.citations.first?.kind, "film")
    }

    func testLowerCaseQuotedWordsAreNotTitles() throws {
        let report = try analyze("The plan was called 'a disaster' by everyone.")
        XCTAssertEqual(report.citations, [])
    }
}

final class UnquotedTitleTests: XCTestCase {
    func testProgrammesFilmsAndLaws() throws {
        let report = try analyze("She told the Morning Edition programme that the film Cold Harbour and the Clean Rivers Act were linked.")
        XCTAssertEqual(report.citations.map(\.title), ["Morning Edition", "Cold Harbour", "Clean Rivers Act"])
        XCTAssertEqual(report.citations.map(\.kind), ["programme", "film", "law"])
    }

    func testWhoMadeAWorkIsNotItsTitle() throws {
        let report = try analyze("A Kestrel report and the new government Green Paper both said so, as did a BBC programme.")
        XCTAssertEqual(report.citations.map(\.title), [])
    }
}
