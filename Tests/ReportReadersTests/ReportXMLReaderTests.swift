import ReportModel
import ReportReaders
import ReportWriters
import XCTest

final class ReportXMLReaderTests: XCTestCase {
    private let reader = ReportXMLReader()

    private func sampleXML() throws -> String {
        String(decoding: try ReportXMLWriter().write(SampleReport.report), as: UTF8.self)
    }

    private func read(_ bytes: [UInt8]) throws(ReaderError) -> Report {
        try reader.read(bytes, options: ReadOptions())
    }

    func testReaderAndWriterShareTheNamespace() {
        // The two modules do not depend on each other, so each names the namespace; they must agree.
        XCTAssertEqual(ReportXMLReader.namespace, ReportXMLWriter.namespace)
    }

    func testSampleIsAccepted() throws {
        // The inputs below break this document one way at a time.
        XCTAssertEqual(try read(Array(sampleXML().utf8)), SampleReport.report)
    }

    func testNotWellFormedXMLGivesLineAndColumn() throws {
        let xml = "<?xml version=\"1.0\"?>\n<report xmlns=\"urn:reportconv:report:1\" version=\"1\">\n  <metadata>\n</report>\n"
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(Array(xml.utf8)) })
        XCTAssertTrue(error.message.hasPrefix("not well-formed XML"), error.message)
        XCTAssertEqual(error.location, SourceLocation(line: 4, column: 10))
    }

    func testTruncatedDocumentIsMalformed() throws {
        let bytes = Array(try sampleXML().utf8.dropLast(30))
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(bytes) })
        XCTAssertTrue(error.message.hasPrefix("not well-formed XML"), error.message)
        XCTAssertGreaterThan(error.location.line, 1)
    }

    func testEmptyInputIsMalformed() {
        XCTAssertNotNil(malformed { () throws(ReaderError) in try read([]) })
    }

    func testWrongRootOrNamespace() throws {
        for xml in [
            "<report version=\"1\"/>",
            "<document xmlns=\"urn:reportconv:report:1\" version=\"1\"/>",
            "<r:report xmlns:r=\"urn:example:other\" version=\"1\"/>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>",
        ] {
            let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(Array(xml.utf8)) }, xml)
            XCTAssertTrue(error.message.hasPrefix("not a reportconv report"), "\(xml): \(error.message)")
        }
    }

    func testDocumentThatFailsTheSchemaGivesTheLine() throws {
        let bytes = SampleReport.replacing("    <title>", with: "    <colour>red</colour>\n    <title>", in: try sampleXML())
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(bytes) })
        XCTAssertTrue(error.message.hasPrefix("not valid against report.xsd"), error.message)
        XCTAssertEqual(error.location.line, 4)
    }

    func testMentionOfAnEntityThatDoesNotExistIsInconsistent() throws {
        let bytes = SampleReport.replacing(#"<mention entity="place-kabul">KABUL"#, with: #"<mention entity="place-nowhere">KABUL"#, in: try sampleXML())
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(bytes) })
        XCTAssertTrue(error.message.contains("<mention> refers to 'place-nowhere', which is not an entity"), error.message)
    }

    func testReferenceToARecordOfTheWrongKindIsInconsistent() throws {
        // "d1" is a date's id: it exists, so the schema is content, but it is not an entity.
        let bytes = SampleReport.replacing(#"<mention entity="place-kabul">KABUL"#, with: #"<mention entity="d1">KABUL"#, in: try sampleXML())
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(bytes) })
        XCTAssertTrue(error.message.contains("<mention> refers to 'd1', which is not an entity"), error.message)
    }

    func testDatelinePastItsBlockIsInconsistent() throws {
        let bytes = SampleReport.replacing(#"block="1" start="0" end="24""#, with: #"block="0" start="0" end="24""#, in: try sampleXML())
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(bytes) })
        XCTAssertTrue(error.message.hasPrefix("inconsistent report"), error.message)
        XCTAssertTrue(error.message.contains("dateline"), error.message)

        let farOut = SampleReport.replacing(#"end="24""#, with: #"end="240""#, in: try sampleXML())
        let farError = try XCTUnwrap(malformed { () throws(ReaderError) in try read(farOut) })
        XCTAssertTrue(farError.message.contains("dateline: span 0..<240 lies outside block 1"), farError.message)

        let missingBlock = SampleReport.replacing(#"block="1""#, with: #"block="7""#, in: try sampleXML())
        let missingError = try XCTUnwrap(malformed { () throws(ReaderError) in try read(missingBlock) })
        XCTAssertTrue(missingError.message.contains("block 7 does not exist"), missingError.message)
    }

    func testDatelineTextThatIsNotItsSpanIsInconsistent() throws {
        let bytes = SampleReport.replacing(">KABUL, June 20 (Reuters)</dateline>", with: ">KABUL, June 21 (Reuters)</dateline>", in: try sampleXML())
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(bytes) })
        XCTAssertTrue(error.message.contains("dateline: text"), error.message)
    }

    func testDateRecordNotMarkedInTheTextIsInconsistent() throws {
        var report = SampleReport.report
        report.dates.append(DateMention(id: "dx", span: Span(block: 0, start: 0, end: 0), text: "", value: "2020", precision: .year))
        var xml = String(decoding: try ReportXMLWriter().write(report), as: UTF8.self)
        // The writer marks even an empty span; take the mark out to leave the record dangling.
        xml = xml.replacingOccurrences(of: "<date ref=\"dx\"/>", with: "")
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(Array(xml.utf8)) })
        XCTAssertTrue(error.message.contains("date dx is not marked anywhere in the text"), error.message)
    }

    func testEntityDeclarationsAreRefused() throws {
        let internalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE report [<!ENTITY x "y">]>
        <report xmlns="urn:reportconv:report:1" version="1"><metadata><title>&x;</title></metadata></report>
        """
        let error = try XCTUnwrap(malformed { () throws(ReaderError) in try read(Array(internalEntity.utf8)) })
        XCTAssertTrue(error.message.contains("entit"), error.message)
        XCTAssertEqual(error.location.line, 2)

        let external = """
        <?xml version="1.0"?>
        <!DOCTYPE report [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <report xmlns="urn:reportconv:report:1" version="1"><metadata><title>&secret;</title></metadata></report>
        """
        XCTAssertNotNil(malformed { () throws(ReaderError) in try read(Array(external.utf8)) })
    }

    func testEntityDeclarationWithoutUseIsRefusedToo() throws {
        let xml = try sampleXML().replacingOccurrences(of: "<report ", with: "<!DOCTYPE report [<!ENTITY unused \"z\">]>\n<report ")
        XCTAssertNotNil(malformed { () throws(ReaderError) in try read(Array(xml.utf8)) })
    }
}
