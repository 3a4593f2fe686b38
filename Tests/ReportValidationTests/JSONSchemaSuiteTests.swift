import Foundation
import ReportValidation
import XCTest
import _ReportTestSupport

/// Runs the official JSON-Schema-Test-Suite (draft 2020-12) from `../shared/jsonschema-suite`.
final class JSONSchemaSuiteTests: XCTestCase {
    /// The suite files, relative to `tests/draft2020-12`, whose keywords this validator claims to support.
    /// Not claimed: `dynamicRef.json`, `optional/dynamicRef.json`, `unevaluatedItems.json`,
    /// `unevaluatedProperties.json` (unsupported keywords, rejected at compile time), `refRemote.json`,
    /// `optional/cross-draft.json` (remote references), `vocabulary.json` (custom meta-schemas),
    /// `optional/dependencies-compatibility.json` (the draft-07 `dependencies` keyword),
    /// `optional/format-assertion.json` and `optional/format/*` (`format` is an annotation here).
    static let claimedFiles = [
        "additionalProperties.json", "allOf.json", "anchor.json", "anyOf.json", "boolean_schema.json",
        "const.json", "contains.json", "content.json", "default.json", "defs.json",
        "dependentRequired.json", "dependentSchemas.json", "enum.json", "exclusiveMaximum.json",
        "exclusiveMinimum.json", "format.json", "if-then-else.json", "infinite-loop-detection.json",
        "items.json", "maxContains.json", "maxItems.json", "maxLength.json", "maxProperties.json",
        "maximum.json", "minContains.json", "minItems.json", "minLength.json", "minProperties.json",
        "minimum.json", "multipleOf.json", "not.json", "oneOf.json", "pattern.json",
        "patternProperties.json", "prefixItems.json", "properties.json", "propertyNames.json",
        "ref.json", "required.json", "type.json", "uniqueItems.json",
        "optional/anchor.json", "optional/bignum.json", "optional/ecmascript-regex.json",
        "optional/float-overflow.json", "optional/id.json", "optional/no-schema.json",
        "optional/non-bmp-regex.json", "optional/refOfUnknownKeyword.json", "optional/unknownKeyword.json",
    ]

    /// One skipped case: a whole group (`test == nil`) or one test of it, with the reason.
    struct Skip {
        let file: String
        let group: String
        let test: String?
        let reason: String
    }

    /// Every case not run, and why. A skip that matches nothing, or whose case now passes, fails the test.
    static let skips: [Skip] = [
        Skip(file: "defs.json", group: "validate definition against metaschema", test: nil,
             reason: "remote $ref to the draft 2020-12 meta-schema, which itself needs $dynamicRef"),
        Skip(file: "ref.json", group: "remote ref, containing refs itself", test: nil,
             reason: "remote $ref to the draft 2020-12 meta-schema, which itself needs $dynamicRef"),
        Skip(file: "ref.json", group: "ref creates new scope when adjacent to keywords", test: nil,
             reason: "uses unevaluatedProperties, which is not supported"),
        Skip(file: "not.json", group: "collect annotations inside a 'not', even if collection is disabled", test: nil,
             reason: "uses unevaluatedProperties, which is not supported"),
    ]

