import XCTest
final class ReportAnalysisTestsPlaceholder: XCTestCase { func testNothing() {} }
