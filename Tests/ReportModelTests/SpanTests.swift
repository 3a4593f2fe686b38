import ReportModel
import XCTest

final class SpanTests: XCTestCase {
    func testLengthIsEndMinusStart() {
        XCTAssertEqual(Span(block: 0, start: 3, end: 10).length, 7)
        XCTAssertEqual(Span(block: 0, start: 4, end: 4).length, 0)
    }

    func testOrderingIsByBlockThenStart() {
        XCTAssertLessThan(Span(block: 0, start: 50, end: 60), Span(block: 1, start: 0, end: 1))
        XCTAssertLessThan(Span(block: 1, start: 2, end: 3), Span(block: 1, start: 3, end: 4))
        XCTAssertFalse(Span(block: 1, start: 3, end: 4) < Span(block: 1, start: 2, end: 30))
    }

    func testLongerSpanComesFirstAtEqualStart() {
        let outer = Span(block: 0, start: 5, end: 20)
        let inner = Span(block: 0, start: 5, end: 8)
        XCTAssertLessThan(outer, inner)
        XCTAssertFalse(inner < outer)
        XCTAssertEqual([inner, Span(block: 0, start: 1, end: 2), outer].sorted(), [Span(block: 0, start: 1, end: 2), outer, inner])
    }

    func testEqualSpansAreNotLessThanEachOther() {
        let span = Span(block: 2, start: 1, end: 4)
        XCTAssertFalse(span < Span(block: 2, start: 1, end: 4))
        XCTAssertEqual(span, Span(block: 2, start: 1, end: 4))
    }

    func testOverlapsWhenSharingAScalar() {
        let span = Span(block: 0, start: 5, end: 10)
        XCTAssertTrue(span.overlaps(Span(block: 0, start: 9, end: 12)))
        XCTAssertTrue(span.overlaps(Span(block: 0, start: 0, end: 6)))
        XCTAssertTrue(span.overlaps(Span(block: 0, start: 6, end: 7)))
        XCTAssertTrue(Span(block: 0, start: 6, end: 7).overlaps(span))
        XCTAssertTrue(span.overlaps(span))
    }

    func testAdjacentOrSeparateSpansDoNotOverlap() {
        let span = Span(block: 0, start: 5, end: 10)
        XCTAssertFalse(span.overlaps(Span(block: 0, start: 10, end: 12)))
        XCTAssertFalse(span.overlaps(Span(block: 0, start: 0, end: 5)))
        XCTAssertFalse(span.overlaps(Span(block: 0, start: 11, end: 12)))
        XCTAssertFalse(span.overlaps(Span(block: 1, start: 5, end: 10)), "spans in different blocks never overlap")
    }

    func testEmptySpanSharesNoScalar() {
        let span = Span(block: 0, start: 5, end: 10)
        let empty = Span(block: 0, start: 7, end: 7)
        XCTAssertFalse(span.overlaps(empty))
        XCTAssertFalse(empty.overlaps(span))
    }

    func testIsInside() {
        let outer = Span(block: 1, start: 5, end: 10)
        XCTAssertTrue(Span(block: 1, start: 5, end: 10).isInside(outer))
        XCTAssertTrue(Span(block: 1, start: 6, end: 9).isInside(outer))
        XCTAssertTrue(Span(block: 1, start: 5, end: 6).isInside(outer))
        XCTAssertFalse(Span(block: 1, start: 4, end: 9).isInside(outer))
        XCTAssertFalse(Span(block: 1, start: 6, end: 11).isInside(outer))
        XCTAssertFalse(outer.isInside(Span(block: 1, start: 6, end: 9)))
        XCTAssertFalse(Span(block: 0, start: 6, end: 9).isInside(outer), "a span in another block is not inside")
    }
}
