@testable import ReportAnalysis
import XCTest

final class PartitionPointTests: XCTestCase {
    func testFindsTheFirstElementAtOrPastTheBoundary() {
        let values = [1, 3, 3, 5, 8, 13]
        XCTAssertEqual(values.partitionPoint { $0 >= 3 }, 1, "the first of equal elements")
        XCTAssertEqual(values.partitionPoint { $0 > 3 }, 3)
        XCTAssertEqual(values.partitionPoint { $0 >= 0 }, 0, "holds for all")
        XCTAssertEqual(values.partitionPoint { $0 > 13 }, values.endIndex, "holds for none")
        XCTAssertEqual([Int]().partitionPoint { _ in true }, 0)
    }

    func testAgreesWithALinearScanOnEveryBoundary() {
        let values = (0..<200).map { $0 / 3 }
        for boundary in -1...70 {
            let expected = values.firstIndex { $0 >= boundary } ?? values.endIndex
            XCTAssertEqual(values.partitionPoint { $0 >= boundary }, expected, "boundary \(boundary)")
        }
    }

    func testWorksOnASliceWithItsOwnIndices() {
        let slice = [9, 1, 2, 4, 7, 9][1...4]
        XCTAssertEqual(slice.partitionPoint { $0 >= 4 }, 3)
        XCTAssertEqual(slice.partitionPoint { $0 >= 100 }, slice.endIndex)
    }
}
