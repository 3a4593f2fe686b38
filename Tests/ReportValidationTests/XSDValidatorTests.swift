import Dispatch
import Foundation
import ReportValidation
import XCTest
import _ReportTestSupport

final class XSDValidatorTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("xsd-validator-tests")
    }

    override func tearDown() {
        folder?.remove()
        folder = nil
    }

    /// A note list: `<notes>` holding `<note priority="N">text</note>` elements.
    static let schema = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="urn:test:notes" xmlns="urn:test:notes" elementFormDefault="qualified">
          <xs:element name="notes">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="note" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:simpleContent>
                      <xs:extension base="xs:string">
                        <xs:attribute name="priority" type="xs:positiveInteger" use="required"/>
                      </xs:extension>
                    </xs:simpleContent>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    static let valid = """
        <?xml version="1.0"?>
        <notes xmlns="urn:test:notes">
          <note priority="1">Buy rope</note>
          <note priority="2">Paint the hull</note>
        </notes>
        """

    /// Line 4 holds an element the schema does not allow, starting in column 5.
    static let unexpectedElement = """
        <?xml version="1.0"?>
        <notes xmlns="urn:test:notes">
          <note priority="1">Buy rope</note>
            <memo>Call the harbour master</memo>
        </notes>
        """

    /// Line 3 holds an element whose content is fine but whose attribute is not a positive integer.
    static let badAttribute = """
        <notes xmlns="urn:test:notes">
          <note priority="1">Buy rope</note>
          <note priority="urgent">Paint the hull</note>
        </notes>
        """

    private func compile(_ text: String = XSDValidatorTests.schema) throws -> XSDValidator {
        try XSDValidator(text: text, name: "notes.xsd")
    }

    // MARK: Validation

    func testKind() throws {
        XCTAssertEqual(try compile().kind, .xsd)
    }

    func testValidDocumentHasNoIssues() throws {
        XCTAssertEqual(try compile().validate(Array(Self.valid.utf8)), [])
    }

    func testUnexpectedElementIsReportedAtItsStartTag() throws {
        let issues = try compile().validate(Array(Self.unexpectedElement.utf8))
        XCTAssertEqual(issues.count, 1, "\(issues)")
        let issue = try XCTUnwrap(issues.first)
        XCTAssertEqual(issue.severity, .error)
        XCTAssertEqual(issue.line, 4)
        // libxml2 gives no column for validity errors: it is filled in from the `<memo` start tag.
        XCTAssertEqual(issue.column, 5)
        XCTAssertTrue(issue.message.contains("memo"), issue.message)
        XCTAssertTrue(issues.containsErrors)
        XCTAssertEqual(issue.formatted(path: "notes.xml"), "notes.xml:4:5: error: \(issue.message)")
        XCTAssertFalse(issue.message.hasSuffix("\n"))
    }

    func testInvalidAttributeIsReportedOnItsLineWithAColumn() throws {
        let issues = try compile().validate(Array(Self.badAttribute.utf8))
        XCTAssertEqual(issues.count, 1, "\(issues)")
        let issue = try XCTUnwrap(issues.first)
        XCTAssertEqual(issue.severity, .error)
        XCTAssertEqual(issue.line, 3)
        // The column of the start tag of the element that carries the attribute.
        XCTAssertEqual(issue.column, 3)
        XCTAssertTrue(issue.message.contains("priority"), issue.message)
    }

    func testMissingRequiredChildIsAnError() throws {
        let issues = try compile().validate(Array("<notes xmlns=\"urn:test:notes\"/>".utf8))
        XCTAssertEqual(issues.map(\.severity), [.error])
        XCTAssertEqual(issues.first?.line, 1)
        XCTAssertEqual(issues.first?.column, 1)
    }

    func testWrongRootNamespaceIsAnError() throws {
        let issues = try compile().validate(Array("<notes xmlns=\"urn:test:other\"><note priority=\"1\">x</note></notes>".utf8))
        XCTAssertTrue(issues.containsErrors)
    }

    func testDocumentThatDoesNotParseIsReportedAsIssuesNotThrown() throws {
        let issues = try compile().validate(Array("<notes xmlns=\"urn:test:notes\">\n  <note priority=\"1\">x</notes>".utf8))
        XCTAssertFalse(issues.isEmpty)
        XCTAssertTrue(issues.allSatisfy { $0.severity == .error && $0.line >= 1 && $0.column >= 1 }, "\(issues)")
        XCTAssertEqual(issues.first?.line, 2)
    }

    func testEmptyDocumentIsAnIssue() throws {
        let issues = try compile().validate([])
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.severity, .error)
    }

    // MARK: Schemas that cannot be used

    func testSchemaThatDoesNotCompileThrowsNamingIt() throws {
        let broken = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="a" type="xs:noSuchType"/>
            </xs:schema>
            """
        do {
            _ = try XSDValidator(text: broken, name: "broken.xsd")
            XCTFail("a schema referring to an undefined type compiled")
        } catch {
            XCTAssertEqual(error.schema, "broken.xsd")
            XCTAssertFalse(error.issues.isEmpty)
            XCTAssertTrue(error.issues.allSatisfy { $0.severity == .error })
            XCTAssertTrue(error.issues.contains { $0.message.contains("noSuchType") }, "\(error.issues)")
            XCTAssertTrue(error.description.hasPrefix("broken.xsd:"), error.description)
        }
    }

    func testSchemaThatIsNotWellFormedThrows() {
        XCTAssertThrowsError(try XSDValidator(text: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">", name: "cut.xsd")) { error in
            XCTAssertEqual((error as? SchemaLoadError)?.schema, "cut.xsd")
        }
    }

    func testDocumentThatIsNotASchemaThrows() {
        XCTAssertThrowsError(try XSDValidator(text: "<notes/>", name: "notes.xml")) { error in
            XCTAssertEqual((error as? SchemaLoadError)?.schema, "notes.xml")
        }
    }

    func testMissingSchemaFileThrows() {
        let missing = folder.path("absent.xsd")
        XCTAssertThrowsError(try XSDValidator(contentsOf: missing)) { error in
            let loadError = error as? SchemaLoadError
            XCTAssertEqual(loadError?.schema, missing.path)
            XCTAssertEqual(loadError?.issues.count, 1)
        }
    }

    // MARK: Files

    func testSchemaFileWithLocalInclude() throws {
        try folder.write("types.xsd", """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                       targetNamespace="urn:test:notes" xmlns="urn:test:notes" elementFormDefault="qualified">
              <xs:simpleType name="Priority">
                <xs:restriction base="xs:integer">
                  <xs:minInclusive value="1"/>
                  <xs:maxInclusive value="3"/>
                </xs:restriction>
              </xs:simpleType>
            </xs:schema>
            """)
        let main = try folder.write("main.xsd", """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                       targetNamespace="urn:test:notes" xmlns="urn:test:notes" elementFormDefault="qualified">
              <xs:include schemaLocation="types.xsd"/>
              <xs:element name="note">
                <xs:complexType>
                  <xs:attribute name="priority" type="Priority" use="required"/>
                </xs:complexType>
              </xs:element>
            </xs:schema>
            """)
        let validator = try XSDValidator(contentsOf: main)
        XCTAssertEqual(validator.validate(Array("<note xmlns=\"urn:test:notes\" priority=\"2\"/>".utf8)), [])
        // 7 is outside the included type's range: the include was really followed.
        let issues = validator.validate(Array("<note xmlns=\"urn:test:notes\" priority=\"7\"/>".utf8))
        XCTAssertTrue(issues.containsErrors, "\(issues)")
    }

    func testSchemaInMemoryMayNotIncludeLocalFiles() throws {
        let types = try folder.write("types.xsd", """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:simpleType name="Priority"><xs:restriction base="xs:integer"/></xs:simpleType>
            </xs:schema>
            """)
        let text = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:include schemaLocation="\(types.path)"/>
              <xs:element name="note" type="Priority"/>
            </xs:schema>
            """
        // The file is there and is a good schema (a schema file may include it, above): libxml2
        // fails to parse it only because the entity loader refused to load it.
        XCTAssertThrowsError(try XSDValidator(text: text, name: "in-memory.xsd")) { error in
            guard let error = error as? SchemaLoadError else { return XCTFail("not a SchemaLoadError: \(error)") }
            XCTAssertEqual(error.schema, "in-memory.xsd")
            XCTAssertEqual(error.issues.first?.line, 2, "\(error)")
            XCTAssertTrue(error.issues.contains {
                $0.message.contains("include") && $0.message.contains("Failed to parse the XML resource '\(types.path)'")
            }, "\(error)")
        }
    }

    func testSchemaFileWhoseIncludeIsMissingThrows() throws {
        // The type comes from a file that is not there.
        let referring = try folder.write("referring.xsd", """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:notes" xmlns="urn:test:notes">
              <xs:include schemaLocation="absent-types.xsd"/>
              <xs:element name="note" type="Priority"/>
            </xs:schema>
            """)
        XCTAssertThrowsError(try XSDValidator(contentsOf: referring)) { error in
            XCTAssertEqual((error as? SchemaLoadError)?.schema, referring.path)
        }
    }

    // MARK: Threads

    func testOneValidatorSharedByManyThreadsGivesTheSerialResults() throws {
        let serial = assertSharedValidatorGivesTheSerialResults(
            try compile(), documents: [Self.valid, Self.unexpectedElement, Self.badAttribute, "<notes", ""], count: 200
        )
        XCTAssertEqual(serial[0], [])
        XCTAssertFalse(serial[1].isEmpty)
    }
}
