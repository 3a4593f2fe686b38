import XCTest
final class ReportValidationTestsPlaceholder: XCTestCase { func testNothing() {} }
