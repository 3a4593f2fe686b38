import XCTest
final class reportconvTestsPlaceholder: XCTestCase { func testNothing() {} }
