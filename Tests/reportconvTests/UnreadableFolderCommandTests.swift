import _ReportTestSupport
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An unreadable folder among the inputs fails the run (exit status 1) with a diagnostic naming it,
/// and the readable inputs are still converted.
///
/// Root reads every folder, so under root (as in CI) the binary is run as the unprivileged user
/// 65534 through `setpriv`; `InputCollectorTests` skips its own unreadable-folder tests there.
final class UnreadableFolderCommandTests: XCTestCase {
    private static let setpriv = "/usr/bin/setpriv"
    private static let unprivileged = 65534

    private let report = """
        Storm closes harbour

        "We have never seen waves like this," the harbour master said on Friday.
        """

    func testUnreadableFolderFailsTheRunAndTheRestIsConverted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("in/readable/a.txt", report)
        try folder.write("in/locked/b.txt", report)
        let out = folder.path("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Written to by whichever user runs the binary.
        XCTAssertEqual(chmod(out.path, 0o777), 0)
        XCTAssertEqual(chmod(folder.path("in/locked").path, 0), 0)

        let result = try runAsUnprivilegedUser(["convert", "in", "--format", "json", "--output-dir", "out"], in: folder)
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertTrue(result.standardError.contains("in/locked: error: cannot read this folder: permission denied"), result.standardError)
        XCTAssertFalse(result.standardError.contains("b.txt"), result.standardError)
        XCTAssertEqual(folder.files().filter { $0.hasPrefix("out/") }, ["out/readable/a.report.json"])
    }

    /// Runs `reportconv arguments...` in `folder`: directly when this process is not root, else as
    /// user and group 65534 with no supplementary groups. Skips, printing why, when that cannot be
    /// done here.
    private func runAsUnprivilegedUser(_ arguments: [String], in folder: TemporaryFolder) throws -> (status: Int32, standardError: String) {
        guard getuid() == 0 else {
            let result = try CommandRunner.run(arguments, in: folder.url)
            return (result.status, result.standardError)
        }
        guard FileManager.default.isExecutableFile(atPath: Self.setpriv) else {
            print("skipped: running as root and \(Self.setpriv) is absent, so the binary cannot be run as an unprivileged user")
            throw XCTSkip("root without setpriv")
        }
        let executable = CommandRunner.executable.resolvingSymlinksInPath().path
        for (path, needsRead) in [(executable, true), (folder.url.path, false)] {
            if let blocked = Self.firstPlaceOthersCannotReach(path, read: needsRead) {
                print("skipped: running as root, and user \(Self.unprivileged) cannot reach \(blocked) (on the way to \(path))")
                throw XCTSkip("\(blocked) is not reachable by user \(Self.unprivileged)")
            }
        }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        environment["HOME"] = "/"
        let prefix = [
            "--reuid=\(Self.unprivileged)", "--regid=\(Self.unprivileged)", "--clear-groups", executable,
        ]
        // The binary must start at all as that user (its shared libraries readable, and so on)
        // before its behaviour with an unreadable folder means anything.
        let probe = try ChildProcess.run(Self.setpriv, prefix + ["--version"], environment: environment, directory: folder.url.path)
        guard probe.status == 0 else {
            let reason = String(decoding: probe.standardError, as: UTF8.self)
            print("skipped: reportconv does not start as user \(Self.unprivileged) (status \(probe.status)): \(reason)")
            throw XCTSkip("reportconv does not start as user \(Self.unprivileged)")
        }
        let outcome = try ChildProcess.run(Self.setpriv, prefix + arguments, environment: environment, directory: folder.url.path)
        return (outcome.status, String(decoding: outcome.standardError, as: UTF8.self))
    }

    /// The first folder on the way to `path` that others may not search, or `path` itself when
    /// others may not read (`read`) or search it; `nil` when everything is open to them.
    private static func firstPlaceOthersCannotReach(_ path: String, read: Bool) -> String? {
        var current = ""
        let components = path.split(separator: "/")
        for (index, component) in components.enumerated() {
            current += "/" + component
            var info = stat()
            guard stat(current, &info) == 0 else { return current }
            var needed = S_IXOTH
            if index == components.count - 1, read { needed |= S_IROTH }
            if info.st_mode & needed != needed { return current }
        }
        return nil
    }
}
