import Foundation
import ReportValidation
import XCTest

final class JSONParserTests: XCTestCase {
    // MARK: Helpers

    private func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONValue? {
        do {
            return try JSONParser.parse(Array(text.utf8))
        } catch {
            XCTFail("unexpected error \(error) for \(text.debugDescription)", file: file, line: line)
            return nil
        }
    }

    /// Asserts that parsing fails with exactly this message, line and column.
    private func assertError(
        _ bytes: [UInt8], _ message: String, line expectedLine: Int, column: Int,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            let value = try JSONParser.parse(bytes)
            XCTFail("expected \"\(message)\", parsed \(value)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.message, message, file: file, line: line)
            XCTAssertEqual(error.line, expectedLine, "line", file: file, line: line)
            XCTAssertEqual(error.column, column, "column", file: file, line: line)
        }
    }

    private func assertError(
        _ text: String, _ message: String, line expectedLine: Int, column: Int,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        assertError(Array(text.utf8), message, line: expectedLine, column: column, file: file, line: line)
    }

    // MARK: Values

    func testLiteralsAndContainers() {
        XCTAssertEqual(parse("null"), .null)
        XCTAssertEqual(parse("true"), .bool(true))
        XCTAssertEqual(parse(" \t\r\n false \n"), .bool(false))
        XCTAssertEqual(parse("[]"), .array([]))
        XCTAssertEqual(parse("{}"), .object([:]))
        XCTAssertEqual(parse("[1, \"two\", [true, null], {}]"), .array([.number(1), .string("two"), .array([.bool(true), .null]), .object([:])]))
        XCTAssertEqual(
            parse(#"{"a": {"b": [1, {"c": null}]}, "d": "e"}"#),
            .object(["a": .object(["b": .array([.number(1), .object(["c": .null])])]), "d": .string("e")])
        )
    }

    func testNumbers() {
        XCTAssertEqual(parse("0"), .number(0))
        XCTAssertEqual(parse("-12"), .number(-12))
        XCTAssertEqual(parse("1.5"), .number(1.5))
        XCTAssertEqual(parse("0.1"), .number(0.1))
        XCTAssertEqual(parse("1e3"), .number(1000))
        XCTAssertEqual(parse("1E+3"), .number(1000))
        XCTAssertEqual(parse("2.5e-3"), .number(0.0025))
        XCTAssertEqual(parse("123.456e2"), .number(12345.6))
        XCTAssertEqual(parse("1.7976931348623157e308"), .number(1.7976931348623157e308))
        XCTAssertEqual(parse("5e-324"), .number(Double.leastNonzeroMagnitude))
        XCTAssertEqual(parse("1e-400"), .number(0))
        // Beyond the fast path: more than 19 digits, and beyond 2^53.
        XCTAssertEqual(parse("123456789012345678901234567890"), .number(1.2345678901234568e29))
        XCTAssertEqual(parse("9007199254740993"), .number(9_007_199_254_740_992))
        XCTAssertEqual(parse("0.30000000000000004441"), .number(0.30000000000000004))
        // Negative zero keeps its sign.
        guard case .number(let negativeZero)? = parse("-0") else { return XCTFail("-0 is not a number") }
        XCTAssertEqual(negativeZero, 0)
        XCTAssertEqual(negativeZero.sign, .minus)
        guard case .number(let positiveZero)? = parse("0.0") else { return XCTFail("0.0 is not a number") }
        XCTAssertEqual(positiveZero.sign, .plus)
    }

    func testStringsAndEscapes() {
        XCTAssertEqual(parse(#""""#), .string(""))
        XCTAssertEqual(parse(#""plain""#), .string("plain"))
        XCTAssertEqual(parse(#""\"\\\/\b\f\n\r\t""#), .string("\"\\/\u{08}\u{0C}\n\r\t"))
        XCTAssertEqual(parse(#""\u00e9\u20AC\u0000""#), .string("é€\u{0}"))
        XCTAssertEqual(parse(#""\ud83d\ude00 and \uD834\uDD1E""#), .string("😀 and 𝄞"))
        XCTAssertEqual(parse("\"é€😀\""), .string("é€😀"))
        XCTAssertEqual(parse("\"é\\n€\""), .string("é\n€"))
        // Combining sequences are kept as written, not normalized.
        guard case .string(let decomposed)? = parse("\"e\\u0301\"") else { return XCTFail("not a string") }
        XCTAssertEqual(Array(decomposed.unicodeScalars), ["e", "\u{301}"])
    }

    func testInputKinds() throws {
        let expected = JSONValue.array([.number(1), .string("é")])
        let text = "[1, \"é\"]"
        XCTAssertEqual(try JSONParser.parse(Array(text.utf8)), expected)
        XCTAssertEqual(try JSONParser.parse(Data(text.utf8)), expected)
        XCTAssertEqual(try JSONParser.parse(text), expected)
        // A collection without contiguous storage takes the copying path.
        XCTAssertEqual(try JSONParser.parse(Array(text.utf8).lazy.map { $0 }), expected)
        XCTAssertEqual(try JSONParser.parse(ArraySlice(Array(("xx" + text).utf8)).dropFirst(2)), expected)
    }

    func testMaximumDepthIsAccepted() throws {
        let depth = JSONParser.maximumDepth
        var value = try JSONParser.parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        var levels = 0
        while case .array(let elements) = value {
            levels += 1
            value = elements.first ?? .null
        }
        XCTAssertEqual(levels, 512)
        XCTAssertNoThrow(try JSONParser.parse(String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)))
    }

    // MARK: Errors

    func testTrailingCommas() {
        assertError("[1,2,]", "trailing comma before ']'", line: 1, column: 6)
        assertError("{\"a\":1,}", "trailing comma before '}'", line: 1, column: 8)
        assertError("[1,\r\n2,\r\n]", "trailing comma before ']'", line: 3, column: 1)
    }

    func testComments() {
        assertError("// note\n1", "comments are not allowed", line: 1, column: 1)
        assertError("[1 /* note */]", "comments are not allowed", line: 1, column: 4)
        assertError("1 // note", "comments are not allowed", line: 1, column: 3)
        assertError("{/* note */}", "comments are not allowed", line: 1, column: 2)
    }

    func testNonFiniteLiterals() {
        assertError("NaN", "invalid literal 'NaN'", line: 1, column: 1)
        assertError("[1, Infinity]", "invalid literal 'Infinity'", line: 1, column: 5)
        assertError("-Infinity", "expected a digit after '-'", line: 1, column: 2)
        assertError("nul", "invalid literal 'nul'", line: 1, column: 1)
        assertError("[truex]", "invalid literal 'truex'", line: 1, column: 2)
    }

    func testByteOrderMark() {
        assertError([0xEF, 0xBB, 0xBF] + Array("{}".utf8), "a byte order mark is not allowed", line: 1, column: 1)
    }

    func testLoneSurrogates() {
        assertError(#""\ud800""#, #"lone surrogate \ud800 in a \u escape"#, line: 1, column: 2)
        assertError(#"["ok", "x\uDC00"]"#, #"lone surrogate \uDC00 in a \u escape"#, line: 1, column: 10)
        assertError(#""\ud800\u0041""#, #"lone surrogate \ud800 in a \u escape"#, line: 1, column: 2)
        assertError(#""\ud800\ud800""#, #"lone surrogate \ud800 in a \u escape"#, line: 1, column: 2)
    }

    func testDuplicateKeys() {
        assertError("{\"a\": 1,\n \"a\": 2}", #"duplicate key "a""#, line: 2, column: 2)
        assertError(#"{"x": {"b": 1, "b": 1}}"#, #"duplicate key "b""#, line: 1, column: 16)
        // The same key in different objects is fine.
        XCTAssertNotNil(parse(#"[{"a": 1}, {"a": 2}]"#))
    }

    func testNestingTooDeep() {
        let depth = JSONParser.maximumDepth + 1
        assertError(String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
                    "nesting is deeper than 512 levels", line: 1, column: 513)
        assertError(String(repeating: "{\"k\":", count: depth) + "1" + String(repeating: "}", count: depth),
                    "nesting is deeper than 512 levels", line: 1, column: 512 * 5 + 1)
    }

    func testTrailingContent() {
        assertError("1 2", "unexpected '2' after the json value", line: 1, column: 3)
        assertError("{}\n\n  x", "unexpected 'x' after the json value", line: 3, column: 3)
        assertError("[] ]", "unexpected ']' after the json value", line: 1, column: 4)
    }

    func testSyntaxErrorsWithPositions() {
        assertError("{\n  \"a\": 1\n  \"b\": 2\n}", "expected ',' or '}' after an object member", line: 3, column: 3)
        assertError("[1 2]", "expected ',' or ']' after an array element", line: 1, column: 4)
        assertError(#"{"a" 1}"#, "expected ':' after an object key", line: 1, column: 6)
        assertError("{a: 1}", "expected a string key or '}', found 'a'", line: 1, column: 2)
        assertError(#"{"a": 1, 2: 3}"#, "expected a string key after ',', found '2'", line: 1, column: 10)
        assertError("[,1]", "expected a value, found ','", line: 1, column: 2)
        assertError("'a'", "expected a value, found \"'\"", line: 1, column: 1)
        // Columns count Unicode scalars, not bytes or UTF-16 units.
        assertError("[\"é€😀\" x]", "expected ',' or ']' after an array element", line: 1, column: 8)
        do {
            _ = try JSONParser.parse(Array("[\"é€😀\" x]".utf8))
        } catch {
            XCTAssertEqual(error.byteOffset, 13)
            XCTAssertEqual(error.description, "1:8: expected ',' or ']' after an array element")
        }
    }

    func testStringErrors() {
        assertError("\"a\nb\"", "control character U+000A must be escaped in a string", line: 1, column: 3)
        assertError("[\"a\tb\"]", "control character U+0009 must be escaped in a string", line: 1, column: 4)
        assertError(#""\x""#, #"invalid escape '\x'"#, line: 1, column: 2)
        assertError(#""\u12G4""#, #"expected four hexadecimal digits after '\u'"#, line: 1, column: 2)
        assertError("[\"abc", "unterminated string", line: 1, column: 2)
        assertError(#"["abc\"#, "unterminated string", line: 1, column: 2)
        assertError([0x22, 0xC3, 0x28, 0x22], "invalid utf-8 in a string", line: 1, column: 2)
        assertError([0x22, 0xED, 0xA0, 0x80, 0x22], "invalid utf-8 in a string", line: 1, column: 2)  // encoded surrogate
        assertError([0x22, 0xC0, 0xAF, 0x22], "invalid utf-8 in a string", line: 1, column: 2)  // overlong
        assertError([0x5B, 0xFF, 0x5D], "expected a value, found byte 0xFF", line: 1, column: 2)
    }

    func testNumberErrors() {
        assertError("01", "leading zeros are not allowed", line: 1, column: 1)
        assertError("[-01]", "leading zeros are not allowed", line: 1, column: 2)
        assertError("-", "expected a digit after '-'", line: 1, column: 2)
        assertError("1.", "expected a digit after the decimal point", line: 1, column: 3)
        assertError(".5", "expected a value, found '.'", line: 1, column: 1)
        assertError("1e", "expected a digit in the exponent", line: 1, column: 3)
        assertError("1e+", "expected a digit in the exponent", line: 1, column: 4)
        assertError("+1", "expected a value, found '+'", line: 1, column: 1)
        assertError("[1e400]", "number 1e400 is out of range", line: 1, column: 2)
        assertError("-1e400", "number -1e400 is out of range", line: 1, column: 1)
    }

    func testEndOfInput() {
        assertError("", "unexpected end of input", line: 1, column: 1)
        assertError("  \n ", "unexpected end of input", line: 2, column: 2)
        assertError("[1", "unexpected end of input", line: 1, column: 3)
        assertError("{\"a\":", "unexpected end of input", line: 1, column: 6)
        assertError("{\"a\"", "unexpected end of input", line: 1, column: 5)
        assertError("[1,", "unexpected end of input", line: 1, column: 4)
    }

    // MARK: Locations

    private let locationDocument = "{\n  \"a\": [10, {\"b~c\": true, \"d/e\": null}],\n  \"é\": \"x\",\n  \"\": 1,\n  \"q\\\"u\": [[], {}]\n}"

    private func location(_ pointer: String) -> [Int]? {
        JSONParser.location(ofPointer: pointer, in: Array(locationDocument.utf8)).map { [$0.line, $0.column] }
    }

    func testLocationOfPointer() {
        XCTAssertEqual(location(""), [1, 1])
        XCTAssertEqual(location("/a"), [2, 8])
        XCTAssertEqual(location("/a/0"), [2, 9])
        XCTAssertEqual(location("/a/1"), [2, 13])
        XCTAssertEqual(location("/a/1/b~0c"), [2, 21])
        XCTAssertEqual(location("/a/1/d~1e"), [2, 34])
        XCTAssertEqual(location("/é"), [3, 8])
        XCTAssertEqual(location("/"), [4, 7])
        XCTAssertEqual(location("/q\"u"), [5, 11])
        XCTAssertEqual(location("/q\"u/0"), [5, 12])
        XCTAssertEqual(location("/q\"u/1"), [5, 16])
    }

    func testLocationOfMissingOrMalformedPointer() {
        XCTAssertNil(location("/a/2"), "past the end of the array")
        XCTAssertNil(location("/zz"), "no such member")
        XCTAssertNil(location("a"), "no leading slash")
        XCTAssertNil(location("/a/01"), "leading zero in an index")
        XCTAssertNil(location("/a/-"), "the index past the end")
        XCTAssertNil(location("/a/1/b~2c"), "bad escape")
        XCTAssertNil(location("/a/0/x"), "into a number")
        XCTAssertNil(location("/q\"u/0/0"), "into an empty array")
        XCTAssertNil(JSONParser.location(ofPointer: "", in: Array("  ".utf8)), "empty document")
    }

    func testLocationAcceptsAnyByteCollection() {
        let text = "[\"x\",\r\n  {\"k\": 1}]"
        XCTAssertEqual(JSONParser.location(ofPointer: "/1/k", in: Data(text.utf8)).map { [$0.line, $0.column] }, [2, 9])
        XCTAssertEqual(JSONParser.location(ofPointer: "/1", in: Array(text.utf8).lazy.map { $0 }).map { [$0.line, $0.column] }, [2, 3])
    }

    // MARK: JSONValue

    func testValueAccessors() throws {
        let value = try JSONParser.parse(#"{"s": "x", "n": 2, "f": 2.5, "b": true, "a": [null], "o": {}}"#)
        XCTAssertEqual(value["s"]?.stringValue, "x")
        XCTAssertEqual(value["n"]?.doubleValue, 2)
        XCTAssertEqual(value["n"]?.intValue, 2)
        XCTAssertNil(value["f"]?.intValue)
        XCTAssertEqual(value["b"]?.boolValue, true)
        XCTAssertEqual(value["a"]?[0]?.isNull, true)
        XCTAssertNil(value["a"]?[1])
        XCTAssertNil(value["a"]?[-1])
        XCTAssertEqual(value["o"]?.objectValue, [:])
        XCTAssertEqual(value["a"]?.arrayValue, [.null])
        XCTAssertNil(value["missing"])
        XCTAssertNil(value["s"]?["x"])
        XCTAssertNil(value["s"]?.doubleValue)
        XCTAssertEqual(value.typeName, "object")
        XCTAssertEqual(value["b"]?.typeName, "boolean")
    }

    func testValueEquality() {
        XCTAssertEqual(JSONValue.number(1), .number(1.0))
        XCTAssertEqual(JSONValue.number(-0.0), .number(0))
        XCTAssertNotEqual(JSONValue.bool(true), .number(1))
        XCTAssertEqual(JSONValue.object(["a": .number(1), "b": .null]), .object(["b": .null, "a": .number(1)]))
        XCTAssertNotEqual(JSONValue.array([.number(1), .number(2)]), .array([.number(2), .number(1)]))
        // Canonically equivalent strings are still different JSON strings.
        XCTAssertNotEqual(JSONValue.string("\u{E9}"), .string("e\u{301}"))
        XCTAssertEqual(Set([JSONValue.string("\u{E9}"), .string("e\u{301}"), .number(1), .number(1.0)]).count, 3)
        XCTAssertEqual(JSONValue.number(0).hashValue, JSONValue.number(-0.0).hashValue)
    }

    func testValueDescriptionRoundTrips() throws {
        let text = #"{"a":[1,-0.5,1e+300,"x\"\\\n\u0001é"],"b":{"c":null,"d":true}}"#
        let value = try JSONParser.parse(text)
        XCTAssertEqual(value.description, text)
        XCTAssertEqual(try JSONParser.parse(value.description), value)
    }
}
