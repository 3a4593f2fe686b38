import XCTest
final class ReportReadersTestsPlaceholder: XCTestCase { func testNothing() {} }
