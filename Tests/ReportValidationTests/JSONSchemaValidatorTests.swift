import Foundation
import ReportValidation
import XCTest
import _ReportTestSupport

final class JSONSchemaValidatorTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("json-schema-validator-tests")
    }

    override func tearDown() {
        folder?.remove()
        folder = nil
    }

    static let schema = """
        {
          "type": "object",
          "required": ["vessel"],
          "properties": {
            "vessel": {"type": "string"},
            "crew": {"type": "integer", "minimum": 1},
            "ports": {"type": "array", "items": {"type": "string"}}
          }
        }
        """

    private func compile() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(text: Self.schema, name: "vessel.schema.json")
    }

    func testKind() throws {
        XCTAssertEqual(try compile().kind, .jsonSchema)
    }

    func testValidDocumentHasNoIssues() throws {
        XCTAssertEqual(try compile().validate(Array(#"{"vessel": "Gull", "crew": 4, "ports": ["Vigo"]}"#.utf8)), [])
    }

    func testViolationsAreReportedWhereTheOffendingValueStarts() throws {
        let document = """
            {
              "vessel": "Gull",
              "crew": "four",
              "ports": ["Vigo",
                        12]
            }
            """
        let issues = try compile().validate(Array(document.utf8))
        XCTAssertEqual(issues.count, 2, "\(issues)")
        let crew = try XCTUnwrap(issues.first { $0.message.hasPrefix("/crew") }, "\(issues)")
        XCTAssertEqual(crew.severity, .error)
        XCTAssertEqual(crew.line, 3)
        XCTAssertEqual(crew.column, 11)
        let port = try XCTUnwrap(issues.first { $0.message.hasPrefix("/ports/1") }, "\(issues)")
        XCTAssertEqual(port.line, 5)
        XCTAssertEqual(port.column, 13)
        XCTAssertTrue(port.message.contains("/items"), port.message)
    }

    func testViolationAtTheRootIsReportedAtTheDocument() throws {
        let issues = try compile().validate(Array("\n  {\"crew\": 2}".utf8))
        XCTAssertEqual(issues.count, 1, "\(issues)")
        XCTAssertEqual(issues.first?.line, 2)
        XCTAssertEqual(issues.first?.column, 3)
        XCTAssertTrue(issues.first?.message.hasPrefix("the document") == true, "\(issues)")
    }

    func testInvalidJSONIsOneIssueWithItsPlace() throws {
        let issues = try compile().validate(Array("{\n  \"vessel\": \"Gull\",\n  \"crew\": \n}".utf8))
        XCTAssertEqual(issues.count, 1, "\(issues)")
        let issue = try XCTUnwrap(issues.first)
        XCTAssertEqual(issue.severity, .error)
        XCTAssertEqual(issue.line, 4)
        XCTAssertEqual(issue.column, 1)
        XCTAssertTrue(issue.message.hasPrefix("not valid JSON"), issue.message)
    }

    func testEmptyDocumentIsOneIssue() throws {
        let issues = try compile().validate([])
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.line, 1)
        XCTAssertEqual(issues.first?.column, 1)
    }

    func testSchemaThatIsNotJSONThrowsWithItsPlace() {
        XCTAssertThrowsError(try JSONSchemaValidator(text: "{\n  \"type\": object\n}", name: "bad.json")) { error in
            let loadError = error as? SchemaLoadError
            XCTAssertEqual(loadError?.schema, "bad.json")
            XCTAssertEqual(loadError?.issues.count, 1)
            XCTAssertEqual(loadError?.issues.first?.line, 2)
            XCTAssertEqual(loadError?.issues.first?.column, 11)
        }
    }

    func testUnusableSchemaThrowsWithItsPlace() {
        let text = "{\n  \"properties\": {\n    \"a\": {\"type\": 5}\n  }\n}"
        XCTAssertThrowsError(try JSONSchemaValidator(text: text, name: "unusable.json")) { error in
            let loadError = error as? SchemaLoadError
            XCTAssertEqual(loadError?.schema, "unusable.json")
            XCTAssertEqual(loadError?.issues.count, 1)
            XCTAssertEqual(loadError?.issues.first?.line, 3)
            XCTAssertTrue(loadError?.issues.first?.message.hasPrefix("not a usable JSON Schema") == true, "\(String(describing: loadError))")
            XCTAssertTrue(loadError?.issues.first?.message.contains("/properties/a") == true, "\(String(describing: loadError))")
        }
    }

    func testSchemaFile() throws {
        let url = try folder.write("vessel.schema.json", Self.schema)
        let validator = try JSONSchemaValidator(contentsOf: url)
        XCTAssertEqual(validator.validate(Array(#"{"vessel": "Gull"}"#.utf8)), [])
        XCTAssertTrue(validator.validate(Array(#"{"crew": 0}"#.utf8)).containsErrors)
    }

    func testSchemaFileThatIsNotJSONThrows() throws {
        let url = try folder.write("notes.json", "<notes/>")
        XCTAssertThrowsError(try JSONSchemaValidator(contentsOf: url)) { error in
            XCTAssertEqual((error as? SchemaLoadError)?.schema, url.path)
        }
    }

    func testMissingSchemaFileThrows() {
        let missing = folder.path("absent.json")
        XCTAssertThrowsError(try JSONSchemaValidator(contentsOf: missing)) { error in
            XCTAssertEqual((error as? SchemaLoadError)?.schema, missing.path)
        }
    }
}
