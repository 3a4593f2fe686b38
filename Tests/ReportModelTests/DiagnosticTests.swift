import ReportModel
import XCTest

final class DiagnosticTests: XCTestCase {
    func testFormattedWithLocation() {
        let diagnostic = Diagnostic(severity: .warning, code: "encoding-fallback", message: "read as windows-1252", location: SourceLocation(line: 3, column: 14))
        XCTAssertEqual(diagnostic.formatted(path: "in/a.txt"), "in/a.txt:3:14: warning: read as windows-1252")
    }

    func testFormattedWithoutLocation() {
        let diagnostic = Diagnostic(severity: .error, code: "empty-input", message: "the input is empty")
        XCTAssertEqual(diagnostic.formatted(path: "-"), "-: error: the input is empty")
        XCTAssertEqual(Diagnostic(severity: .note, code: "n", message: "fyi").formatted(path: "x"), "x: note: fyi")
    }

    func testSeveritiesOrderByGravity() {
        XCTAssertLessThan(Diagnostic.Severity.note, .warning)
        XCTAssertLessThan(Diagnostic.Severity.warning, .error)
        XCTAssertEqual(Diagnostic.Severity.allCases.max(), .error)
        XCTAssertFalse(Diagnostic.Severity.error < .error)
    }
}
