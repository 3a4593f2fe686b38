import ReportModel
import XCTest

final class BlockTests: XCTestCase {
    private let block = Block(kind: .paragraph, text: "ab\ncd\n\nef", location: SourceLocation(line: 3, column: 5))

    func testOffsetOnTheFirstLineCountsFromTheBlockColumn() {
        XCTAssertEqual(block.location(ofOffset: 0), SourceLocation(line: 3, column: 5))
        XCTAssertEqual(block.location(ofOffset: 1), SourceLocation(line: 3, column: 6))
        XCTAssertEqual(block.location(ofOffset: 2), SourceLocation(line: 3, column: 7), "the line break itself ends the line")
    }

    func testOffsetsAfterALineBreakStartAtColumnOne() {
        XCTAssertEqual(block.location(ofOffset: 3), SourceLocation(line: 4, column: 1))
        XCTAssertEqual(block.location(ofOffset: 4), SourceLocation(line: 4, column: 2))
        XCTAssertEqual(block.location(ofOffset: 6), SourceLocation(line: 5, column: 1), "an empty line")
        XCTAssertEqual(block.location(ofOffset: 7), SourceLocation(line: 6, column: 1))
        XCTAssertEqual(block.location(ofOffset: 9), SourceLocation(line: 6, column: 3), "one past the end")
    }

    func testColumnsCountUnicodeScalars() {
        let block = Block(kind: .heading, text: "é🌊東x", location: SourceLocation(line: 1, column: 1))
        XCTAssertEqual(block.location(ofOffset: 3), SourceLocation(line: 1, column: 4))
    }

    func testManyOffsetsAreLocatedInOnePassWithTheSameAnswers() {
        let offsets = [0, 1, 2, 3, 4, 6, 7, 9]
        XCTAssertEqual(block.locations(ofOffsets: offsets), offsets.map(block.location(ofOffset:)))
        XCTAssertEqual(block.locations(ofOffsets: [4, 4]), [SourceLocation(line: 4, column: 2), SourceLocation(line: 4, column: 2)], "a repeated offset")
        XCTAssertEqual(block.locations(ofOffsets: []), [])
    }

    func testSourceLocationsOrderByLineThenColumn() {
        XCTAssertLessThan(SourceLocation(line: 1, column: 80), SourceLocation(line: 2, column: 1))
        XCTAssertLessThan(SourceLocation(line: 2, column: 1), SourceLocation(line: 2, column: 2))
        XCTAssertFalse(SourceLocation(line: 2, column: 2) < SourceLocation(line: 2, column: 2))
    }
}
