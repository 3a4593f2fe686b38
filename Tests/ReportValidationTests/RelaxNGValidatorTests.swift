import Dispatch
import Foundation
import ReportValidation
import XCTest
import _ReportTestSupport

final class RelaxNGValidatorTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("relaxng-validator-tests")
    }

    override func tearDown() {
        folder?.remove()
        folder = nil
    }

    /// A log book: `<log>` holding one or more `<entry day="…">text</entry>`.
    static let schema = """
        <element name="log" xmlns="http://relaxng.org/ns/structure/1.0"
                 datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <oneOrMore>
            <element name="entry">
              <attribute name="day"><data type="date"/></attribute>
              <text/>
            </element>
          </oneOrMore>
        </element>
        """

    private func compile() throws -> RelaxNGValidator {
        try RelaxNGValidator(text: Self.schema, name: "log.rng")
    }

    func testKind() throws {
        XCTAssertEqual(try compile().kind, .relaxNG)
    }

    func testValidDocumentHasNoIssues() throws {
        let document = """
            <log>
              <entry day="2024-03-12">Fog in the bay</entry>
              <entry day="2024-03-13">Clear</entry>
            </log>
            """
        XCTAssertEqual(try compile().validate(Array(document.utf8)), [])
    }

    func testUnexpectedElementIsReportedOnItsLine() throws {
        let document = """
            <log>
              <entry day="2024-03-12">Fog in the bay</entry>
              <remark>Clear</remark>
            </log>
            """
        let issues = try compile().validate(Array(document.utf8))
        XCTAssertTrue(issues.containsErrors, "\(issues)")
        XCTAssertTrue(issues.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "\(issues)")
        XCTAssertTrue(issues.contains { $0.line == 3 && $0.message.contains("remark") }, "\(issues)")
    }

    func testBadAttributeValueIsAnError() throws {
        let document = "<log>\n<entry day=\"tuesday\">Fog</entry>\n</log>"
        let issues = try compile().validate(Array(document.utf8))
        XCTAssertTrue(issues.containsErrors, "\(issues)")
        XCTAssertTrue(issues.contains { $0.line == 2 }, "\(issues)")
    }

    func testEmptyContentIsAnError() throws {
        XCTAssertTrue(try compile().validate(Array("<log/>".utf8)).containsErrors)
    }

    func testDocumentThatDoesNotParseIsAnIssue() throws {
        let issues = try compile().validate(Array("<log>\n<entry day=\"2024-03-12\">".utf8))
        XCTAssertTrue(issues.containsErrors)
        XCTAssertTrue(issues.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "\(issues)")
    }

    func testBadSchemaThrowsNamingIt() {
        let broken = """
            <element name="log" xmlns="http://relaxng.org/ns/structure/1.0">
              <notAPattern/>
            </element>
            """
        XCTAssertThrowsError(try RelaxNGValidator(text: broken, name: "broken.rng")) { error in
            let loadError = error as? SchemaLoadError
            XCTAssertEqual(loadError?.schema, "broken.rng")
            XCTAssertEqual(loadError?.issues.isEmpty, false)
        }
    }

    func testSchemaThatIsNotXMLThrows() {
        XCTAssertThrowsError(try RelaxNGValidator(text: "element log { text }", name: "compact.rnc")) { error in
            XCTAssertEqual((error as? SchemaLoadError)?.schema, "compact.rnc")
        }
    }

    func testSchemaFileWithLocalInclude() throws {
        try folder.write("entry.rng", """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <define name="entry">
                <element name="entry"><text/></element>
              </define>
            </grammar>
            """)
        let main = try folder.write("log.rng", """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <include href="entry.rng"/>
              <start>
                <element name="log"><oneOrMore><ref name="entry"/></oneOrMore></element>
              </start>
            </grammar>
            """)
        let validator = try RelaxNGValidator(contentsOf: main)
        XCTAssertEqual(validator.validate(Array("<log><entry>Fog</entry></log>".utf8)), [])
        XCTAssertTrue(validator.validate(Array("<log><entry><b/></entry></log>".utf8)).containsErrors)
    }

    func testMissingSchemaFileThrows() {
        let missing = folder.path("absent.rng")
        XCTAssertThrowsError(try RelaxNGValidator(contentsOf: missing)) { error in
            XCTAssertEqual((error as? SchemaLoadError)?.schema, missing.path)
        }
    }

    func testOneValidatorSharedByManyThreadsGivesTheSerialResults() throws {
        let serial = assertSharedValidatorGivesTheSerialResults(
            try compile(),
            documents: ["<log><entry day=\"2024-03-12\">Fog</entry></log>", "<log><remark/></log>", "<log><entry day=\"x\">Fog</entry></log>", "<log>", "<log/>"],
            count: 100
        )
        XCTAssertEqual(serial[0], [])
        XCTAssertTrue(serial[1].containsErrors)
    }
}
