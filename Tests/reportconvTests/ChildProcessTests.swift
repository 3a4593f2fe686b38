import Foundation
import XCTest
import _ReportTestSupport

/// The test runner for child programs: large inputs and outputs in both directions without a
/// deadlock, exit statuses, signals, working directory, and a program that never reads its input.
final class ChildProcessTests: XCTestCase {
    private let shell = "/bin/sh"

    func testLargeInputAndOutputPassThroughWithoutDeadlock() throws {
        let input = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let outcome = try ChildProcess.run(shell, ["-c", "cat; echo done >&2; exit 3"], input: input)
        XCTAssertEqual(outcome.status, 3)
        XCTAssertEqual(outcome.standardOutput, input)
        XCTAssertEqual(String(decoding: outcome.standardError, as: UTF8.self), "done\n")
    }

    func testMergedStandardErrorKeepsOrder() throws {
        let outcome = try ChildProcess.run(shell, ["-c", "echo one; echo two >&2; echo three"], mergingStandardError: true)
        XCTAssertEqual(String(decoding: outcome.standardOutput, as: UTF8.self), "one\ntwo\nthree\n")
        XCTAssertTrue(outcome.standardError.isEmpty)
    }

    func testProgramThatIgnoresItsInputDoesNotHurtTheRunner() throws {
        let input = Data(repeating: 65, count: 5_000_000)
        let outcome = try ChildProcess.run(shell, ["-c", "exec 0<&-; echo ignored"], input: input)
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(String(decoding: outcome.standardOutput, as: UTF8.self), "ignored\n")
    }

    func testSignalIsReportedAsShellStatus() throws {
        let outcome = try ChildProcess.run(shell, ["-c", "kill -9 $$"])
        XCTAssertEqual(outcome.status, 128 + 9)
    }

    func testWorkingDirectoryAndEnvironment() throws {
        let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path
        let outcome = try ChildProcess.run(shell, ["-c", "pwd; echo \"$GREETING\""], environment: ["GREETING": "hello"], directory: folder)
        XCTAssertEqual(String(decoding: outcome.standardOutput, as: UTF8.self), "\(folder)\nhello\n")
    }

    func testMissingProgramIsAnError() {
        XCTAssertThrowsError(try ChildProcess.run("/nonexistent/program", []))
    }
}
