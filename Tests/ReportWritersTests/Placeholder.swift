import XCTest
final class ReportWritersTestsPlaceholder: XCTestCase { func testNothing() {} }
