import Foundation
import ReportKit
import ReportModel
import ReportValidation
import ReportWriters
import _ReportTestSupport
import XCTest

final class DocumentConverterTests: XCTestCase {
    private func converter(_ formats: [String] = ["xml", "json", "jsonld"], created: Date? = nil) throws -> DocumentConverter {
        try DocumentConverter(options: ConversionOptions(formats: formats, created: created))
    }

    private let reportBytes = Array(Fixtures.report.utf8)

    func testThreeFormatsGiveThreeValidOutputs() throws {
        let conversion = try converter().convert(reportBytes, name: "harbour.txt", kind: .plainText)
        XCTAssertFalse(conversion.failed, "\(conversion.diagnostics)")
        XCTAssertFalse(conversion.diagnostics.contains { $0.severity == .error }, "\(conversion.diagnostics)")
        XCTAssertEqual(conversion.outputs.map(\.format.id), ["xml", "json", "jsonld"])
        XCTAssertEqual(conversion.outputs.map(\.format.schemaFile), ["report.xsd", "report.schema.json", "report.jsonld.schema.json"])
        for output in conversion.outputs {
            XCTAssertFalse(output.bytes.isEmpty, output.format.id)
            let issues = try BundledSchemas.validator(for: output.format.schemaFile).validate(output.bytes)
            XCTAssertEqual(issues, [], "the \(output.format.id) output is not valid against \(output.format.schemaFile)")
        }
        let report = try XCTUnwrap(conversion.report)
        XCTAssertEqual(report.metadata.title, "Harbour Council Approves New Sea Wall")
        XCTAssertFalse(report.quotations.isEmpty, "the analysis stage ran")
        XCTAssertFalse(report.dates.isEmpty, "the analysis stage ran")
    }

    func testOutputsFollowTheOrderOfTheOptions() throws {
        let conversion = try converter(["jsonld", "xml"]).convert(reportBytes, name: "harbour.txt", kind: .plainText)
        XCTAssertEqual(conversion.outputs.map(\.format.id), ["jsonld", "xml"])
        XCTAssertEqual(try converter(["jsonld", "xml"]).formats.map(\.id), ["jsonld", "xml"])
    }

    func testEmptyInputIsOneErrorAndNoOutputs() throws {
        let conversion = try converter().convert([], name: "empty.txt", kind: .plainText)
        XCTAssertTrue(conversion.failed)
        XCTAssertEqual(conversion.outputs.count, 0)
        XCTAssertNil(conversion.report)
        XCTAssertEqual(conversion.diagnostics.count, 1)
        XCTAssertEqual(conversion.diagnostics.first?.severity, .error)
        XCTAssertEqual(conversion.diagnostics.first?.code, "empty-input")
    }

    func testBinaryInputFails() throws {
        let conversion = try converter().convert(Fixtures.binary, name: "image.txt", kind: .plainText)
        XCTAssertTrue(conversion.failed)
        XCTAssertEqual(conversion.outputs.count, 0)
        XCTAssertTrue(conversion.diagnostics.contains { $0.severity == .error }, "\(conversion.diagnostics)")
    }

    func testUnknownFormatIsRefusedByTheInitializer() {
        XCTAssertThrowsError(try converter(["xml", "docx"])) { error in
            XCTAssertEqual((error as? UnknownFormatError)?.id, "docx")
        }
    }

    func testSameInputGivesTheSameBytes() throws {
        let first = try converter().convert(reportBytes, name: "harbour.txt", kind: .plainText)
        let second = try converter().convert(reportBytes, name: "harbour.txt", kind: .plainText)
        XCTAssertEqual(first.outputs.count, 3)
        XCTAssertTrue(first.outputs.map(\.bytes) == second.outputs.map(\.bytes), "two conversions of the same input differ")
    }

    func testProvenanceHoldsTheDigestOfTheInput() throws {
        let conversion = try converter(["json"]).convert(Array("abc".utf8), name: "abc.txt", kind: .plainText)
        let provenance = try XCTUnwrap(conversion.report?.provenance)
        XCTAssertEqual(provenance.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(provenance.byteCount, 3)
        XCTAssertEqual(provenance.input, "abc.txt")
        XCTAssertEqual(provenance.converter, ConverterInfo.name)
        XCTAssertEqual(provenance.version, ConverterInfo.version)
        XCTAssertEqual(provenance.encoding, "UTF-8")
        let json = String(decoding: try XCTUnwrap(conversion.outputs.first).bytes, as: UTF8.self)
        XCTAssertTrue(json.contains("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
    }

    func testProvenanceDigestAgreesWithSha256sum() throws {
        let tool = ["/usr/bin/sha256sum", "/bin/sha256sum"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let tool else {
            print("skipped: sha256sum is not installed")
            throw XCTSkip("sha256sum is not installed")
        }
        let outcome = try ChildProcess.run(tool, [], input: Data(reportBytes))
        let printed = String(decoding: outcome.standardOutput, as: UTF8.self)
        let expected = try XCTUnwrap(printed.split(separator: " ").first.map(String.init))
        XCTAssertEqual(expected.count, 64)

        let conversion = try converter(["xml"]).convert(reportBytes, name: "harbour.txt", kind: .plainText)
        XCTAssertEqual(conversion.report?.provenance?.sha256, expected)
        XCTAssertEqual(conversion.report?.provenance?.byteCount, reportBytes.count)
    }

    func testNoTimestampUnlessAsked() throws {
        let plain = try converter().convert(reportBytes, name: "harbour.txt", kind: .plainText)
        XCTAssertNotNil(plain.report?.provenance)
        XCTAssertNil(plain.report?.provenance?.created)

        let stamped = try converter(created: Date(timeIntervalSince1970: 1_700_000_000))
            .convert(reportBytes, name: "harbour.txt", kind: .plainText)
        XCTAssertEqual(stamped.report?.provenance?.created, "2023-11-14T22:13:20Z")
        XCTAssertFalse(stamped.failed, "\(stamped.diagnostics)")
        XCTAssertNotEqual(stamped.outputs.first?.bytes, plain.outputs.first?.bytes, "the timestamp is in the output")
        for output in stamped.outputs {
            XCTAssertEqual(try BundledSchemas.validator(for: output.format.schemaFile).validate(output.bytes), [], output.format.id)
        }
    }

    func testNativeXMLReadsBackWithoutAnalysis() throws {
        let first = try converter(["xml"]).convert(reportBytes, name: "harbour.txt", kind: .plainText)
        let xml = try XCTUnwrap(first.outputs.first?.bytes)
        let back = try converter(["json"]).convert(xml, name: "harbour.report.xml", kind: .reportXML)
        XCTAssertFalse(back.failed, "\(back.diagnostics)")
        XCTAssertEqual(back.outputs.count, 1)
        // A report of reportconv's own formats keeps the provenance it carries: that of the text.
        XCTAssertEqual(back.report?.provenance?.input, "harbour.txt")
        XCTAssertEqual(back.report?.provenance?.byteCount, reportBytes.count)
        // Nothing is analysed again, added or lost: the report read back is the one written.
        let original = try XCTUnwrap(first.report)
        XCTAssertFalse(original.entities.isEmpty && original.quotations.isEmpty, "the fixture gave no analysis to lose")
        XCTAssertEqual(back.report, original)
    }

    func testMalformedReportXMLFails() throws {
        let conversion = try converter(["json"]).convert(Array("<report".utf8), name: "bad.report.xml", kind: .reportXML)
        XCTAssertTrue(conversion.failed)
        XCTAssertEqual(conversion.outputs.count, 0)
    }
}
