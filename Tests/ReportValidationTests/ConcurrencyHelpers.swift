import Dispatch
import Foundation
import ReportValidation
import XCTest

/// Results written by many threads, one slot each.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// The results written so far, in slot order (shorter than `count` when a slot was never written).
    var values: [Value] {
        lock.withLock { slots.compactMap { $0 } }
    }
}

/// Validates `documents` (cycled up to `count` times) on one thread and then from many threads at
/// once with the same validator, and asserts that the results agree, slot by slot. Returns the
/// serial results, for the caller's own checks.
@discardableResult
func assertSharedValidatorGivesTheSerialResults(
    _ validator: some DocumentValidator, documents: [String], count: Int, file: StaticString = #filePath, line: UInt = #line
) -> [[ValidationIssue]] {
    let bytes = documents.map { Array($0.utf8) }
    let serial = (0..<count).map { validator.validate(bytes[$0 % bytes.count]) }
    let results = ConcurrentResults<[ValidationIssue]>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        results[index] = validator.validate(bytes[index % bytes.count])
    }
    XCTAssertEqual(results.values, serial, file: file, line: line)
    return serial
}
