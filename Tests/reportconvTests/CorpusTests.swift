import _ReportTestSupport
import Foundation
import XCTest

/// The real material in ../shared: the seed report and the whole BBC corpus convert to every
/// format with exit status 0, and every output is valid.
final class CorpusTests: XCTestCase {
    func testSeedConvertsToEveryFormatAndValidates() throws {
        let seed = try TestPaths.shared("seed/dod-afghanistan-pakistan.txt")
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["convert", seed.path, "--format", "all", "--output-dir", folder.url.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardError, "\(seed.path):15:84: warning: stray quotation mark: another opens before it is closed\n")
        let outputs = folder.files()
        XCTAssertEqual(outputs, ["dod-afghanistan-pakistan.jsonld", "dod-afghanistan-pakistan.report.json", "dod-afghanistan-pakistan.report.xml"])
        let validation = try CommandRunner.run(["validate"] + outputs, in: folder.url)
        XCTAssertEqual(validation.status, 0, validation.standardError)
        let checker = try TestPaths.shared("tools/check_jsonld.py")
        let check = try PythonTool.run(checker, arguments: [folder.url.appendingPathComponent(outputs[0]).path])
        XCTAssertEqual(check.status, 0, check.output)
    }

    func testWholeBBCCorpusConvertsAndEveryOutputIsValid() throws {
        let corpus = try TestPaths.shared("corpus/bbc")
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["convert", corpus.path, "--format", "all", "--output-dir", folder.url.path])
        XCTAssertEqual(result.status, 0, String(result.standardError.suffix(2000)))
        XCTAssertFalse(result.standardError.contains(": error:"))
        // The one Latin-1 file is read with a warning.
        XCTAssertTrue(result.standardError.contains("sport/199.txt:"), "sport/199.txt is not UTF-8 and must be warned about")
        let outputs = folder.files()
        XCTAssertEqual(outputs.count, 2225 * 3)
        XCTAssertTrue(outputs.allSatisfy { !$0.hasSuffix(".tmp") })

        // Every output validates again with `reportconv validate`, in one process.
        let validation = try CommandRunner.run(["validate"] + outputs, in: folder.url)
        XCTAssertEqual(validation.status, 0, String(validation.standardError.prefix(2000)))
        XCTAssertEqual(validation.output.split(separator: "\n").count, outputs.count)

        // schema.org conformance of every JSON-LD output, offline.
        let checker = try TestPaths.shared("tools/check_jsonld.py")
        let sample = outputs.filter { $0.hasSuffix(".jsonld") }.map { folder.url.appendingPathComponent($0).path }
        let check = try PythonTool.run(checker, arguments: sample)
        XCTAssertEqual(check.status, 0, String(check.output.suffix(2000)))
        XCTAssertTrue(check.output.contains("\(sample.count) files, 0 problems"), String(check.output.suffix(500)))
    }
}
