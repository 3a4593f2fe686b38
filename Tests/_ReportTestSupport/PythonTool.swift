import Foundation
import XCTest

/// Runs the Python tools in `../shared/tools`, skipping the calling test with a printed reason when
/// Python or a module they need is missing.
public enum PythonTool {
    /// Runs `python3 script arguments...` and returns its status and combined output.
    public static func run(_ script: URL, arguments: [String], requiring modules: [String] = ["pyld"]) throws -> (status: Int32, output: String) {
        let probe = try? execute("/usr/bin/env", ["python3", "-c", modules.map { "import \($0)" }.joined(separator: "; ")])
        guard let probe, probe.status == 0 else {
            print("skipped: python3 with \(modules.joined(separator: ", ")) is not available (pip install \(modules.joined(separator: " ")))")
            throw XCTSkip("python3 with \(modules.joined(separator: ", ")) is not available")
        }
        return try execute("/usr/bin/env", ["python3", script.path] + arguments)
    }

    /// Runs a program and returns its status and combined output.
    public static func execute(_ program: String, _ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String) {
        let outcome = try ChildProcess.run(program, arguments, input: input, mergingStandardError: true)
        return (outcome.status, String(decoding: outcome.standardOutput, as: UTF8.self))
    }
}
