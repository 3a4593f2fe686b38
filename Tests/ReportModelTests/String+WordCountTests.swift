import ReportModel
import XCTest

final class StringWordCountTests: XCTestCase {
    func testPlainWords() {
        XCTAssertEqual("".wordCount, 0)
        XCTAssertEqual("   \n ".wordCount, 0)
        XCTAssertEqual("Hello, world!".wordCount, 2)
        XCTAssertEqual("one\ntwo\tthree  four".wordCount, 4)
    }

    func testApostrophesAndHyphensStayInsideWords() {
        XCTAssertEqual("don't stop".wordCount, 2)
        XCTAssertEqual("it\u{2019}s well-known".wordCount, 2)
        XCTAssertEqual("rock \u{2019}n\u{2019} roll".wordCount, 3)
        XCTAssertEqual("a - b".wordCount, 2, "a free-standing hyphen is no word")
        XCTAssertEqual("-- ' --".wordCount, 0)
    }

    func testNumbersAreWords() {
        XCTAssertEqual("In 2024 it cost 40%".wordCount, 5)
        XCTAssertEqual("\u{661}\u{662}\u{663} people".wordCount, 2, "Arabic-Indic digits")
    }

    func testNonLatinScripts() {
        XCTAssertEqual("Café in Zürich".wordCount, 3)
        XCTAssertEqual("東京 and Москва".wordCount, 3)
        XCTAssertEqual("🌊 🌊".wordCount, 0, "emoji are not words")
    }

    func testCombiningMarksDoNotSplitWords() {
        XCTAssertEqual("re\u{301}sume\u{301} sent".wordCount, 2, "decomposed accents")
        XCTAssertEqual("\u{939}\u{93F}\u{928}\u{94D}\u{926}\u{940} text".wordCount, 2, "Devanagari with a virama")
    }

    func testArticleBodyIsTheParagraphsOnly() {
        let report = Report(blocks: [
            Block(kind: .heading, text: "Two words", location: SourceLocation(line: 1, column: 1)),
            Block(kind: .paragraph, text: "And three more.", location: SourceLocation(line: 3, column: 1)),
            Block(kind: .byline, text: "By A. Writer", location: SourceLocation(line: 5, column: 1)),
            Block(kind: .paragraph, text: "Last one.", location: SourceLocation(line: 7, column: 1)),
        ])
        XCTAssertEqual(report.articleBody, "And three more.\n\nLast one.")
        XCTAssertEqual(report.articleBody.wordCount, 5)
    }
}
