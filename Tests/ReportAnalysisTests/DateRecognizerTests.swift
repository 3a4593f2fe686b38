import ReportModel
import XCTest

final class DateRecognizerTests: XCTestCase {
    private func dates(_ text: String, published: String? = nil) throws -> [(String, String?)] {
        try analyze(text, published: published).dates.map { ($0.text, $0.value) }
    }

    private func assertDates(_ text: String, published: String? = nil, _ expected: [(String, String?)], file: StaticString = #filePath, line: UInt = #line) throws {
        let found = try dates(text, published: published)
        XCTAssertEqual(found.map(\.0), expected.map(\.0), file: file, line: line)
        XCTAssertEqual(found.map(\.1), expected.map(\.1), file: file, line: line)
    }

    func testAbsoluteDatesInEveryWrittenForm() throws {
        try assertDates("Attacks on January 10, 2017, on 10 January 2017, on Jan. 10, 2017, on 2017-01-10 and on the 10th of January 2017.", [
            ("January 10, 2017", "2017-01-10"), ("10 January 2017", "2017-01-10"), ("Jan. 10, 2017", "2017-01-10"),
            ("2017-01-10", "2017-01-10"), ("10th of January 2017", "2017-01-10"),
        ])
        try assertDates("It opened in March 2004 and closed in 2009.", [("March 2004", "2004-03"), ("2009", "2009")])
    }

    func testImpossibleDatesAreNotDates() throws {
        // Neither impossible day is a date; what is left of each is the year 2017.
        try assertDates("The code was February 30, 2017 and 2017-13-01.", [("2017", "2017"), ("2017", "2017")])
    }

    func testCountsAmountsAndTimesAreNotYears() throws {
        try assertDates("It hired 2,000 people, paid $2005 and met at 1650 GMT with 1999 members.", [])
    }

    func testRelativeDatesWithoutPublicationDateHaveNoValue() throws {
        let report = try analyze("It was released early this month, and last year sales fell. More talks come next week.")
        XCTAssertEqual(report.dates.map(\.text), ["early this month", "last year", "next week"])
        XCTAssertTrue(report.dates.allSatisfy { $0.value == nil && $0.relative })
        XCTAssertEqual(report.dates[0].qualifier, "early")
        XCTAssertEqual(report.dates[0].precision, .month)
        let note = try XCTUnwrap(report.diagnostics.first { $0.code == "unresolved-relative-date" })
        XCTAssertEqual(note.severity, .note)
    }

    func testRelativeDatesResolveAgainstThePublicationDate() throws {
        try assertDates("It was released early this month. Last year sales fell. More talks come next week. It rained yesterday. Two years ago it was dry.",
                        published: "2017-06-20", [
                            ("early this month", "2017-06"), ("Last year", "2016"), ("next week", "2017-W26"), ("yesterday", "2017-06-19"), ("Two years ago", "2015"),
                        ])
        let report = try analyze("It was released early this month.", published: "2017-06-20")
        XCTAssertEqual(report.dates.first?.qualifier, "early")
        XCTAssertEqual(report.dates.first?.relative, true)
        XCTAssertFalse(report.diagnostics.contains { $0.code == "unresolved-relative-date" })
    }

    func testWeekdaysAndMonthsResolveToTheNearestOccurrence() throws {
        // 2017-06-20 was a Tuesday.
        try assertDates("The vote took place on Friday.", published: "2017-06-20", [("Friday", "2017-06-16")])
        try assertDates("The vote will take place on Friday.", published: "2017-06-20", [("Friday", "2017-06-23")])
        try assertDates("It happened last September.", published: "2017-06-20", [("last September", "2016-09")])
        try assertDates("Talks began in March.", published: "2017-06-20", [("March", "2017-03")])
        try assertDates("Talks began on 14 March.", published: "2017-06-20", [("14 March", "2017-03-14")])
    }

    func testADayWithoutYearTakesTheYearOfAFollowingDate() throws {
        try assertDates("The festival ran from 20 March to 27 March 2004.", [("20 March", "2004-03-20"), ("27 March 2004", "2004-03-27")])
    }

    func testMayIsAMonthOnlyWhereAMonthCanStand() throws {
        try assertDates("Theresa May spoke. Talks resume in May. It may rain on May 5, 2019.", [("May", nil), ("May 5, 2019", "2019-05-05")])
    }

    func testDecadesSeasonsAndQualifiedYears() throws {
        let report = try analyze("Prices rose in the 1990s and in the '80s, again in summer 2006 and in early 2001.")
        XCTAssertEqual(report.dates.map(\.text), ["the 1990s", "the '80s", "summer 2006", "early 2001"])
        XCTAssertEqual(report.dates.map(\.value), [nil, nil, "2006", "2001"])
        XCTAssertEqual(report.dates.map(\.precision), [.decade, .decade, .season, .year])
        XCTAssertEqual(report.dates.map(\.qualifier), [nil, nil, "summer", "early"])
    }

    func testSpansLeaveOutPrepositions() throws {
        let report = try analyze("They met on Thursday.")
        XCTAssertEqual(report.dates.map { report.text(of: $0.span) }, ["Thursday"])
    }
}

final class RelativeDateFormTests: XCTestCase {
    func testMonthOfARelativeYearAndTheComingYear() throws {
        let report = try analyze("Sales rose in July last year and will rise in the coming year.", published: "2005-03-01")
        XCTAssertEqual(report.dates.map(\.text), ["July last year", "the coming year"])
        XCTAssertEqual(report.dates.map(\.value), ["2004-07", "2006"])
        let unanchored = try analyze("Sales rose in July last year.")
        XCTAssertEqual(unanchored.dates.first?.value, nil)
    }

    func testTodayCapitalisedInsideASentenceIsAName() throws {
        let report = try analyze("He told the BBC's Today programme that today was different.")
        XCTAssertEqual(report.dates.map(\.text), ["today"])
    }
}