    func testDraft2020_12() throws {
        let folder = try TestPaths.shared("jsonschema-suite/tests/draft2020-12")
        var passed = 0
        var failed = 0
        var skipped = 0
        var usedSkips = Set<Int>()

        for file in Self.claimedFiles {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(file))
            let groups = try XCTUnwrap(JSONParser.parse(bytes).arrayValue, "\(file) is not an array")
            for group in groups {
                let groupName = try XCTUnwrap(group["description"]?.stringValue)
                let schemaValue = try XCTUnwrap(group["schema"])
                let compiled = Result { () throws(JSONSchemaError) -> JSONSchema in try JSONSchema(schemaValue) }
                for test in try XCTUnwrap(group["tests"]?.arrayValue) {
                    let testName = try XCTUnwrap(test["description"]?.stringValue)
                    let expected = try XCTUnwrap(test["valid"]?.boolValue)
                    let data = try XCTUnwrap(test["data"])
                    let outcome: String?  // nil when the test passes, else what went wrong
                    switch compiled {
                    case .failure(let error):
                        outcome = "schema does not compile: \(error)"
                    case .success(let schema):
                        let violations = schema.validate(data)
                        if violations.isEmpty != schema.isValid(data) {
                            outcome = "validate and isValid disagree"
                        } else if violations.isEmpty != expected {
                            outcome = expected ? "rejected a valid instance: \(violations)" : "accepted an invalid instance"
                        } else {
                            outcome = nil
                        }
                    }
                    let where_ = "\(file) | \(groupName) | \(testName)"
                    if let skip = Self.skips.indices.first(where: { Self.skips[$0].matches(file, groupName, testName) }) {
                        usedSkips.insert(skip)
                        skipped += 1
                        if outcome == nil {
                            XCTFail("\(where_): skipped (\(Self.skips[skip].reason)) but passes; remove the skip")
                        }
                        continue
                    }
                    if let outcome {
                        failed += 1
                        XCTFail("\(where_): \(outcome)")
                    } else {
                        passed += 1
                    }
                }
            }
        }
        for (index, skip) in Self.skips.enumerated() where !usedSkips.contains(index) {
            XCTFail("skip matches no case: \(skip.file) | \(skip.group) | \(skip.test ?? "(whole group)")")
        }
        print("JSON-Schema-Test-Suite draft2020-12: \(passed) passed, \(failed) failed, \(skipped) skipped (\(Self.claimedFiles.count) files)")
        XCTAssertGreaterThan(passed, 1000, "far fewer suite cases ran than expected")
    }

    /// The suite's files for unsupported features: every schema that uses one must be rejected when
    /// compiled, naming what is unsupported, rather than validating with the feature silently ignored.
    func testUnsupportedFeaturesAreRejected() throws {
        let folder = try TestPaths.shared("jsonschema-suite/tests/draft2020-12")
        let unsupported = ["unevaluatedProperties", "unevaluatedItems", "$dynamicRef"]
        var rejected = 0
        for file in ["unevaluatedProperties.json", "unevaluatedItems.json", "dynamicRef.json", "refRemote.json"] {
            let groups = try XCTUnwrap(JSONParser.parse(Data(contentsOf: folder.appendingPathComponent(file))).arrayValue)
            for group in groups {
                let groupName = try XCTUnwrap(group["description"]?.stringValue)
                let schemaValue = try XCTUnwrap(group["schema"])
                let used = unsupported.filter { Self.usesKeyword($0, in: schemaValue) }
                let remote = file == "refRemote.json"
                guard !used.isEmpty || remote else { continue }
                do {
                    _ = try JSONSchema(schemaValue)
                    XCTFail("\(file) | \(groupName): compiled although it uses \(remote ? "a remote $ref" : used.joined(separator: ", "))")
                } catch {
                    let message = switch error { case .invalidSchema(let message, _): message }
                    let named = remote ? message.contains("remote references are not supported")
                        : used.contains { message.contains("unsupported keyword \"\($0)\"") }
                    XCTAssertTrue(named, "\(file) | \(groupName): \(message)")
                    rejected += 1
                }
            }
        }
        print("JSON-Schema-Test-Suite draft2020-12: \(rejected) schemas with unsupported features rejected")
        XCTAssertGreaterThan(rejected, 80)
    }

    /// Every test file of the suite, claimed or not, is valid against the suite's own `test-schema.json`;
    /// a file with a test lacking `valid` is not.
    func testSuiteFilesMatchTheirSchema() throws {
        let suite = try TestPaths.shared("jsonschema-suite")
        let schema = try JSONSchema(JSONParser.parse(Data(contentsOf: suite.appendingPathComponent("test-schema.json"))))
        let folder = suite.appendingPathComponent("tests/draft2020-12")
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }
        XCTAssertGreaterThanOrEqual(files.count, 80)
        for file in files {
            let document = try JSONParser.parse(Data(contentsOf: folder.appendingPathComponent(file)))
            XCTAssertEqual(schema.validate(document), [], file)
        }

        let broken = try JSONParser.parse(#"[{"description": "d", "schema": {}, "tests": [{"description": "t", "data": 1}], "extra": 1}]"#)
        XCTAssertEqual(schema.validate(broken).map(\.description), [
            #"/0/extra: property "extra" is not allowed (additionalProperties is false) (schema #/items/additionalProperties)"#,
            #"/0/tests/0: missing required property "valid" (schema #/$defs/test/required)"#,
        ])
    }

    /// Whether `keyword` is a member name anywhere in `value`.
    private static func usesKeyword(_ keyword: String, in value: JSONValue) -> Bool {
        switch value {
        case .object(let members):
            return members[keyword] != nil || members.values.contains { usesKeyword(keyword, in: $0) }
        case .array(let elements):
            return elements.contains { usesKeyword(keyword, in: $0) }
        default:
            return false
        }
    }
}

extension JSONSchemaSuiteTests.Skip {
    func matches(_ file: String, _ group: String, _ test: String) -> Bool {
        self.file == file && self.group == group && (self.test == nil || self.test == test)
    }
}
