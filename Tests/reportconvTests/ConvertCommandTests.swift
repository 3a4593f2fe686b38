import _ReportTestSupport
import Foundation
import XCTest

final class ConvertCommandTests: XCTestCase {
    private let report = """
        Storm closes harbour

        "We have never seen waves like this," the harbour master said on Friday.
        """

    func testConvertsOneFileToStandardOutput() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("storm.txt", report)
        let result = try CommandRunner.run(["convert", input.path, "--format", "json", "--stdout"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let model = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let quotations = try XCTUnwrap(model["quotations"] as? [[String: Any]])
        XCTAssertEqual(quotations.first?["text"] as? String, "We have never seen waves like this,")
        XCTAssertEqual((model["metadata"] as? [String: Any])?["title"] as? String, "Storm closes harbour")
        XCTAssertEqual(folder.files(), ["storm.txt"], "--stdout writes no file")
    }

    func testConvertsStandardInput() throws {
        let result = try CommandRunner.run(["convert", "-", "--format", "jsonld", "--stdout"], input: Data(report.utf8))
        XCTAssertEqual(result.status, 0, result.standardError)
        let article = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        XCTAssertEqual(article["@type"] as? String, "NewsArticle")
        XCTAssertEqual((article["isBasedOn"] as? [String: Any])?["name"] as? String, "-")
    }

    func testOutputFolderMirrorsTheInputTree() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a/b.txt", report)
        try folder.write("in/c.text", report)
        try folder.write("in/notes.md", "not converted")
        try folder.write("in/.hidden.txt", report)
        let result = try CommandRunner.run(["convert", "in", "--format", "xml,jsonld", "--output-dir", "out"], in: folder.url)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(folder.files().filter { $0.hasPrefix("out/") }, ["out/a/b.jsonld", "out/a/b.report.xml", "out/c.jsonld", "out/c.report.xml"])
        XCTAssertEqual(result.standardError, "")
    }

    func testWritesBesideTheInputWithoutAnOutputFolder() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("storm.txt", report)
        let result = try CommandRunner.run(["convert", input.path, "--format", "all"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(folder.files(), ["storm.jsonld", "storm.report.json", "storm.report.xml", "storm.txt"])
    }

    func testBadDocumentFailsAloneAndLeavesNoFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/good.txt", report)
        try folder.write("in/empty.txt", "")
        try folder.write("in/image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
        let result = try CommandRunner.run(["convert", "in", "missing.txt", "--format", "xml", "--output-dir", "out"], in: folder.url)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("missing.txt: error: no such file or folder"), result.standardError)
        XCTAssertTrue(result.standardError.contains("in/empty.txt:1:1: error: the input is empty"), result.standardError)
        XCTAssertTrue(result.standardError.contains("in/image.txt:1:1: error: the input is not text: it starts with the signature of a PNG image"), result.standardError)
        XCTAssertTrue(result.standardError.contains("reportconv: 2 of 3 documents failed; 1 converted"), result.standardError)
        XCTAssertEqual(folder.files().filter { $0.hasPrefix("out/") }, ["out/good.report.xml"])
    }

