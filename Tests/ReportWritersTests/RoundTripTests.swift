import _ReportTestSupport
import ReportModel
import ReportReaders
import ReportValidation
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

    func testQuotationsSharingASpeakerShareOneElementAtAnyCount() throws {
        // One speaker named once and 300 paragraphs of quotations that continue it: one element
        // per quotation would nest 300 deep, past what an XML parser accepts.
        var blocks = [Block(kind: .paragraph, text: "Jane Roe said:", location: SourceLocation(line: 1, column: 1))]
        var quotations: [Quotation] = []
        let speakerSpan = Span(block: 0, start: 0, end: 8)
        for index in 1...300 {
            blocks.append(Block(kind: .paragraph, text: "\"More.\"", location: SourceLocation(line: 2 * index + 1, column: 1)))
            quotations.append(Quotation(
                id: "q\(index)", text: "More.", parts: [Span(block: index, start: 1, end: 6)],
                speaker: Speaker(name: "Jane Roe", kind: .person, span: speakerSpan), cue: "said", cueSpan: Span(block: 0, start: 9, end: 13)
            ))
        }
        var report = Report(blocks: blocks)
        report.quotations = quotations
        let bytes = try ReportXMLWriter().write(report)
        let xml = String(decoding: bytes, as: UTF8.self)
        XCTAssertEqual(xml.components(separatedBy: "<speaker ref=").count - 1, 1, "one inline speaker element")
        XCTAssertTrue(xml.contains("<speaker ref=\"q1 q2 q3 "))
        XCTAssertEqual(try BundledSchemas.validator(for: "report.xsd").validate(bytes), [])
        XCTAssertEqual(try ReportXMLReader().read(bytes, options: ReadOptions()), report)
    }
}
