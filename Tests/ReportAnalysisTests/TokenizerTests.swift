@testable import ReportAnalysis
import ReportModel
import XCTest

final class TokenizerTests: XCTestCase {
    private let tokenizer = Tokenizer.standard

    private func texts(_ text: String) -> [String] {
        tokenizer.tokens(ScalarText(text)).map(\.text)
    }

    func testSplitsPossessivesButKeepsInnerApostrophes() {
        XCTAssertEqual(texts("Ghani’s tenure, O'Brien's view, don't"), ["Ghani", "’s", "tenure", ",", "O'Brien", "'s", "view", ",", "don't"])
        XCTAssertEqual(texts("the workers' union"), ["the", "workers", "'", "union"])
    }

    func testKeepsAbbreviationsInitialsAndDottedAcronymsWithTheirPeriod() {
        XCTAssertEqual(texts("Mr. Smith of the U.S.A. met J. Doe on Jan. 5."), ["Mr.", "Smith", "of", "the", "U.S.A.", "met", "J.", "Doe", "on", "Jan.", "5", "."])
        XCTAssertEqual(texts("It was cold."), ["It", "was", "cold", "."])
    }

    func testNumbersKeepSeparatorsAndSplitFromUnits() {
        XCTAssertEqual(texts("$1.13bn and 1,000 people, 3.5%"), ["$", "1.13", "bn", "and", "1,000", "people", ",", "3.5", "%"])
        XCTAssertEqual(texts("in 2004."), ["in", "2004", "."])
    }

    func testHyphensSplitWordsWithoutSpaces() {
        let tokens = tokenizer.tokens(ScalarText("Afghanistan-Pakistan border"))
        XCTAssertEqual(tokens.map(\.text), ["Afghanistan", "-", "Pakistan", "border"])
        XCTAssertEqual(tokens.map(\.spaceBefore), [true, false, false, true])
    }

    func testOffsetsCountUnicodeScalars() {
        let tokens = tokenizer.tokens(ScalarText("é 🌊 word"))
        XCTAssertEqual(tokens.last?.text, "word")
        XCTAssertEqual(tokens.last?.start, 4)
        XCTAssertEqual(tokens.last?.end, 8)
    }

    func testQuotationMarksAreTokens() {
        let tokens = tokenizer.tokens(ScalarText("“Yes,” he said. 'No'"))
        XCTAssertEqual(tokens.filter { $0.kind == .quoteMark }.map(\.text), ["“", "”", "'", "'"])
        XCTAssertEqual(tokens.first { $0.text == "he" }?.lower, "he")
        XCTAssertEqual(tokens.first { $0.text == "Yes" }?.lower, "yes")
    }
}
