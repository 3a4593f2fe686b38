import _ReportTestSupport
import Foundation
import XCTest

final class ValidateCommandTests: XCTestCase {
    private func converted(in folder: TemporaryFolder) throws {
        try folder.write("storm.txt", "Storm closes harbour\n\n\"We have never seen waves like this,\" the harbour master said.\n")
        let result = try CommandRunner.run(["convert", "storm.txt", "--format", "all"], in: folder.url)
        XCTAssertEqual(result.status, 0, result.standardError)
    }

    func testRecognisesAndValidatesEveryFormat() throws {
        let folder = try TemporaryFolder()
        try converted(in: folder)
        let result = try CommandRunner.run(["validate", "storm.report.xml", "storm.report.json", "storm.jsonld"], in: folder.url)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.output, """
            storm.report.xml: valid against report.xsd
            storm.report.json: valid against report.schema.json
            storm.jsonld: valid against report.jsonld.schema.json

            """)
    }

    func testInvalidDocumentsGetLocatedErrors() throws {
        let folder = try TemporaryFolder()
        try converted(in: folder)
        let xml = try String(contentsOf: folder.url.appendingPathComponent("storm.report.xml"), encoding: .utf8)
        try folder.write("broken.report.xml", xml.replacingOccurrences(of: "<language>en</language>", with: "<language>en</language>\n    <colour>red</colour>"))
        let json = try String(contentsOf: folder.url.appendingPathComponent("storm.jsonld"), encoding: .utf8)
        try folder.write("broken.jsonld", json.replacingOccurrences(of: "\"inLanguage\"", with: "\"colour\": 1,\n  \"inLanguage\""))
        let result = try CommandRunner.run(["validate", "broken.report.xml", "broken.jsonld"], in: folder.url)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("broken.report.xml:6:5: error: Element '{urn:reportconv:report:1}colour'"), result.standardError)
        XCTAssertTrue(result.standardError.range(of: #"broken\.jsonld:\d+:13: error: /colour: property "colour" is not allowed"#, options: .regularExpression) != nil, result.standardError)
    }

    func testNotWellFormedAndUnknownDocuments() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.xml", "<report xmlns=\"urn:reportconv:report:1\">\n<unclosed>\n</report>")
        try folder.write("other.xml", "<html/>")
        try folder.write("plain.txt", "just text")
        let result = try CommandRunner.run(["validate", "bad.xml", "other.xml", "plain.txt", "missing.xml"], in: folder.url)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("bad.xml:3:"), result.standardError)
        XCTAssertTrue(result.standardError.contains("other.xml:1:1: error: cannot tell the format"), result.standardError)
        XCTAssertTrue(result.standardError.contains("plain.txt:1:1: error: cannot tell the format: neither XML nor JSON"), result.standardError)
        XCTAssertTrue(result.standardError.contains("missing.xml: error: cannot read"), result.standardError)
    }

    func testValidatesAgainstANamedSchema() throws {
        let folder = try TemporaryFolder()
        try folder.write("note.xsd", """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="note" type="xs:string"/>
            </xs:schema>
            """)
        try folder.write("note.rng", """
            <element name="note" xmlns="http://relaxng.org/ns/structure/1.0"><text/></element>
            """)
        try folder.write("note.dtd", "<!ELEMENT note (#PCDATA)>")
        try folder.write("note.schema.json", #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "required": ["note"]}"#)
        try folder.write("good.xml", "<note>hello</note>")
        try folder.write("bad.xml", "<note><b/></note>")
        try folder.write("good.json", #"{"note": 1}"#)
        try folder.write("bad.json", #"{"other": 1}"#)
        for schema in ["note.xsd", "note.rng", "note.dtd"] {
            XCTAssertEqual(try CommandRunner.run(["validate", "good.xml", "--schema", schema], in: folder.url).status, 0, schema)
            let bad = try CommandRunner.run(["validate", "bad.xml", "--schema", schema], in: folder.url)
            XCTAssertEqual(bad.status, 1, schema)
            XCTAssertTrue(bad.standardError.hasPrefix("bad.xml:1:"), "\(schema): \(bad.standardError)")
        }
        XCTAssertEqual(try CommandRunner.run(["validate", "good.json", "--schema", "note.schema.json"], in: folder.url).status, 0)
        XCTAssertEqual(try CommandRunner.run(["validate", "bad.json", "--schema", "note.schema.json"], in: folder.url).status, 1)
    }

    func testUnusableSchemaExitsWith2() throws {
        let folder = try TemporaryFolder()
        try folder.write("broken.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>")
        try folder.write("doc.xml", "<a/>")
        let broken = try CommandRunner.run(["validate", "doc.xml", "--schema", "broken.xsd"], in: folder.url)
        XCTAssertEqual(broken.status, 2, broken.standardError)
        XCTAssertTrue(broken.standardError.contains("broken.xsd"), broken.standardError)
        XCTAssertEqual(try CommandRunner.run(["validate", "doc.xml", "--schema", "missing.xsd"], in: folder.url).status, 2)
        XCTAssertEqual(try CommandRunner.run(["validate", "doc.xml", "--schema", "schema.pdf"], in: folder.url).status, 64)
    }

    func testHostileXMLIsRejectedAndReadsNoFile() throws {
        let folder = try TemporaryFolder()
        let secret = try folder.write("secret.txt", "TOP-SECRET-MARKER")
        try folder.write("xxe.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE report [ <!ENTITY leak SYSTEM "file://\(secret.path)"> ]>
            <report xmlns="urn:reportconv:report:1">&leak;</report>
            """)
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            bomb += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        bomb += "]>\n<lolz>&lol9;</lolz>\n"
        try folder.write("bomb.xml", bomb)
        let result = try CommandRunner.run(["validate", "xxe.xml", "bomb.xml"], in: folder.url)
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.standardError.contains("TOP-SECRET-MARKER"))
        XCTAssertFalse(result.output.contains("TOP-SECRET-MARKER"))
        XCTAssertTrue(result.standardError.contains("xxe.xml:2:"), result.standardError)
        XCTAssertTrue(result.standardError.contains("bomb.xml:"), result.standardError)
    }
}
