import Foundation
import ReportKit
import XCTest

final class DocumentFormatDetectorTests: XCTestCase {
    private func recognise(_ text: String) -> DocumentFormatDetector.Recognition {
        DocumentFormatDetector.recognise(Array(text.utf8))
    }

    private func isUnknown(_ recognition: DocumentFormatDetector.Recognition) -> Bool {
        if case .unknown = recognition { return true }
        return false
    }

    func testNativeReportXML() throws {
        XCTAssertEqual(recognise("<?xml version=\"1.0\"?>\n<report xmlns=\"urn:reportconv:report:1\" version=\"1\"/>"), .format(id: "xml", schemaFile: "report.xsd"))
        XCTAssertEqual(recognise("<r:report xmlns:r=\"urn:reportconv:report:1\"><r:body/></r:report>"), .format(id: "xml", schemaFile: "report.xsd"))
    }

    func testWrittenReportXMLIsRecognised() throws {
        let conversion = try DocumentConverter(options: ConversionOptions(formats: ["xml", "json", "jsonld"]))
            .convert(Array(Fixtures.report.utf8), name: "harbour.txt", kind: .plainText)
        XCTAssertEqual(conversion.outputs.count, 3)
        for output in conversion.outputs {
            XCTAssertEqual(DocumentFormatDetector.recognise(output.bytes), .format(id: output.format.id, schemaFile: output.format.schemaFile))
        }
    }

    func testModelJSON() {
        XCTAssertEqual(recognise(#"{"metadata": {}, "blocks": []}"#), .format(id: "json", schemaFile: "report.schema.json"))
        XCTAssertEqual(recognise(#"  {"blocks": []}"#), .format(id: "json", schemaFile: "report.schema.json"))
    }

    func testJSONLD() {
        XCTAssertEqual(recognise(#"{"@context": "https://schema.org", "@type": "NewsArticle", "blocks": []}"#), .format(id: "jsonld", schemaFile: "report.jsonld.schema.json"))
    }

    func testUnknownXMLNamespace() {
        let recognition = recognise("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")
        guard case .unknown(let message) = recognition else { return XCTFail("recognised as \(recognition)") }
        XCTAssertTrue(message.contains("{http://www.w3.org/1999/xhtml}html"), message)
        XCTAssertTrue(isUnknown(recognise("<report version=\"1\"/>")), "a report element outside the namespace")
    }

    func testUnknownJSON() {
        XCTAssertTrue(isUnknown(recognise(#"{"vessel": "Gull"}"#)))
    }

    func testNeither() {
        XCTAssertTrue(isUnknown(recognise("Harbour Council Approves New Sea Wall")))
        XCTAssertTrue(isUnknown(recognise("")))
        XCTAssertTrue(isUnknown(recognise(" \n\t")))
    }

    func testByteOrderMarkAndWhiteSpaceBeforeTheDocument() {
        XCTAssertEqual(DocumentFormatDetector.recognise([0xEF, 0xBB, 0xBF] + Array("\n<report xmlns=\"urn:reportconv:report:1\"/>".utf8)), .format(id: "xml", schemaFile: "report.xsd"))
        XCTAssertEqual(DocumentFormatDetector.recognise(Array(" \r\n\t{\"@context\": \"https://schema.org\"}".utf8)), .format(id: "jsonld", schemaFile: "report.jsonld.schema.json"))
    }

    func testMalformedDocumentsAreLeftToTheirSchema() {
        // The schema's validator reports the parse errors in full.
        XCTAssertEqual(recognise("<report xmlns=\"urn:reportconv:report:1\">"), .format(id: "xml", schemaFile: "report.xsd"))
        XCTAssertEqual(recognise(#"{"metadata": "#), .format(id: "json", schemaFile: "report.schema.json"))
    }
}
