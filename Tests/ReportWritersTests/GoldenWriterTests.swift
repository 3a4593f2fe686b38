import _ReportTestSupport
import Foundation
import ReportModel
import ReportValidation
import ReportWriters
import XCTest

/// One rich report through every writer in the format registry, compared with golden files in
/// `Golden/`, and every golden file validated against its format's schema.
final class GoldenWriterTests: XCTestCase {
    private let folder = TestPaths.packageRoot.appendingPathComponent("Tests/ReportWritersTests/Golden")

    func testEveryWriterMatchesItsGoldenFile() throws {
        let report = RichReport.report
        XCTAssertEqual(report.integrityProblems, [])
        for writer in FormatRegistry.writers {
            let output = try writer.write(report)
            Golden.assertMatches(output, golden: folder.appendingPathComponent("rich-report" + writer.format.fileSuffix))
        }
    }

    func testEveryGoldenFileIsValidAgainstItsSchema() throws {
        for writer in FormatRegistry.writers {
            let url = folder.appendingPathComponent("rich-report" + writer.format.fileSuffix)
            let bytes = Array(try Data(contentsOf: url))
            let issues = try BundledSchemas.validator(for: writer.format.schemaFile).validate(bytes)
            XCTAssertEqual(issues, [], "\(url.lastPathComponent) is not valid against \(writer.format.schemaFile)")
        }
    }

    func testWritingIsDeterministic() throws {
        for writer in FormatRegistry.writers {
            XCTAssertEqual(try writer.write(RichReport.report), try writer.write(RichReport.report), writer.format.id)
        }
    }

    func testGoldenJSONLDUsesOnlySchemaOrgTermsInTheirDomains() throws {
        let checker = try TestPaths.shared("tools/check_jsonld.py")
        let golden = folder.appendingPathComponent("rich-report.jsonld")
        let result = try PythonTool.run(checker, arguments: [golden.path])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("1 files, 0 problems"), result.output)
    }

    func testUnrepresentableFiguresAreAnError() {
        var report = RichReport.report
        report.figures[0].value = .infinity
        for writer in FormatRegistry.writers {
            XCTAssertThrowsError(try writer.write(report), writer.format.id)
        }
    }

    func testForbiddenCharactersInMetadataAreAnErrorForXML() {
        var report = RichReport.report
        report.metadata.title = "bad \u{01} title"
        XCTAssertThrowsError(try ReportXMLWriter().write(report)) { error in
            XCTAssertTrue("\(error)".contains("U+0001"), "\(error)")
        }
    }

    func testUnknownFormatNamesTheKnownOnes() {
        XCTAssertThrowsError(try FormatRegistry.writer(for: "pdf")) { error in
            XCTAssertEqual("\(error)", "unknown format 'pdf'; known formats: \(FormatRegistry.ids.joined(separator: ", "))")
        }
    }

    func testFormatIdsAndSuffixesAreUnique() {
        let formats = FormatRegistry.writers.map(\.format)
        XCTAssertEqual(Set(formats.map(\.id)).count, formats.count)
        XCTAssertEqual(Set(formats.map(\.fileSuffix)).count, formats.count)
    }
}
