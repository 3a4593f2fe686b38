import Foundation
import ReportSchemas
@testable import ReportValidation
import XCTest
import _ReportTestSupport

final class BundledSchemasTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("bundled-schemas-tests")
    }

    override func tearDown() {
        folder?.remove()
        folder = nil
    }

    func testEveryBundledSchemaCompilesOnce() throws {
        XCTAssertFalse(SchemaFiles.names.isEmpty)
        for name in SchemaFiles.names {
            let first = try BundledSchemas.validator(for: name)
            let second = try BundledSchemas.validator(for: name)
            XCTAssertTrue((first as AnyObject) === (second as AnyObject), "\(name) was compiled twice")
            XCTAssertEqual(first.kind, SchemaKind(fileExtension: (name as NSString).pathExtension), name)
        }
    }

    func testBundledSchemasHaveTheExpectedLanguages() throws {
        XCTAssertEqual(try BundledSchemas.validator(for: "report.xsd").kind, .xsd)
        XCTAssertEqual(try BundledSchemas.validator(for: "report.schema.json").kind, .jsonSchema)
        XCTAssertEqual(try BundledSchemas.validator(for: "report.jsonld.schema.json").kind, .jsonSchema)
    }

    func testBundledSchemasRejectAnotherVocabulary() throws {
        XCTAssertTrue(try BundledSchemas.validator(for: "report.xsd").validate(Array("<report/>".utf8)).containsErrors)
        XCTAssertTrue(try BundledSchemas.validator(for: "report.schema.json").validate(Array("[]".utf8)).containsErrors)
    }

    func testConcurrentFirstUseCompilesOnce() throws {
        // Other tests have filled the process-wide cache already: empty it, so that the threads
        // below race on a real first use.
        BundledSchemas.resetCacheForTesting()
        let results = ConcurrentResults<AnyObject>(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            if let validator = try? BundledSchemas.validator(for: "report.jsonld.schema.json") {
                results[index] = validator as AnyObject
            }
        }
        let values = results.values
        XCTAssertEqual(values.count, 16, "some threads got no validator")
        let first = try XCTUnwrap(values.first)
        for (index, value) in values.enumerated() {
            XCTAssertTrue(value === first, "thread \(index) got another instance: the schema was compiled more than once")
        }
        XCTAssertTrue(try BundledSchemas.validator(for: "report.jsonld.schema.json") as AnyObject === first)
    }

    func testUnknownBundledNameThrows() {
        XCTAssertThrowsError(try BundledSchemas.validator(for: "absent.xsd")) { error in
            XCTAssertEqual((error as? SchemaLoadError)?.schema, "absent.xsd")
        }
    }

    func testValidatorForAFileChoosesByExtension() throws {
        let xsd = try folder.write("a.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"a\" type=\"xs:string\"/></xs:schema>")
        let rng = try folder.write("a.rng", "<element name=\"a\" xmlns=\"http://relaxng.org/ns/structure/1.0\"><empty/></element>")
        let dtd = try folder.write("a.dtd", "<!ELEMENT a EMPTY>")
        let json = try folder.write("a.json", "{\"type\": \"object\"}")
        XCTAssertEqual(try BundledSchemas.validator(contentsOf: xsd).kind, .xsd)
        XCTAssertEqual(try BundledSchemas.validator(contentsOf: rng).kind, .relaxNG)
        XCTAssertEqual(try BundledSchemas.validator(contentsOf: dtd).kind, .dtd)
        XCTAssertEqual(try BundledSchemas.validator(contentsOf: json).kind, .jsonSchema)
        for url in [xsd, rng, dtd] {
            let validator = try BundledSchemas.validator(contentsOf: url)
            XCTAssertEqual(validator.validate(Array("<a/>".utf8)), [], url.lastPathComponent)
            XCTAssertTrue(validator.validate(Array("<a><b/></a>".utf8)).containsErrors, url.lastPathComponent)
        }
        XCTAssertEqual(try BundledSchemas.validator(contentsOf: json).validate(Array("{}".utf8)), [])
    }

    func testValidatorForAFileOfUnknownLanguageThrows() throws {
        let url = try folder.write("a.yaml", "type: object")
        XCTAssertThrowsError(try BundledSchemas.validator(contentsOf: url)) { error in
            XCTAssertEqual((error as? SchemaLoadError)?.schema, url.path)
        }
    }

    func testSchemaKindByExtension() {
        XCTAssertEqual(SchemaKind(fileExtension: "XSD"), .xsd)
        XCTAssertEqual(SchemaKind(fileExtension: "rng"), .relaxNG)
        XCTAssertEqual(SchemaKind(fileExtension: "dtd"), .dtd)
        XCTAssertEqual(SchemaKind(fileExtension: "json"), .jsonSchema)
        XCTAssertNil(SchemaKind(fileExtension: "rnc"))
        XCTAssertNil(SchemaKind(fileExtension: ""))
    }
}
