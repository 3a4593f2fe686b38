import Foundation
import ReportValidation
import XCTest

final class JSONSchemaTests: XCTestCase {
    // MARK: Helpers

    private func schema(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> JSONSchema {
        try JSONSchema(JSONParser.parse(text))
    }

    /// The violations of `instance` as `instancePath | schemaPath | message` lines.
    private func check(_ schemaText: String, _ instance: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let compiled = try schema(schemaText)
        let value = try JSONParser.parse(instance)
        let violations = compiled.validate(value)
        XCTAssertEqual(violations.isEmpty, compiled.isValid(value), "validate and isValid disagree", file: file, line: line)
        return violations.map { "\($0.instancePath) | \($0.schemaPath) | \($0.message)" }
    }

    private func assertValid(_ schemaText: String, _ instances: String..., file: StaticString = #filePath, line: UInt = #line) throws {
        for instance in instances {
            XCTAssertEqual(try check(schemaText, instance, file: file, line: line), [], "\(instance) should be valid", file: file, line: line)
        }
    }

    private func assertInvalidSchema(
        _ schemaText: String, message: String, pointer: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let value = try JSONParser.parse(schemaText)
        do {
            _ = try JSONSchema(value)
            XCTFail("compiled, expected \(message)", file: file, line: line)
        } catch {
            XCTAssertEqual(error, .invalidSchema(message: message, pointer: pointer), file: file, line: line)
        }
    }

    // MARK: Any type

    func testType() throws {
        try assertValid(#"{"type": "integer"}"#, "1", "1.0", "-0", "1e3")
        XCTAssertEqual(try check(#"{"type": "integer"}"#, "1.5"), [" | /type | expected integer, found number"])
        XCTAssertEqual(try check(#"{"type": "integer"}"#, "true"), [" | /type | expected integer, found boolean"])
        try assertValid(#"{"type": ["string", "null"]}"#, #""x""#, "null")
        XCTAssertEqual(try check(#"{"type": ["string", "null"]}"#, "{}"), [" | /type | expected string or null, found object"])
        try assertValid(#"{"type": "number"}"#, "1", "1.5")
        XCTAssertEqual(try check(#"{"type": "array"}"#, #""[]""#), [" | /type | expected array, found string"])
    }

    func testEnumAndConst() throws {
        try assertValid(#"{"enum": [1, "a", {"k": [true]}, null]}"#, "1.0", #""a""#, #"{"k": [true]}"#, "null")
        XCTAssertEqual(try check(#"{"enum": [1, "a"]}"#, "2"), [#" | /enum | value 2 is not one of 1, "a""#])
        XCTAssertEqual(try check(#"{"enum": [1, "a"]}"#, "true"), [#" | /enum | value true is not one of 1, "a""#])
        try assertValid(#"{"const": {"a": [1, 2.0]}}"#, #"{"a": [1.0, 2]}"#)
        XCTAssertEqual(try check(#"{"const": {"a": [1, 2]}}"#, #"{"a": [2, 1]}"#), [#" | /const | value {"a":[2,1]} is not the constant {"a":[1,2]}"#])
        XCTAssertEqual(try check(#"{"const": false}"#, "0"), [" | /const | value 0 is not the constant false"])
        // Code points, not canonical equivalence.
        XCTAssertEqual(try check(#"{"const": "\u00e9"}"#, #""e\u0301""#).count, 1)
    }

    func testBooleanSchemas() throws {
        try assertValid("true", "1", "null", "{}")
        XCTAssertEqual(try check("false", "1"), [" |  | no value is allowed here (the schema is false)"])
        XCTAssertEqual(try check(#"{"properties": {"a": false}}"#, #"{"a": 1}"#), ["/a | /properties/a | no value is allowed here (the schema is false)"])
    }

    func testAnnotationsAreNotAsserted() throws {
        let text = #"""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.com/s.json",
         "$comment": "c", "title": "t", "description": "d", "default": 5, "examples": [1], "deprecated": true,
         "readOnly": true, "writeOnly": false, "format": "email", "contentMediaType": "application/json",
         "x-vendor": {"type": "string"}, "definitions": {"a": {"type": "string"}}}
        """#
        try assertValid(text, #""not an email""#, "12", "{}")
    }

    // MARK: Numbers

    func testNumericKeywords() throws {
        let text = #"{"minimum": 1, "maximum": 10, "exclusiveMinimum": 0, "exclusiveMaximum": 10.5}"#
        try assertValid(text, "1", "10", "5.5", #""not a number""#)
        XCTAssertEqual(try check(text, "0.5"), [" | /minimum | 0.5 is less than the minimum 1"])
        XCTAssertEqual(try check(text, "10.25"), [" | /maximum | 10.25 is greater than the maximum 10"])
        XCTAssertEqual(try check(#"{"exclusiveMinimum": 0}"#, "0"), [" | /exclusiveMinimum | 0 is not greater than the exclusive minimum 0"])
        XCTAssertEqual(try check(#"{"exclusiveMaximum": 2}"#, "2"), [" | /exclusiveMaximum | 2 is not less than the exclusive maximum 2"])
    }

    func testMultipleOf() throws {
        try assertValid(#"{"multipleOf": 0.01}"#, "19.99", "0.07", "-4.2", "0")
        try assertValid(#"{"multipleOf": 1.5}"#, "4.5", "-3")
        XCTAssertEqual(try check(#"{"multipleOf": 0.01}"#, "19.995"), [" | /multipleOf | 19.995 is not a multiple of 0.01"])
        XCTAssertEqual(try check(#"{"multipleOf": 2}"#, "7"), [" | /multipleOf | 7 is not a multiple of 2"])
        // The quotient overflows; the exact remainder decides.
        try assertValid(#"{"multipleOf": 0.5}"#, "1e308")
        XCTAssertEqual(try check(#"{"multipleOf": 0.123456789}"#, "1e308").count, 1)
    }

    // MARK: Strings

    func testLengthsCountCodePoints() throws {
        // Two emoji: four UTF-16 units, eight UTF-8 bytes, two code points.
        try assertValid(#"{"maxLength": 2, "minLength": 2}"#, #""😀😀""#, #""e\u0301""#, "5")
        XCTAssertEqual(try check(#"{"minLength": 3}"#, #""😀😀""#), [" | /minLength | string has 2 characters, fewer than minLength 3"])
        XCTAssertEqual(try check(#"{"minLength": 2}"#, #""é""#), [" | /minLength | string has 1 character, fewer than minLength 2"])
        XCTAssertEqual(try check(#"{"maxLength": 1}"#, #""😀😀""#), [" | /maxLength | string has 2 characters, more than maxLength 1"])
        XCTAssertEqual(try check(#"{"maxLength": 3}"#, #""abcd""#), [" | /maxLength | string has 4 characters, more than maxLength 3"])
    }

    func testPattern() throws {
        // Unanchored search.
        try assertValid(#"{"pattern": "b+"}"#, #""abbc""#, "12")
        XCTAssertEqual(try check(#"{"pattern": "^a+$"}"#, #""aab""#), [#" | /pattern | string "aab" does not match the pattern "^a+$""#])
        // ECMA-262 meanings: \d is ASCII only, $ does not match before a final newline.
        XCTAssertEqual(try check(#"{"pattern": "^\\d+$"}"#, #""\u0967""#).count, 1)
        XCTAssertEqual(try check(#"{"pattern": "^abc$"}"#, #""abc\n""#).count, 1)
        try assertValid(#"{"pattern": "^[\\w-]+\\s\\S$"}"#, #""a-b_9 x""#, #""a\u00a0x""#)
        try assertValid(#"{"pattern": "^\\u{1F600}$"}"#, #""😀""#)
        try assertValid(#"{"pattern": "^[a&[]+$"}"#, #""a&[""#)
        // The empty pattern matches every string.
        try assertValid(#"{"pattern": ""}"#, #""""#, #""anything""#)
        try assertValid(#"{"patternProperties": {"": {"type": "integer"}}}"#, #"{"a": 1}"#)
        XCTAssertEqual(try check(#"{"patternProperties": {"": {"type": "integer"}}}"#, #"{"a": "x"}"#).count, 1)
    }

    // MARK: Arrays

    func testItemsAndPrefixItems() throws {
        let text = #"{"prefixItems": [{"type": "string"}, {"type": "number"}], "items": {"type": "boolean"}}"#
        try assertValid(text, "[]", #"["a"]"#, #"["a", 1, true, false]"#, "{}")
        XCTAssertEqual(try check(text, #"[1, "a", true, 3]"#), [
            "/0 | /prefixItems/0/type | expected string, found number",
            "/1 | /prefixItems/1/type | expected number, found string",
            "/3 | /items/type | expected boolean, found number",
        ])
        let closed = #"{"prefixItems": [{}, {}], "items": false}"#
        XCTAssertEqual(try check(closed, "[1, 2, 3, 4]"), [
            "/2 | /items | item is not allowed: only the 2 items of prefixItems are allowed (items is false)",
            "/3 | /items | item is not allowed: only the 2 items of prefixItems are allowed (items is false)",
        ])
        XCTAssertEqual(try check(#"{"items": false}"#, "[1]"), ["/0 | /items | no items are allowed (items is false)"])
        // Indices past 9 sort numerically.
        XCTAssertEqual(try check(#"{"items": {"type": "string"}}"#, #"["", "", 1, "", "", "", "", "", "", "", 1]"#).map { $0.prefix(3) }, ["/2 ", "/10"])
    }

    func testContains() throws {
        let text = #"{"contains": {"type": "integer"}}"#
        try assertValid(text, "[1]", #"["a", 2]"#, "{}")
        XCTAssertEqual(try check(text, #"["a", 1.5]"#), [" | /contains | array has no item matching contains"])
        XCTAssertEqual(try check(text, "[]"), [" | /contains | array has no item matching contains"])
        let counted = #"{"contains": {"const": 1}, "minContains": 2, "maxContains": 3}"#
        try assertValid(counted, "[1, 1]", "[1, 2, 1, 1]")
        XCTAssertEqual(try check(counted, "[1, 2]"), [" | /minContains | array has 1 item matching contains, fewer than minContains 2"])
        XCTAssertEqual(try check(counted, "[1, 1, 1, 1]"), [" | /maxContains | array has more than maxContains 3 items matching contains"])
        try assertValid(#"{"contains": {"const": 1}, "minContains": 0}"#, "[]", "[2]")
        try assertValid(#"{"minContains": 5}"#, "[]")
    }

    func testItemCountsAndUniqueness() throws {
        XCTAssertEqual(try check(#"{"minItems": 2}"#, "[1]"), [" | /minItems | array has 1 item, fewer than minItems 2"])
        XCTAssertEqual(try check(#"{"maxItems": 1}"#, "[1, 2]"), [" | /maxItems | array has 2 items, more than maxItems 1"])
        try assertValid(#"{"uniqueItems": true}"#, "[1, \"1\", true, [1], {\"a\": 1}, {\"a\": 2}]", "[]")
        XCTAssertEqual(try check(#"{"uniqueItems": true}"#, "[1, 2, 1.0]"), [" | /uniqueItems | array items 0 and 2 are equal, but items must be unique"])
        XCTAssertEqual(try check(#"{"uniqueItems": true}"#, #"[{"a": [1], "b": 2}, {"b": 2, "a": [1.0]}]"#).count, 1)
        // The hashing path for long arrays finds the same pair.
        let long = "[" + (0..<40).map(String.init).joined(separator: ",") + ",7]"
        XCTAssertEqual(try check(#"{"uniqueItems": true}"#, long), [" | /uniqueItems | array items 7 and 40 are equal, but items must be unique"])
        try assertValid(#"{"uniqueItems": false}"#, "[1, 1]")
    }

    // MARK: Objects

    func testPropertiesRequiredAndAdditional() throws {
        let text = #"""
        {"type": "object",
         "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}},
         "patternProperties": {"^x-": {"type": "string"}, "e$": {"maxLength": 3}},
         "additionalProperties": false,
         "required": ["name", "id"]}
        """#
        try assertValid(text, #"{"name": "a", "id": 1, "x-a": "b", "x-e": "c"}"#)
        XCTAssertEqual(try check(text, #"{"name": 1, "age": -1, "x-b": 2, "zz": true}"#), [
            #" | /required | missing required property "id""#,
            "/age | /properties/age/minimum | -1 is less than the minimum 0",
            "/name | /properties/name/type | expected string, found number",
            "/x-b | /patternProperties/^x-/type | expected string, found number",
            #"/zz | /additionalProperties | property "zz" is not allowed (additionalProperties is false)"#,
        ])
        // A member matched by properties and a pattern must pass both.
        XCTAssertEqual(try check(text, #"{"id": 1, "name": "abcd"}"#),
                       ["/name | /patternProperties/e$/maxLength | string has 4 characters, more than maxLength 3"])
        XCTAssertEqual(try check(text, "{}"), [
            #" | /required | missing required property "name""#,
            #" | /required | missing required property "id""#,
        ])
    }

    func testAdditionalPropertiesSchema() throws {
        let text = #"{"properties": {"a": {}}, "additionalProperties": {"type": "number"}}"#
        try assertValid(text, #"{"a": "x", "b": 1}"#)
        XCTAssertEqual(try check(text, #"{"a": "x", "b": "y"}"#), ["/b | /additionalProperties/type | expected number, found string"])
    }

    func testPropertyNamesAndCounts() throws {
        XCTAssertEqual(try check(#"{"propertyNames": {"maxLength": 3}}"#, #"{"abc": 1, "abcd": 2}"#),
                       [#"/abcd | /propertyNames/maxLength | property name "abcd" is invalid: string has 4 characters, more than maxLength 3"#])
        XCTAssertEqual(try check(#"{"minProperties": 2}"#, #"{"a": 1}"#), [" | /minProperties | object has 1 property, fewer than minProperties 2"])
        XCTAssertEqual(try check(#"{"maxProperties": 1}"#, #"{"a": 1, "b": 2}"#), [" | /maxProperties | object has 2 properties, more than maxProperties 1"])
    }

    func testDependencies() throws {
        let text = #"{"dependentRequired": {"card": ["billing"]}, "dependentSchemas": {"vip": {"required": ["level"]}}}"#
        try assertValid(text, "{}", #"{"billing": 1}"#, #"{"card": 1, "billing": 2}"#, #"{"vip": 1, "level": 2}"#)
        XCTAssertEqual(try check(text, #"{"card": 1, "vip": true}"#), [
            #" | /dependentRequired/card | property "card" requires property "billing""#,
            #" | /dependentSchemas/vip/required | missing required property "level""#,
        ])
    }

    // MARK: Applicators

    func testCombinators() throws {
        XCTAssertEqual(try check(#"{"allOf": [{"type": "integer"}, {"minimum": 5}]}"#, "2.5"), [
            " | /allOf/0/type | expected integer, found number",
            " | /allOf/1/minimum | 2.5 is less than the minimum 5",
        ])
        try assertValid(#"{"anyOf": [{"type": "string"}, {"minimum": 5}]}"#, #""x""#, "7")
        XCTAssertEqual(try check(#"{"anyOf": [{"type": "string"}, {"minimum": 5}]}"#, "2"), [" | /anyOf | value matches none of the 2 schemas in anyOf"])
        let oneOf = #"{"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 5}, {"const": "x"}]}"#
        try assertValid(oneOf, "1", "5.5", #""x""#)
        XCTAssertEqual(try check(oneOf, "7"), [" | /oneOf | value matches more than one schema in oneOf (0 and 1)"])
        XCTAssertEqual(try check(oneOf, "1.5"), [" | /oneOf | value matches none of the 3 schemas in oneOf"])
        XCTAssertEqual(try check(#"{"not": {"type": "null"}}"#, "null"), [" | /not | value must not match the schema in not"])
        try assertValid(#"{"not": {"type": "null"}}"#, "0")
    }

    func testIfThenElse() throws {
        let text = #"{"if": {"properties": {"kind": {"const": "a"}}}, "then": {"required": ["x"]}, "else": {"required": ["y"]}}"#
        try assertValid(text, #"{"kind": "a", "x": 1}"#, #"{"kind": "b", "y": 1}"#, "3")
        XCTAssertEqual(try check(text, #"{"kind": "a"}"#), [#" | /then/required | missing required property "x""#])
        XCTAssertEqual(try check(text, #"{"kind": "b"}"#), [#" | /else/required | missing required property "y""#])
        try assertValid(#"{"then": false, "else": false}"#, "1")  // without if, then and else do nothing
    }

    // MARK: References

    func testReferences() throws {
        let text = #"""
        {"$defs": {"positive": {"exclusiveMinimum": 0}, "a~b/c%d": {"type": "string"}, "named": {"$anchor": "name", "minLength": 2}},
         "properties": {
            "p": {"$ref": "#/$defs/positive"},
            "escaped": {"$ref": "#/$defs/a~0b~1c%25d"},
            "anchored": {"$ref": "#name"},
            "self": {"$ref": "#"}}}
        """#
        try assertValid(text, #"{"p": 1, "escaped": "s", "anchored": "ab", "self": {"p": 2, "self": {}}}"#)
        XCTAssertEqual(try check(text, #"{"p": 0, "escaped": 1, "anchored": "a", "self": {"self": {"p": -1}}}"#), [
            "/anchored | /$defs/named/minLength | string has 1 character, fewer than minLength 2",
            "/escaped | /$defs/a~0b~1c%d/type | expected string, found number",
            "/p | /$defs/positive/exclusiveMinimum | 0 is not greater than the exclusive minimum 0",
            "/self/self/p | /$defs/positive/exclusiveMinimum | -1 is not greater than the exclusive minimum 0",
        ])
    }

    func testRecursiveTreeSchema() throws {
        let tree = #"""
        {"$id": "https://example.com/tree.json",
         "$ref": "#/$defs/node",
         "$defs": {"node": {"type": "object", "required": ["value"], "additionalProperties": false,
                            "properties": {"value": {"type": "number"}, "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}}
        """#
        try assertValid(tree, #"{"value": 1}"#, #"{"value": 1, "children": [{"value": 2}, {"value": 3, "children": [{"value": 4, "children": []}]}]}"#)
        XCTAssertEqual(try check(tree, #"{"value": 1, "children": [{"value": 2}, {"children": [{"value": "x", "extra": 0}]}]}"#), [
            #"/children/1 | /$defs/node/required | missing required property "value""#,
            "/children/1/children/0/extra | /$defs/node/additionalProperties | property \"extra\" is not allowed (additionalProperties is false)",
            "/children/1/children/0/value | /$defs/node/properties/value/type | expected number, found string",
        ])
        // Depth is no problem: 200 nested levels.
        var instance = #"{"value": 0}"#
        for level in 1...200 { instance = #"{"value": \#(level), "children": [\#(instance)]}"# }
        try assertValid(tree, instance)
    }

    func testReferencesThroughEmbeddedIDs() throws {
        let text = #"""
        {"$id": "https://example.com/root.json",
         "$defs": {"item": {"$id": "item.json", "type": "string", "$defs": {"short": {"maxLength": 2}}},
                   "other": {"$id": "https://example.com/nested/other.json", "$anchor": "other", "type": "integer"}},
         "properties": {"a": {"$ref": "item.json"}, "b": {"$ref": "item.json#/$defs/short"},
                        "c": {"$ref": "nested/other.json"}, "d": {"$ref": "https://example.com/nested/other.json#other"},
                        "e": {"$ref": "root.json#/$defs/item"}}}
        """#
        try assertValid(text, #"{"a": "x", "b": "xy", "c": 1, "d": 2, "e": "s"}"#)
        XCTAssertEqual(try check(text, #"{"a": 1, "b": "xyz", "c": "1", "d": 1.5, "e": 0}"#).count, 5)
    }

    // MARK: Ordering and descriptions

    func testViolationsAreOrderedByInstancePath() throws {
        let text = #"{"properties": {"b": {"type": "string"}, "a": {"items": {"type": "string"}}}, "required": ["z"], "type": "object"}"#
        XCTAssertEqual(try check(text, #"{"b": 1, "a": [1, "x", 2]}"#), [
            #" | /required | missing required property "z""#,
            "/a/0 | /properties/a/items/type | expected string, found number",
            "/a/2 | /properties/a/items/type | expected string, found number",
            "/b | /properties/b/type | expected string, found number",
        ])
        let slashKey = try schema(#"{"properties": {"a/b~c": {"type": "null"}}}"#).validate(try JSONParser.parse(#"{"a/b~c": 1}"#))
        XCTAssertEqual(slashKey, [JSONSchemaViolation(instancePath: "/a~1b~0c", schemaPath: "/properties/a~1b~0c/type", message: "expected null, found number")])
        XCTAssertEqual(slashKey.first?.description, "/a~1b~0c: expected null, found number (schema #/properties/a~1b~0c/type)")
        XCTAssertEqual(try schema("false").validate(.null).first?.description, "(root): no value is allowed here (the schema is false) (schema #)")
    }

    // MARK: Invalid schemas

    func testInvalidSchemas() throws {
        try assertInvalidSchema(##"{"properties": {"a": {"$ref": "#/$defs/missing"}}}"##,
                                message: ##"$ref "#/$defs/missing" points to nothing in the schema document"##, pointer: "/properties/a/$ref")
        try assertInvalidSchema(##"{"$ref": "#nowhere"}"##, message: ##"$ref "#nowhere" names an anchor that no schema defines"##, pointer: "/$ref")
        try assertInvalidSchema(#"{"pattern": "(unclosed"}"#, message: #"pattern "(unclosed" is not a valid regular expression"#, pointer: "/pattern")
        try assertInvalidSchema(#"{"patternProperties": {"[": {}}}"#, message: #"pattern "[" is not a valid regular expression"#, pointer: "/patternProperties/[")
        try assertInvalidSchema(#"{"minLength": -1}"#, message: "minLength must be a non-negative integer", pointer: "/minLength")
        try assertInvalidSchema(#"{"maxItems": 1.5}"#, message: "maxItems must be a non-negative integer", pointer: "/maxItems")
        try assertInvalidSchema(#"{"minimum": "1"}"#, message: "minimum must be a number", pointer: "/minimum")
        try assertInvalidSchema(#"{"multipleOf": 0}"#, message: "multipleOf must be greater than 0", pointer: "/multipleOf")
        try assertInvalidSchema(#"{"type": "strin"}"#, message: #"unknown type "strin""#, pointer: "/type")
        try assertInvalidSchema(#"{"type": ["string", "string"]}"#, message: #"type lists "string" twice"#, pointer: "/type")
        try assertInvalidSchema(#"{"required": "a"}"#, message: "required must be an array of strings", pointer: "/required")
        try assertInvalidSchema(#"{"properties": []}"#, message: "properties must be an object of schemas", pointer: "/properties")
        try assertInvalidSchema(#"{"properties": {"a": 3}}"#, message: "a schema must be an object or a boolean, found number", pointer: "/properties/a")
        try assertInvalidSchema(#"{"allOf": []}"#, message: "allOf must be a non-empty array of schemas", pointer: "/allOf")
        try assertInvalidSchema(#"{"enum": 1}"#, message: "enum must be an array", pointer: "/enum")
        try assertInvalidSchema(#"{"uniqueItems": 1}"#, message: "uniqueItems must be a boolean", pointer: "/uniqueItems")
        try assertInvalidSchema(#"{"items": [{}]}"#, message: "items must be a schema; an array of schemas is written prefixItems in draft 2020-12", pointer: "/items")
        try assertInvalidSchema(#"{"$defs": {"unused": {"type": 5}}}"#,
                                message: "type must be a type name or a non-empty array of type names", pointer: "/$defs/unused/type")
        try assertInvalidSchema(#"{"$schema": "http://json-schema.org/draft-07/schema#"}"#,
                                message: #"unsupported $schema "http://json-schema.org/draft-07/schema#": only draft 2020-12 is supported"#, pointer: "/$schema")
        try assertInvalidSchema(#"{"$defs": {"a": {"$anchor": "x"}, "b": {"$anchor": "x"}}}"#,
                                message: #"anchor "x" is defined twice in one resource"#, pointer: "/$defs/b/$anchor")
        try assertInvalidSchema(#"{"$anchor": "1x"}"#,
                                message: "an anchor must be a string of letters, digits, '-', '_' and '.', starting with a letter or '_'", pointer: "/$anchor")
    }

    func testReferenceCyclesAreRejected() throws {
        let message = "this schema leads back to itself through $ref without moving into the instance, so validation would never end"
        try assertInvalidSchema(##"{"$ref": "#"}"##, message: message, pointer: "/$ref")
        try assertInvalidSchema(##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/a"}]}}}"##,
                                message: message, pointer: "/$defs/b/anyOf/1/$ref")
        // Recursion that moves into the instance is fine.
        XCTAssertNoThrow(try schema(##"{"properties": {"next": {"$ref": "#"}}}"##))
    }

    func testUnsupportedKeywordsAreRejected() throws {
        for keyword in ["unevaluatedProperties", "unevaluatedItems", "$dynamicRef", "$recursiveRef"] {
            let value: JSONValue = keyword.hasPrefix("$") ? .string("#meta") : .bool(false)
            let nested = JSONValue.object(["properties": .object(["a": .object([keyword: value])])])
            XCTAssertThrowsError(try JSONSchema(nested), keyword) { error in
                XCTAssertEqual(error as? JSONSchemaError, .invalidSchema(
                    message: "unsupported keyword \"\(keyword)\": this validator does not implement it", pointer: "/properties/a/\(keyword)"
                ))
            }
        }
        try assertInvalidSchema(#"{"items": {"$ref": "https://example.com/other.json#/$defs/a"}}"#,
                                message: #"$ref "https://example.com/other.json#/$defs/a" points outside this schema document; remote references are not supported"#,
                                pointer: "/items/$ref")
        try assertInvalidSchema(#"{"$id": "https://example.com/a.json", "$ref": "b.json"}"#,
                                message: #"$ref "b.json" points outside this schema document; remote references are not supported"#, pointer: "/$ref")
        XCTAssertEqual(
            JSONSchemaError.invalidSchema(message: "m", pointer: "/a").description, "m at /a"
        )
    }

    // MARK: Concurrency

    func testOneCompiledSchemaValidatesOnManyThreads() throws {
        let compiled = try schema(#"""
        {"type": "object", "required": ["id", "tags"],
         "properties": {"id": {"type": "string", "pattern": "^[a-z]+-[0-9]+$"}, "tags": {"type": "array", "items": {"$ref": "#/$defs/tag"}, "uniqueItems": true},
                        "child": {"$ref": "#"}},
         "$defs": {"tag": {"type": "string", "minLength": 1, "maxLength": 8}}}
        """#)
        let instances = try [
            #"{"id": "abc-1", "tags": ["x", "y"]}"#,
            #"{"id": "ABC", "tags": ["x", "x", ""], "child": {"id": "q-2", "tags": [1]}}"#,
            #"{"tags": "no"}"#,
            #"{"id": "a-1", "tags": [], "child": {"id": "b-2", "tags": ["toolongtag"]}}"#,
        ].map { try JSONParser.parse($0) }
        let expected = instances.map { compiled.validate($0) }
        XCTAssertEqual(expected.map(\.count), [0, 4, 2, 1])

        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            var mismatches = 0
            var validations = 0
            var accepted = 0
            for round in 0..<300 {
                let index = (worker + round) % instances.count
                let issues = compiled.validate(instances[index])
                validations += 1
                if issues != expected[index] { mismatches += 1 }
                let valid = compiled.isValid(instances[index])
                validations += 1
                if valid != expected[index].isEmpty { mismatches += 1 }
                if issues.isEmpty && valid { accepted += 1 }
            }
            counter.add(mismatches: mismatches, validations: validations, accepted: accepted)
        }
        let totals = counter.totals
        XCTAssertEqual(totals.mismatches, 0)
        // Two validations per round, 300 rounds on each of 8 threads, all of them done.
        XCTAssertEqual(totals.validations, 8 * 300 * 2)
        // Each thread cycles through the four instances; only the first is valid: 75 rounds a thread.
        XCTAssertEqual(totals.accepted, 8 * 75)
    }

    /// Totals shared by the threads of the concurrency test.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var mismatches = 0
        private var validations = 0
        private var accepted = 0

        func add(mismatches: Int, validations: Int, accepted: Int) {
            lock.lock()
            defer { lock.unlock() }
            self.mismatches += mismatches
            self.validations += validations
            self.accepted += accepted
        }

        var totals: (mismatches: Int, validations: Int, accepted: Int) {
            lock.lock()
            defer { lock.unlock() }
            return (mismatches, validations, accepted)
        }
    }
}
