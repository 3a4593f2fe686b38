import XCTest
final class ReportKitTestsPlaceholder: XCTestCase { func testNothing() {} }
