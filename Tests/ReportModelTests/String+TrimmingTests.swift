import ReportModel
import XCTest

final class StringTrimmingTests: XCTestCase {
    func testTrimmingWhitespace() {
        XCTAssertEqual("  hello \n\t".trimmingWhitespace, "hello")
        XCTAssertEqual("a  b".trimmingWhitespace, "a  b", "inner white space stays")
        XCTAssertEqual("\u{A0}\u{2003}text\u{3000}".trimmingWhitespace, "text", "Unicode white space")
        XCTAssertEqual("\r\n x \r\n".trimmingWhitespace, "x")
        XCTAssertEqual("   ".trimmingWhitespace, "")
        XCTAssertEqual("".trimmingWhitespace, "")
        XCTAssertEqual(" 東京 🌊 ".trimmingWhitespace, "東京 🌊")
    }

    func testTrimmingWhitespaceOfASubstring() {
        let line = "--  middle  --"
        XCTAssertEqual(line.dropFirst(2).dropLast(2).trimmingWhitespace, "middle")
    }

    func testTrimmingCharacters() {
        XCTAssertEqual("**-a-b*-".trimmingCharacters(in: "*-"), "a-b")
        XCTAssertEqual("\u{AB}Bonjour\u{BB}".trimmingCharacters(in: "\u{AB}\u{BB}"), "Bonjour")
        XCTAssertEqual(" , June 20, ".trimmingCharacters(in: " ,"), "June 20")
        XCTAssertEqual("xyz".trimmingCharacters(in: ""), "xyz")
        XCTAssertEqual(",,,".trimmingCharacters(in: ","), "")
    }

    func testTrimmingComparesScalars() {
        XCTAssertEqual("e\u{301}\u{301}".trimmingCharacters(in: "\u{301}"), "e", "a combining mark is trimmed on its own")
        XCTAssertEqual("\u{1F30A}wave\u{1F30A}".trimmingCharacters(in: "\u{1F30A}"), "wave")
    }
}
