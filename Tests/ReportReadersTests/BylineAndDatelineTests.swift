import ReportModel
import ReportReaders
import XCTest

final class BylineAndDatelineTests: XCTestCase {
    private let reader = PlainTextReader()

    // MARK: Bylines

    func testSimpleByline() throws {
        let report = try reader.read("Floods hit towns\n\nBy Jane Smith\n\nRivers rose overnight.\n")
        XCTAssertEqual(report.blocks.map(\.kind), [.heading, .byline, .paragraph])
        XCTAssertEqual(report.metadata.byline, "By Jane Smith")
        XCTAssertEqual(report.metadata.authors, ["Jane Smith"])
    }

    func testTwoAuthorsAndAnAffiliation() throws {
        let report = try reader.read("Floods hit towns\n\nBy Jane Smith and John Doe, BBC News\n\nRivers rose overnight.\n")
        XCTAssertEqual(report.blocks[1].kind, .byline)
        XCTAssertEqual(report.metadata.authors, ["Jane Smith", "John Doe"])
        XCTAssertEqual(report.metadata.byline, "By Jane Smith and John Doe, BBC News")
    }

    func testNameParticlesAndAmpersand() throws {
        let report = try reader.read("Floods hit towns\n\nBY Ana de la Cruz & Li Wei\n\nRivers rose overnight.\n")
        XCTAssertEqual(report.metadata.authors, ["Ana de la Cruz", "Li Wei"])
    }

    func testBylineWithoutHeadlineIsNotTakenForTheTitle() throws {
        let report = try reader.read("By Jane Smith\n\nRivers rose overnight.\n")
        XCTAssertEqual(report.blocks.map(\.kind), [.byline, .paragraph])
        XCTAssertNil(report.metadata.title)
        XCTAssertEqual(report.metadata.authors, ["Jane Smith"])
    }

    func testSentencesStartingWithByAreNotBylines() throws {
        let openings = [
            "By any measure, New Yorker Dick Morris is a controversial figure.",
            "By 2025, 40% of the UK's population will be over 50.",
            "By early 2005 the net could have two new domain names.",
            "By contrast, said Mr Purushotma, the old system was slow.",
            "By Monday, the river had fallen.",
            "By Jane Smith, who was there. She saw it.",
        ]
        for opening in openings {
            let report = try reader.read("Some headline here\n\n\(opening)\n\nMore text follows.\n")
            XCTAssertEqual(report.blocks[1].kind, .paragraph, opening)
            XCTAssertEqual(report.metadata.authors, [], opening)
            XCTAssertNil(report.metadata.byline, opening)
        }
    }

    func testBylineNeedsTextAfterIt() throws {
        let report = try reader.read("Some headline here\n\nBy Jane Smith\n")
        XCTAssertEqual(report.blocks[1].kind, .paragraph)
        XCTAssertEqual(report.metadata.authors, [])
    }

    func testFrontMatterAuthorsWinOverTheByline() throws {
        let report = try reader.read("---\nauthor: Maria Garcia\n---\nHeadline here\n\nBy Jane Smith\n\nBody.")
        XCTAssertEqual(report.metadata.authors, ["Maria Garcia"])
        XCTAssertEqual(report.metadata.byline, "By Jane Smith")
        XCTAssertEqual(report.blocks[1].kind, .byline)
    }

    // MARK: Datelines

    func testReutersDateline() throws {
        let report = try reader.read("Talks resume\n\nKABUL, June 20 (Reuters) - Talks resumed on Monday.\n\nMore text.")
        let dateline = try XCTUnwrap(report.metadata.dateline)
        XCTAssertEqual(dateline.text, "KABUL, June 20 (Reuters)")
        XCTAssertEqual(dateline.place, "KABUL")
        XCTAssertEqual(dateline.date, "June 20")
        XCTAssertEqual(dateline.source, "Reuters")
        XCTAssertEqual(dateline.span, Span(block: 1, start: 0, end: 24))
        XCTAssertEqual(report.text(of: dateline.span), dateline.text)
        XCTAssertEqual(report.integrityProblems, [])
    }

    func testAgencyDatelineWithEmDash() throws {
        let report = try reader.read("WASHINGTON (AP) \u{2014} Congress met on Tuesday.\n\nIt adjourned.")
        let dateline = try XCTUnwrap(report.metadata.dateline)
        XCTAssertEqual(dateline.text, "WASHINGTON (AP)")
        XCTAssertEqual(dateline.place, "WASHINGTON")
        XCTAssertNil(dateline.date)
        XCTAssertEqual(dateline.source, "AP")
        XCTAssertEqual(dateline.span, Span(block: 0, start: 0, end: 15))
    }

    func testDayMonthDatelineWithoutAgency() throws {
        let report = try reader.read("LONDON, 5 March - Shops closed early.")
        let dateline = try XCTUnwrap(report.metadata.dateline)
        XCTAssertEqual(dateline.text, "LONDON, 5 March")
        XCTAssertEqual(dateline.place, "LONDON")
        XCTAssertEqual(dateline.date, "5 March")
        XCTAssertNil(dateline.source)
        XCTAssertEqual(dateline.span, Span(block: 0, start: 0, end: 15))
    }

    func testPlaceOfTwoWordsAndDateWithYear() throws {
        let report = try reader.read("NEW YORK, March 5, 2024 (Reuters) -- Stocks fell.")
        let dateline = try XCTUnwrap(report.metadata.dateline)
        XCTAssertEqual(dateline.place, "NEW YORK")
        XCTAssertEqual(dateline.date, "March 5, 2024")
        XCTAssertEqual(dateline.source, "Reuters")
    }

    func testDatelineAfterHeadlineAndByline() throws {
        let report = try reader.read("Talks resume\n\nBy Jane Smith\n\nGENEVA (AFP) - Talks resumed.\n\nMore.")
        XCTAssertEqual(report.metadata.dateline?.span, Span(block: 2, start: 0, end: 12))
        XCTAssertEqual(report.metadata.dateline?.place, "GENEVA")
    }

    func testNotDatelines() throws {
        let texts = [
            "US - China talks resume in Geneva.",
            "The minister said on Monday - in a statement - that talks would go on.",
            "NATO members met in Brussels.",
            "A-level results are out - and they are good.",
            "KABUL, yesterday - Talks resumed.",
            "KABUL (Reuters) said nothing.",
            "LONDON, 5 March -no space after the dash.",
        ]
        for text in texts {
            XCTAssertNil(try reader.read(text).metadata.dateline, text)
        }
    }

    func testOnlyTheFirstBodyParagraphHasADateline() throws {
        let report = try reader.read("Talks resume\n\nTalks resumed on Monday.\n\nKABUL (Reuters) - More.")
        XCTAssertNil(report.metadata.dateline)
    }
}
