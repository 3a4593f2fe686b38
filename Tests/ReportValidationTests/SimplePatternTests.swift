import Foundation
@testable import ReportValidation
import XCTest

/// The fast pattern matcher must agree with the full engine wherever it takes a pattern.
final class SimplePatternTests: XCTestCase {
    /// Whether the full engine finds `pattern` in `string`; throws when the reference expression
    /// itself does not compile, rather than counting that as "no match".
    private func full(_ pattern: String, _ string: String) throws -> Bool {
        let expression = try NSRegularExpression(pattern: JSONSchema.Pattern.translate(pattern))
        return expression.rangeOfFirstMatch(in: string, range: NSRange(location: 0, length: string.utf16.count)).location != NSNotFound
    }

    func testTakesPlainPatternsAndLeavesTheRest() {
        for pattern in [#"^[A-Za-z_][A-Za-z0-9._-]*$"#, #"^\d{4}(-\d{2}(-\d{2})?)?$"#, "^(a|bc)+$", "x.y", #"^[^\s]{2,5}$"#, #"^#[a-z]$"#, "(?:ab)*c", #"a\.b"#] {
            XCTAssertNotNil(JSONSchema.SimplePattern(pattern), pattern)
        }
        for pattern in ["^a|b$", #"\bword"#, "(?=a)b", #"(a)\1"#, "a*?", #"\p{L}"#, #"\u0041"#, "é", "a{2,1}", "[b-a]", "[", "(a"] {
            XCTAssertNil(JSONSchema.SimplePattern(pattern), pattern)
        }
    }

    func testAgreesWithTheFullEngine() throws {
        let patterns = [
            #"^[A-Za-z_][A-Za-z0-9._-]*$"#, #"^\d{4}(-\d{2}(-\d{2})?)?$"#, #"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2})$"#,
            "^(a|bc)+$", "x.y", #"^[^\s]{2,5}$"#, "ab*c", "a{2}", "^a{2,}$", "[a-c-]x", #"^[\d.]+$"#, "(?:ab)*c$", "^$", "",
            #"^[0-9a-f]{64}$"#, #"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"#, #"^#[A-Za-z_][A-Za-z0-9._-]*$"#, "b+$", #"\s\S"#,
        ]
        let strings = [
            "", "a", "ab", "abc", "abbbc", "bcbca", "x-y", "xzy", "x\ny", "org-us_2", "2017", "2017-01", "2017-01-10", "2017-W05",
            "2017-1", "é", "aé b", "  ", "a b", "123.45", "abab", "ababc", "c", "#id", "#1d", "en", "en-GB", "en-toolongpart",
            String(repeating: "a", count: 64), String(repeating: "f", count: 63) + "0", "\u{2028}x", "aa", "aaa",
        ]
        for pattern in patterns {
            guard let simple = JSONSchema.SimplePattern(pattern) else {
                XCTFail("expected the fast matcher to take \(pattern)")
                continue
            }
            for string in strings {
                XCTAssertEqual(simple.matches(string), try full(pattern, string), "pattern \(pattern) on \(string.debugDescription)")
            }
        }
    }
}
