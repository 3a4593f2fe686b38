import _ReportTestSupport
import Foundation
import XCTest

/// The example reports in `Examples/` and their outputs in `Examples/output/`, kept current:
/// converting the examples again must give exactly the checked-in outputs. Re-record with
/// `RECORD_GOLDEN=1 swift test --filter ExamplesTests`.
final class ExamplesTests: XCTestCase {
    private let examples = TestPaths.packageRoot.appendingPathComponent("Examples")

    func testCheckedInOutputsAreCurrent() throws {
        let inputs = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(inputs.count, 2, "Examples/ holds at least two example reports")
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["convert"] + inputs + ["--format", "all", "--output-dir", folder.url.path], in: examples)
        XCTAssertEqual(result.status, 0, result.standardError)
        let produced = folder.files()
        XCTAssertEqual(produced.count, inputs.count * 3)
        for name in produced {
            let actual = Array(try Data(contentsOf: folder.url.appendingPathComponent(name)))
            Golden.assertMatches(actual, golden: examples.appendingPathComponent("output").appendingPathComponent(name))
        }
        if !Golden.recording {
            let checkedIn = try FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent("output").path).sorted()
            XCTAssertEqual(checkedIn, produced, "Examples/output holds exactly the outputs of the examples")
        }
    }

    func testTheSeedLikeExampleShowsEveryKindOfFinding() throws {
        let result = try CommandRunner.run(["convert", "sahel-water-report.txt", "--format", "json", "--stdout"], in: examples)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardError.contains("sahel-water-report.txt:15:"), "the example has one broken quotation mark: \(result.standardError)")
        let model = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let quotations = try XCTUnwrap(model["quotations"] as? [[String: Any]])
        XCTAssertTrue(quotations.contains { ($0["speaker"] as? [String: Any])?["name"] as? String == "the report" })
        XCTAssertFalse(try XCTUnwrap(model["citations"] as? [Any]).isEmpty)
        XCTAssertFalse(try XCTUnwrap(model["dates"] as? [Any]).isEmpty)
        let entities = try XCTUnwrap(model["entities"] as? [[String: Any]])
        XCTAssertTrue(entities.contains { $0["type"] as? String == "organization" && !(($0["aliases"] as? [String]) ?? []).isEmpty })
        XCTAssertTrue(entities.contains { $0["type"] as? String == "place" })
    }
}
