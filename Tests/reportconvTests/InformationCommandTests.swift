import _ReportTestSupport
import Foundation
import ReportKit
import ReportWriters
import XCTest

final class InformationCommandTests: XCTestCase {
    func testVersion() throws {
        let result = try CommandRunner.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.output, "\(ConverterInfo.version)\n")
        // Independent of the constant: a semantic version, x.y.z with an optional pre-release.
        let version = result.output.trimmingCharacters(in: .newlines)
        XCTAssertNotNil(version.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$"#, options: .regularExpression), version)
    }

    func testFormatsListsEveryWriter() throws {
        let result = try CommandRunner.run(["formats"])
        XCTAssertEqual(result.status, 0)
        let lines = result.output.split(separator: "\n")
        XCTAssertEqual(lines.count, FormatRegistry.writers.count + 1)
        for (line, writer) in zip(lines.dropFirst(), FormatRegistry.writers) {
            XCTAssertTrue(line.hasPrefix(writer.format.id + " "), String(line))
            XCTAssertTrue(line.contains(writer.format.fileSuffix))
            XCTAssertTrue(line.contains(writer.format.schemaFile))
        }
    }

    func testSchemaPrintsTheBundledSchemaExactly() throws {
        for writer in FormatRegistry.writers {
            let result = try CommandRunner.run(["schema", writer.format.id])
            XCTAssertEqual(result.status, 0)
            let file = TestPaths.packageRoot.appendingPathComponent("Schemas").appendingPathComponent(writer.format.schemaFile)
            XCTAssertEqual(result.standardOutput, try Data(contentsOf: file), writer.format.id)
        }
        let unknown = try CommandRunner.run(["schema", "pdf"])
        XCTAssertEqual(unknown.status, 64)
    }

    func testHelpNamesTheExitStatuses() throws {
        let result = try CommandRunner.run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("64 usage error"), result.output)
    }
}
