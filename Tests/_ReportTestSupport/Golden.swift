import Foundation
import XCTest

/// Golden files: expected outputs kept beside the tests, compared byte for byte.
///
/// Set `RECORD_GOLDEN=1` to write the actual output as the new golden file; a recording run fails,
/// so that nothing is re-recorded without a look at the change.
public enum Golden {
    /// Whether this run records golden files.
    public static var recording: Bool {
        ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    }

    /// Compares `actual` with the golden file at `url`, or records it.
    public static func assertMatches(_ actual: [UInt8], golden url: URL, file: StaticString = #filePath, line: UInt = #line) {
        if recording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual).write(to: url)
                XCTFail("recorded \(url.path); run again without RECORD_GOLDEN=1", file: file, line: line)
            } catch {
                XCTFail("cannot record \(url.path): \(error)", file: file, line: line)
            }
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            XCTFail("golden file \(url.path) is missing; record it with RECORD_GOLDEN=1 swift test --filter \(testName(file))", file: file, line: line)
            return
        }
        guard Array(expected) != actual else { return }
        let difference = lineDifference(expected: String(decoding: expected, as: UTF8.self), actual: String(decoding: actual, as: UTF8.self))
        XCTFail("""
            output differs from \(url.path):
            \(difference)
            If the change is intended, re-record: RECORD_GOLDEN=1 swift test --filter \(testName(file))
            """, file: file, line: line)
    }

    private static func testName(_ file: StaticString) -> String {
        URL(fileURLWithPath: "\(file)").deletingPathExtension().lastPathComponent
    }

    /// The first differing lines, with a few lines of context, in unified-diff style.
    public static func lineDifference(expected: String, actual: String, limit: Int = 20) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < min(old.count, new.count), old[first] == new[first] { first += 1 }
        var output: [String] = ["@@ line \(first + 1) @@"]
        for index in max(0, first - 2)..<first { output.append("  \(old[index])") }
        for index in first..<min(old.count, first + limit) { output.append("- \(old[index])") }
        for index in first..<min(new.count, first + limit) { output.append("+ \(new[index])") }
        return output.joined(separator: "\n")
    }
}
