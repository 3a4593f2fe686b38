import ReportModel
import XCTest

final class MonthNameTests: XCTestCase {
    func testFullNamesAndAbbreviations() {
        XCTAssertEqual(MonthName.number(of: "January"), 1)
        XCTAssertEqual(MonthName.number(of: "jan"), 1)
        XCTAssertEqual(MonthName.number(of: "Jan."), 1)
        XCTAssertEqual(MonthName.number(of: "MAY"), 5)
        XCTAssertEqual(MonthName.number(of: "Sept"), 9)
        XCTAssertEqual(MonthName.number(of: "sept."), 9)
        XCTAssertEqual(MonthName.number(of: "Sep"), 9)
        XCTAssertEqual(MonthName.number(of: "december"), 12)
        XCTAssertEqual(MonthName.number(of: "Dec"[...]), 12, "substrings are accepted")
    }

    func testOtherWords() {
        for word in ["", ".", "Janu", "Mayday", "Ju", "13", "Juny", "Sept..", "Monday"] {
            XCTAssertNil(MonthName.number(of: word), word)
        }
    }

    func testNames() {
        XCTAssertEqual(MonthName.name(of: 1), "January")
        XCTAssertEqual(MonthName.name(of: 9), "September")
        XCTAssertEqual(MonthName.name(of: 12), "December")
        for number in 1...12 {
            XCTAssertEqual(MonthName.number(of: MonthName.name(of: number)), number)
        }
    }

    func testNumbersOutsideOneToTwelveCountOn() {
        XCTAssertEqual(MonthName.name(of: 13), "January")
        XCTAssertEqual(MonthName.name(of: 0), "December")
        XCTAssertEqual(MonthName.name(of: -1), "November")
    }
}
