import ReportModel
import XCTest

final class ScalarTextTests: XCTestCase {
    func testASCIISlices() {
        let text = ScalarText("The report said")
        XCTAssertEqual(text.count, 15)
        XCTAssertEqual(text.string(4..<10), "report")
        XCTAssertEqual(text.string(0..<0), "")
        XCTAssertEqual(text.string, "The report said")
    }

    func testNonASCIISlicesCountScalars() {
        // é is 2 UTF-8 bytes, 🌊 is 4 bytes and 2 UTF-16 units, 東京 are 3 bytes each.
        let text = ScalarText("Café 🌊 in 東京!")
        XCTAssertEqual(text.count, 13)
        XCTAssertEqual(text.string(0..<4), "Café")
        XCTAssertEqual(text.string(3..<4), "é")
        XCTAssertEqual(text.string(5..<6), "🌊")
        XCTAssertEqual(text.string(10..<12), "東京")
        XCTAssertEqual(text.string(12..<13), "!")
        XCTAssertEqual(text.scalars[5], "\u{1F30A}")
    }

    func testCombiningMarksAreScalarsOfTheirOwn() {
        let text = ScalarText("e\u{301}t\u{E9}")
        XCTAssertEqual(text.count, 4)
        XCTAssertEqual(text.string(0..<1), "e")
        XCTAssertEqual(text.string(1..<2), "\u{301}")
        XCTAssertEqual(text.string(3..<4), "é")
    }

    func testRangesAreClampedToTheText() {
        let text = ScalarText("héllo")
        XCTAssertEqual(text.string(3..<100), "lo")
        XCTAssertEqual(text.string(-4..<2), "hé")
        XCTAssertEqual(text.string(50..<60), "")
        XCTAssertEqual(text.string(-5 ..< -1), "")
        XCTAssertEqual(text.string(0..<Int.max), "héllo")
    }

    func testEmptyText() {
        let text = ScalarText("")
        XCTAssertEqual(text.count, 0)
        XCTAssertEqual(text.string(0..<1), "")
        XCTAssertEqual(text.string, "")
    }

    func testScalarInitialiserAgreesWithStringInitialiser() {
        let string = "Zürich 🌊 東京 \u{10FFFF} e\u{301}"
        let fromScalars = ScalarText(scalars: Array(string.unicodeScalars))
        XCTAssertEqual(fromScalars, ScalarText(string))
        XCTAssertEqual(fromScalars.string, string)
        XCTAssertEqual(fromScalars.string(7..<8), "🌊")
        XCTAssertEqual(fromScalars.string(9..<11), "東京")
        XCTAssertEqual(fromScalars.string(12..<13), "\u{10FFFF}")
    }

    func testEqualityComparesScalars() {
        XCTAssertEqual(ScalarText("abc"), ScalarText("abc"))
        XCTAssertNotEqual(ScalarText("é"), ScalarText("e\u{301}"), "canonically equivalent but different scalars")
    }

    func testCodePointHasAtLeastFourHexDigits() {
        XCTAssertEqual(Unicode.Scalar(0x0B).codePoint, "U+000B")
        XCTAssertEqual(Unicode.Scalar(0xFFFE)!.codePoint, "U+FFFE")
        XCTAssertEqual(Unicode.Scalar(0x1F600)!.codePoint, "U+1F600")
    }

    func testStringFromScalarsEncodesEveryWidth() {
        let text = "a\u{E9}\u{20AC}\u{1F600}z"
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(scalars: scalars), text)
        XCTAssertEqual(String(scalars: scalars[1..<4]), "\u{E9}\u{20AC}\u{1F600}")
        XCTAssertEqual(String(scalars: scalars[2..<2]), "")
    }
}
