import Foundation
import ReportModel
import XCTest

final class ReportCodableTests: XCTestCase {
    private func encode(_ report: Report) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(report)
    }

    private func jsonObject(_ report: Report) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: encode(report)) as? [String: Any])
    }

    func testRichReportRoundTrips() throws {
        let report = Fixtures.report
        let decoded = try JSONDecoder().decode(Report.self, from: encode(report))
        XCTAssertEqual(decoded, report)
        // Spot checks, so that a lossy Equatable could not hide a lossy Codable.
        XCTAssertEqual(decoded.metadata.dateline?.span, report.metadata.dateline?.span)
        XCTAssertEqual(decoded.entities[1].name, "Zürich")
        XCTAssertEqual(decoded.entities[3].mentions[0].title, "Ms")
        XCTAssertNil(decoded.quotations[1].speaker)
        XCTAssertNil(decoded.dates[0].value)
        XCTAssertEqual(decoded.figures[0].value, 1_500_000_000)
        XCTAssertNil(decoded.diagnostics[1].location)
        XCTAssertEqual(decoded.provenance?.byteCount, 321)
    }

    func testEmptyReportRoundTrips() throws {
        XCTAssertEqual(try JSONDecoder().decode(Report.self, from: encode(Report())), Report())
    }

    func testEncodingIsDeterministic() throws {
        XCTAssertEqual(try encode(Fixtures.report), try encode(Fixtures.report))
    }

    func testQuotationWithoutSpeakerOrCueEncodesNull() throws {
        let quotations = try XCTUnwrap(jsonObject(Fixtures.report)["quotations"] as? [[String: Any]])
        let unattributed = quotations[1]
        XCTAssertEqual(unattributed["id"] as? String, "q2")
        XCTAssertTrue(unattributed["speaker"] is NSNull, "speaker is \(String(describing: unattributed["speaker"]))")
        XCTAssertTrue(unattributed["cue"] is NSNull, "cue is \(String(describing: unattributed["cue"]))")
        XCTAssertNil(unattributed["cueSpan"], "an unknown cue span is left out, not null")
        XCTAssertEqual(quotations[0]["cue"] as? String, "said")
    }

    func testSpeakerWithoutEntityEncodesNull() throws {
        let quotations = try XCTUnwrap(jsonObject(Fixtures.report)["quotations"] as? [[String: Any]])
        let speaker = try XCTUnwrap(quotations[2]["speaker"] as? [String: Any])
        XCTAssertEqual(speaker["name"] as? String, "the report")
        XCTAssertTrue(speaker["entity"] is NSNull, "entity is \(String(describing: speaker["entity"]))")
        XCTAssertNil(speaker["span"], "an unknown speaker span is left out")
        let attributed = try XCTUnwrap(quotations[0]["speaker"] as? [String: Any])
        XCTAssertEqual(attributed["entity"] as? String, "org-ministry")
    }

    func testDateWithoutValueEncodesNull() throws {
        let dates = try XCTUnwrap(jsonObject(Fixtures.report)["dates"] as? [[String: Any]])
        XCTAssertTrue(dates[0]["value"] is NSNull, "value is \(String(describing: dates[0]["value"]))")
        XCTAssertNil(dates[0]["qualifier"], "an absent qualifier is left out")
        XCTAssertEqual(dates[1]["value"] as? String, "2024-03-03")
    }

    func testNullsDecodeAsNil() throws {
        let json = #"""
        {"id": "q9", "text": "hi", "parts": [{"block": 0, "start": 0, "end": 2}], "speaker": {"name": "a spokesman", "entity": null, "kind": "person"}, "cue": null}
        """#
        let quotation = try JSONDecoder().decode(Quotation.self, from: Data(json.utf8))
        XCTAssertNil(quotation.cue)
        XCTAssertEqual(quotation.speaker, Speaker(name: "a spokesman", kind: .person))
    }
}
