import Foundation

/// Writing to the terminal: diagnostics to standard error, results to standard output.
enum Console {
    private static let lock = NSLock()

    /// Writes one line to standard error.
    static func error(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes one line to standard output.
    static func output(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
