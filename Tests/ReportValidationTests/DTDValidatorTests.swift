import Dispatch
import Foundation
import ReportValidation
import XCTest
import _ReportTestSupport

final class DTDValidatorTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("dtd-validator-tests")
    }

    override func tearDown() {
        folder?.remove()
        folder = nil
    }

    /// A crew list: `<crew>` holding `<sailor rank="…">name</sailor>` elements.
    static let dtd = """
        <!ELEMENT crew (sailor+)>
        <!ELEMENT sailor (#PCDATA)>
        <!ATTLIST sailor rank (captain|mate|deckhand) #REQUIRED>
        """

    private func compile() throws -> DTDValidator {
        try DTDValidator(contentsOf: try folder.write("crew.dtd", Self.dtd))
    }

    func testKind() throws {
        XCTAssertEqual(try compile().kind, .dtd)
    }

    func testValidDocumentHasNoIssues() throws {
        let document = """
            <crew>
              <sailor rank="captain">Ada Moss</sailor>
              <sailor rank="deckhand">Tom Reed</sailor>
            </crew>
            """
        XCTAssertEqual(try compile().validate(Array(document.utf8)), [])
    }

    func testInvalidDocumentIsReportedOnItsLines() throws {
        let document = """
            <crew>
              <sailor rank="captain">Ada Moss</sailor>
              <sailor rank="cook">Tom Reed</sailor>
              <parrot/>
            </crew>
            """
        let issues = try compile().validate(Array(document.utf8))
        XCTAssertTrue(issues.containsErrors, "\(issues)")
        XCTAssertTrue(issues.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "\(issues)")
        XCTAssertTrue(issues.contains { $0.line == 3 && $0.message.contains("cook") }, "\(issues)")
        XCTAssertTrue(issues.contains { $0.line == 4 && $0.message.contains("parrot") }, "\(issues)")
    }

    func testMissingRequiredAttributeIsAnError() throws {
        let issues = try compile().validate(Array("<crew>\n<sailor>Ada Moss</sailor>\n</crew>".utf8))
        XCTAssertTrue(issues.contains { $0.severity == .error && $0.line == 2 }, "\(issues)")
    }

    func testValidatorCanBeUsedAgain() throws {
        let validator = try compile()
        let bad = Array("<crew/>".utf8)
        let good = Array("<crew><sailor rank=\"mate\">Ada</sailor></crew>".utf8)
        XCTAssertTrue(validator.validate(bad).containsErrors)
        XCTAssertEqual(validator.validate(good), [])
        XCTAssertTrue(validator.validate(bad).containsErrors)
    }

    func testMalformedDTDThrowsNamingIt() throws {
        let url = try folder.write("broken.dtd", "<!ELEMENT crew (sailor+>\n<!ATTLIST")
        XCTAssertThrowsError(try DTDValidator(contentsOf: url)) { error in
            let loadError = error as? SchemaLoadError
            XCTAssertEqual(loadError?.schema, url.path)
            XCTAssertEqual(loadError?.issues.isEmpty, false)
        }
    }

    func testMissingDTDFileThrows() {
        let missing = folder.path("absent.dtd")
        XCTAssertThrowsError(try DTDValidator(contentsOf: missing)) { error in
            XCTAssertEqual((error as? SchemaLoadError)?.schema, missing.path)
        }
    }

    func testOneValidatorSharedByManyThreadsGivesTheSerialResults() throws {
        let serial = assertSharedValidatorGivesTheSerialResults(
            try compile(),
            documents: ["<crew><sailor rank=\"mate\">Ada</sailor></crew>", "<crew><parrot/></crew>", "<crew><sailor>Ada</sailor></crew>", "<crew>", "<crew/>"],
            count: 100
        )
        XCTAssertEqual(serial[0], [])
        XCTAssertTrue(serial[1].containsErrors)
    }
}
