import ReportModel
import ReportReaders
import XCTest

final class ReaderErrorTests: XCTestCase {
    func testDiagnosticsAreErrorsWithLocations() {
        let cases: [(ReaderError, code: String, message: String, location: SourceLocation)] = [
            (.empty, "empty-input", "the input is empty", SourceLocation(line: 1, column: 1)),
            (.whitespaceOnly, "empty-input", "the input holds only white space", SourceLocation(line: 1, column: 1)),
            (.noTextAfterFrontMatter, "empty-input", "the input has front matter but no text after it", SourceLocation(line: 1, column: 1)),
            (.binary(reason: "it starts with the signature of a PNG image"), "binary-input", "the input is not text: it starts with the signature of a PNG image", SourceLocation(line: 1, column: 1)),
            (.invalidEncoding(encoding: "UTF-16LE", byteOffset: 7), "invalid-encoding", "the input is not valid UTF-16LE at byte offset 7", SourceLocation(line: 1, column: 1)),
            (.frontMatter(message: "bad", location: SourceLocation(line: 3, column: 9)), "front-matter", "front matter: bad", SourceLocation(line: 3, column: 9)),
            (.malformed(message: "broken", location: SourceLocation(line: 5, column: 2)), "malformed-input", "broken", SourceLocation(line: 5, column: 2)),
        ]
        for (error, code, message, location) in cases {
            let diagnostic = error.diagnostic
            XCTAssertEqual(diagnostic.severity, .error, "\(error)")
            XCTAssertEqual(diagnostic.code, code, "\(error)")
            XCTAssertEqual(diagnostic.message, message, "\(error)")
            XCTAssertEqual(diagnostic.location, location, "\(error)")
        }
    }
}
