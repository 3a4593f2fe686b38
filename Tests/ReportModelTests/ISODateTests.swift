import ReportModel
import XCTest

final class ISODateTests: XCTestCase {
    func testValidDates() {
        for text in ["2024-03-05", "1999-12-31", "2023-01-01", "0001-01-01", "2024-04-30"] {
            XCTAssertTrue(ISODate.isValid(text), text)
        }
        XCTAssertEqual(ISODate.dateComponents("2024-03-05")?.year, 2024)
        XCTAssertEqual(ISODate.dateComponents("2024-03-05")?.month, 3)
        XCTAssertEqual(ISODate.dateComponents("2024-03-05")?.day, 5)
    }

    func testLeapYears() {
        XCTAssertTrue(ISODate.isValid("2024-02-29"))
        XCTAssertTrue(ISODate.isValid("2000-02-29"), "divisible by 400")
        XCTAssertFalse(ISODate.isValid("2023-02-29"))
        XCTAssertFalse(ISODate.isValid("1900-02-29"), "divisible by 100 but not 400")
        XCTAssertEqual(ISODate.daysInMonth(year: 2024, month: 2), 29)
        XCTAssertEqual(ISODate.daysInMonth(year: 2100, month: 2), 28)
        XCTAssertEqual(ISODate.daysInMonth(year: 2023, month: 9), 30)
        XCTAssertEqual(ISODate.daysInMonth(year: 2023, month: 12), 31)
    }

    func testDaysAndMonthsThatDoNotExist() {
        for text in ["2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32"] {
            XCTAssertFalse(ISODate.isValid(text), text)
            XCTAssertNil(ISODate.dateComponents(text), text)
        }
    }

    func testDateTimes() {
        for text in [
            "2024-03-05T10:30", "2024-03-05T10:30:15", "2024-03-05T10:30:15.250", "2024-03-05T23:59:60Z",
            "2024-03-05T10:30Z", "2024-03-05T10:30:15Z", "2024-03-05T10:30:15+01:00", "2024-03-05T10:30-05:30",
            "2024-03-05T10:30:15.5+14:00",
        ] {
            XCTAssertTrue(ISODate.isValid(text), text)
        }
        XCTAssertEqual(ISODate.dateComponents("2024-02-29T08:00:00+02:00")?.day, 29)
    }

    func testInvalidTimesAndOffsets() {
        for text in [
            "2024-03-05T24:00", "2024-03-05T10:60", "2024-03-05T10:30:61", "2024-03-05T10", "2024-03-05T10:30:",
            "2024-03-05T10:30:15.", "2024-03-05T10:30:15ZZ", "2024-03-05T10:30+0100", "2024-03-05T10:30+01:60",
            "2024-03-05T10:30+24:00", "2024-03-05 10:30", "2024-03-05t10:30", "2024-03-05Z", "2024-03-05T10:30:15+01:00:00",
            "2024-02-30T10:00Z",
        ] {
            XCTAssertFalse(ISODate.isValid(text), text)
        }
    }

    func testGarbage() {
        for text in ["", "2024", "2024-03", "5 March 2024", "24-03-05", "2024/03/05", "abcd-ef-gh", "2024-3-5", "2024-03-5x", "２０２４-03-05", "2024-03-05\n"] {
            XCTAssertFalse(ISODate.isValid(text), text.debugDescription)
        }
    }
}
