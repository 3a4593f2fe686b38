@testable import ReportAnalysis
import ReportModel
import XCTest

final class SentenceSplitterTests: XCTestCase {
    private let tokenizer = Tokenizer.standard
    private let splitter = SentenceSplitter(titleAbbreviations: Lexicon.titleAbbreviations)

    private func sentences(_ text: String) -> [String] {
        let scalarText = ScalarText(text)
        let tokens = tokenizer.tokens(scalarText)
        return splitter.sentences(tokens).map { range in
            scalarText.string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
        }
    }

    func testSplitsAtFullStopsBeforeCapitals() {
        XCTAssertEqual(sentences("The vote failed. Officials left early! Will they return? Nobody knows."),
                       ["The vote failed.", "Officials left early!", "Will they return?", "Nobody knows."])
    }

    func testTitlesAndInitialsNeverEndASentence() {
        XCTAssertEqual(sentences("Mr. Smith met Gen. Jones and J. R. Doe in town."), ["Mr. Smith met Gen. Jones and J. R. Doe in town."])
    }

    func testAbbreviationsEndASentenceOnlyBeforeAFunctionWord() {
        XCTAssertEqual(sentences("It is based in the U.S. The company disagrees."), ["It is based in the U.S.", "The company disagrees."])
        XCTAssertEqual(sentences("The U.S. Army said so."), ["The U.S. Army said so."])
        XCTAssertEqual(sentences("Talks ended on Jan. 5 without a deal."), ["Talks ended on Jan. 5 without a deal."])
        XCTAssertEqual(sentences("A spokesman for No. 10 said Gen. Ruiz had left."), ["A spokesman for No. 10 said Gen. Ruiz had left."])
    }

    func testDecimalsAndNumbersDoNotSplit() {
        XCTAssertEqual(sentences("Growth was 3.5 percent in 2004. It fell to 2.1 percent."), ["Growth was 3.5 percent in 2004.", "It fell to 2.1 percent."])
    }

    func testQuotationsThatEndSentences() {
        XCTAssertEqual(sentences("\"Why now?\" he asked. \"Because.\" She left."), ["\"Why now?\" he asked.", "\"Because.\"", "She left."])
        XCTAssertEqual(sentences("He said: \"We won.\" Then he left."), ["He said: \"We won.\"", "Then he left."])
    }

    func testEllipsesSplitOnlyBeforeCapitals() {
        XCTAssertEqual(sentences("It was... odd. Then... Nothing happened."), ["It was... odd.", "Then...", "Nothing happened."])
    }

    func testSentencesCoverAllTokens() {
        let text = "One. Two three. \"Four,\" five said. Mr. Six"
        let tokens = tokenizer.tokens(ScalarText(text))
        let ranges = splitter.sentences(tokens)
        XCTAssertEqual(ranges.first?.lowerBound, 0)
        XCTAssertEqual(ranges.last?.upperBound, tokens.count)
        for (previous, next) in zip(ranges, ranges.dropFirst()) { XCTAssertEqual(previous.upperBound, next.lowerBound) }
    }
}
