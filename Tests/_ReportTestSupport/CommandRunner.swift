import Foundation
import XCTest

/// Runs the built `reportconv` binary, as a user or a script would.
public enum CommandRunner {
    /// What a run gave.
    public struct Result {
        public var status: Int32
        public var standardOutput: Data
        public var standardError: String
        public var output: String { String(decoding: standardOutput, as: UTF8.self) }
    }

    /// The `reportconv` executable beside the test bundle.
    public static var executable: URL {
        // The test runner lives in the build folder, beside the products.
        let runner = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("reportconv")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return runner.deletingLastPathComponent().appendingPathComponent("reportconv")
    }

    /// Runs `reportconv arguments...`, with `input` on standard input and extra environment.
    public static func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:], in directory: URL? = nil) throws -> Result {
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (key, value) in environment { merged[key] = value }
        let outcome = try ChildProcess.run(executable.path, arguments, input: input, environment: merged, directory: directory?.path)
        return Result(status: outcome.status, standardOutput: outcome.standardOutput, standardError: String(decoding: outcome.standardError, as: UTF8.self))
    }
}
