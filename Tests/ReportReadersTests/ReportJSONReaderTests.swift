import ReportModel
import ReportReaders
import ReportWriters
import XCTest

final class ReportJSONReaderTests: XCTestCase {
    private let reader = ReportJSONReader()

    private func sampleJSON() throws -> String {
        String(decoding: try ReportJSONWriter().write(SampleReport.report), as: UTF8.self)
    }

    private func read(_ bytes: [UInt8]) throws(ReaderError) -> Report {
        try reader.read(bytes, options: ReadOptions())
    }

    func testSampleIsAccepted() throws {
        XCTAssertEqual(try read(Array(sampleJSON().utf8)), SampleReport.report)
    }

    func testInvalidJSONGivesLineAndColumn() throws {
        let json = "{\n  \"metadata\": {,\n}"
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(Array(json.utf8)) })
        XCTAssertTrue(error.message.hasPrefix("not valid JSON"), error.message)
        XCTAssertEqual(error.location, SourceLocation(line: 2, column: 16))
    }

    func testTruncatedAndEmptyJSON() throws {
        let truncated = Array(try sampleJSON().utf8.dropLast(10))
        XCTAssertTrue(try XCTUnwrap(malformed { () throws(ReaderError) in try read(truncated) }).message.hasPrefix("not valid JSON"))
        XCTAssertTrue(try XCTUnwrap(malformed { () throws(ReaderError) in try read([]) }).message.hasPrefix("not valid JSON"))
    }

    func testJSONThatIsNotAReportModel() throws {
        for json in [#"{"hello": 1}"#, "[]", #""a report""#, "42"] {
            let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(Array(json.utf8)) }, json)
            XCTAssertTrue(error.message.hasPrefix("not a valid report model"), "\(json): \(error.message)")
        }
    }

    func testUnknownBlockKindIsNotAReportModel() throws {
        let bytes = SampleReport.replacing(#""kind": "heading""#, with: #""kind": "chapter""#, in: try sampleJSON())
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(bytes) })
        XCTAssertTrue(error.message.hasPrefix("not a valid report model"), error.message)
        XCTAssertGreaterThan(error.location.line, 1, "the location points at the offending value")
    }

    func testMentionTextNotMatchingItsSpan() throws {
        let bytes = SampleReport.replacing(#""text": "KABUL""#, with: #""text": "Kabul""#, in: try sampleJSON())
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(bytes) })
        XCTAssertTrue(error.message.hasPrefix("inconsistent report"), error.message)
        XCTAssertTrue(error.message.contains("mention of place-kabul: text 'Kabul' is not the text of its span"), error.message)
    }

    func testDateTextNotMatchingItsSpan() throws {
        let bytes = SampleReport.replacing(#""text": "June 20""#, with: #""text": "June 2""#, in: try sampleJSON())
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(bytes) })
        XCTAssertTrue(error.message.contains("date d1"), error.message)
    }

    func testSpanPastTheEndOfItsBlock() throws {
        let bytes = SampleReport.replacing(#""end": 21"#, with: #""end": 99"#, in: try sampleJSON())
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(bytes) })
        XCTAssertTrue(error.message.contains("lies outside block 0"), error.message)
    }
}