    func testWarningsKeepExitStatusZero() throws {
        let folder = try TemporaryFolder()
        try folder.write("latin.txt", Data("Price: \u{A3}5 \"quoted words here\n".utf8.map { $0 }.flatMap { $0 == 0xC2 ? [] : [$0] }))
        let result = try CommandRunner.run(["convert", "latin.txt", "--format", "xml", "--stdout"], in: folder.url)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardError.contains("latin.txt:1:8: warning: the input is not valid UTF-8 (byte 0xA3 at offset 7); read as Windows-1252"), result.standardError)
        XCTAssertTrue(result.standardError.contains("latin.txt:1:11: warning: the quotation mark opened here is never closed"), result.standardError)
        XCTAssertTrue(result.output.contains("£5"), result.output)
    }

    func testOutputIsByteIdenticalAcrossRunsAndHonoursSourceDateEpoch() throws {
        let folder = try TemporaryFolder()
        try folder.write("storm.txt", report)
        let first = try CommandRunner.run(["convert", "storm.txt", "--format", "xml", "--stdout"], in: folder.url)
        let second = try CommandRunner.run(["convert", "storm.txt", "--format", "xml", "--stdout"], in: folder.url)
        XCTAssertEqual(first.standardOutput, second.standardOutput)
        XCTAssertFalse(first.output.contains("created="))
        let dated = try CommandRunner.run(["convert", "storm.txt", "--format", "xml", "--stdout"], environment: ["SOURCE_DATE_EPOCH": "1700000000"], in: folder.url)
        XCTAssertTrue(dated.output.contains("created=\"2023-11-14T22:13:20Z\""), dated.output)
    }

    func testMetadataOptionsForPlainText() throws {
        let folder = try TemporaryFolder()
        try folder.write("storm.txt", "Waves rose last week, officials said.\n")
        let result = try CommandRunner.run(["convert", "storm.txt", "--format", "json", "--stdout", "--title", "Storm", "--published", "2024-02-14", "--source", "Wire"], in: folder.url)
        XCTAssertEqual(result.status, 0, result.standardError)
        let model = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let metadata = try XCTUnwrap(model["metadata"] as? [String: Any])
        XCTAssertEqual(metadata["title"] as? String, "Storm")
        XCTAssertEqual(metadata["published"] as? String, "2024-02-14")
        XCTAssertEqual(metadata["source"] as? String, "Wire")
        let dates = try XCTUnwrap(model["dates"] as? [[String: Any]])
        XCTAssertEqual(dates.first?["value"] as? String, "2024-W06")
    }

    func testUsageErrorsExitWith64() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", report)
        try folder.write("b.txt", report)
        let cases: [[String]] = [
            ["convert"],
            ["convert", "a.txt", "--format", "pdf"],
            ["convert", "a.txt", "--format", "xml,json", "--stdout"],
            ["convert", "a.txt", "b.txt", "--stdout", "--format", "xml"],
            ["convert", ".", "--stdout", "--format", "xml"],
            ["convert", "-"],
            ["convert", "a.txt", "--published", "yesterday"],
            ["convert", "a.txt", "--stdout", "--output-dir", "out"],
            ["convert", "a.txt", "--title", "Bell\u{07} rings"],
            ["convert", "a.txt", "--source", "\u{1B}[31mred"],
            ["frobnicate"],
        ]
        for arguments in cases {
            let result = try CommandRunner.run(arguments, in: folder.url)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.standardError)")
            XCTAssertFalse(result.standardError.isEmpty, "\(arguments) must say what is wrong")
        }
        let badEpoch = try CommandRunner.run(["convert", "a.txt"], environment: ["SOURCE_DATE_EPOCH": "soon"], in: folder.url)
        XCTAssertEqual(badEpoch.status, 64)
        XCTAssertTrue(badEpoch.standardError.contains("SOURCE_DATE_EPOCH"), badEpoch.standardError)
    }

    func testUnknownFormatErrorNamesTheKnownFormats() throws {
        let result = try CommandRunner.run(["convert", "x.txt", "--format", "pdf"])
        XCTAssertTrue(result.standardError.contains("unknown format 'pdf'; known formats: xml, json, jsonld"), result.standardError)
    }

    func testRefusesToOverwriteItsInput() throws {
        let folder = try TemporaryFolder()
        try folder.write("storm.txt", report)
        XCTAssertEqual(try CommandRunner.run(["convert", "storm.txt", "--format", "xml"], in: folder.url).status, 0)
        let original = try Data(contentsOf: folder.url.appendingPathComponent("storm.report.xml"))
        let result = try CommandRunner.run(["convert", "storm.report.xml", "--format", "xml"], in: folder.url)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("would overwrite the input itself"), result.standardError)
        XCTAssertEqual(try Data(contentsOf: folder.url.appendingPathComponent("storm.report.xml")), original)
    }

    func testConvertsItsOwnXMLToAnotherFormat() throws {
        let folder = try TemporaryFolder()
        try folder.write("storm.txt", report)
        XCTAssertEqual(try CommandRunner.run(["convert", "storm.txt", "--format", "xml,json"], in: folder.url).status, 0)
        let fromXML = try CommandRunner.run(["convert", "storm.report.xml", "--format", "json", "--stdout"], in: folder.url)
        XCTAssertEqual(fromXML.status, 0, fromXML.standardError)
        XCTAssertEqual(fromXML.standardOutput, try Data(contentsOf: folder.url.appendingPathComponent("storm.report.json")))
    }
}
