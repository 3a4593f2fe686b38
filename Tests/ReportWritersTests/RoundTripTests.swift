import _ReportTestSupport
import ReportModel
import ReportReaders
import ReportWriters
import XCTest

/// The native XML and the model JSON are lossless: reading what was written gives the same model.
final class RoundTripTests: XCTestCase {
    func testNativeXMLReadsBackIntoTheSameModel() throws {
        let report = RichReport.report
        let bytes = try ReportXMLWriter().write(report)
        let read = try ReportXMLReader().read(bytes, options: ReadOptions())
        XCTAssertEqual(read, report)
    }

    func testModelJSONReadsBackIntoTheSameModel() throws {
        let report = RichReport.report
        let bytes = try ReportJSONWriter().write(report)
        let read = try ReportJSONReader().read(bytes, options: ReadOptions())
        XCTAssertEqual(read, report)
    }

    func testNativeXMLSplitsAndRejoinsCrossingSpans() throws {
        let bytes = try ReportXMLWriter().write(RichReport.report)
        let xml = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(xml.contains("continued=\"true\""), "the rich report has crossing spans; the writer must split one")
        let read = try ReportXMLReader().read(bytes, options: ReadOptions())
        XCTAssertEqual(read.dates.first { $0.id == "d7" }?.span, RichReport.report.dates.first { $0.id == "d7" }?.span)
    }

    func testMinimalReportRoundTrips() throws {
        let report = Report(blocks: [Block(kind: .paragraph, text: "x", location: SourceLocation(line: 1, column: 1))])
        XCTAssertEqual(try ReportXMLReader().read(ReportXMLWriter().write(report), options: ReadOptions()), report)
        XCTAssertEqual(try ReportJSONReader().read(ReportJSONWriter().write(report), options: ReadOptions()), report)
    }
}
