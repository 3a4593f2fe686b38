import ReportWriters
import XCTest

final class JSONEmitterTests: XCTestCase {
    func testWritesNestedValuesWithFixedLayout() {
        var json = JSONEmitter()
        json.openObject()
        json.member("text", "a \"quote\" \\ slash / and\nline\ttab\r\u{01}")
        json.member("count", 3)
        json.member("ratio", 1.5)
        json.member("flag", true)
        json.key("nothing")
        json.null()
        json.key("empty")
        json.openArray()
        json.closeArray()
        json.member("list", strings: ["x", "é🌊"])
        json.closeObject()
        XCTAssertEqual(String(decoding: json.finish(), as: UTF8.self), """
            {
              "text": "a \\"quote\\" \\\\ slash / and\\nline\\ttab\\r\\u0001",
              "count": 3,
              "ratio": 1.5,
              "flag": true,
              "nothing": null,
              "empty": [],
              "list": [
                "x",
                "é🌊"
              ]
            }

            """)
    }

    func testOutputParsesAsJSON() throws {
        var json = JSONEmitter()
        json.openArray()
        json.value(-0.25)
        json.value(1_130_000_000.0)
        json.value("\u{1F}")
        json.value(nil as String?)
        json.closeArray()
        let parsed = try JSONSerialization.jsonObject(with: Data(json.finish())) as? [Any]
        XCTAssertEqual(parsed?.count, 4)
        XCTAssertEqual(parsed?[0] as? Double, -0.25)
        XCTAssertEqual(parsed?[1] as? Double, 1_130_000_000)
        XCTAssertEqual(parsed?[2] as? String, "\u{1F}")
        XCTAssertTrue(parsed?[3] is NSNull)
    }

    func testNumbersHaveNoExponent() {
        XCTAssertEqual(NumberFormatting.decimal(70), "70")
        XCTAssertEqual(NumberFormatting.decimal(-3), "-3")
        XCTAssertEqual(NumberFormatting.decimal(1.13e9), "1130000000")
        XCTAssertEqual(NumberFormatting.decimal(1e20), "100000000000000000000")
        XCTAssertEqual(NumberFormatting.decimal(0.5), "0.5")
        XCTAssertEqual(NumberFormatting.decimal(0.00001), "0.00001")
        XCTAssertFalse(NumberFormatting.decimal(123456.789).contains("e"))
    }
}
