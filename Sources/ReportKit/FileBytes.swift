import Foundation

/// Reads whole files with plain system calls: one `open`, one `fstat`, as few `read`s as the size
/// allows.
public enum FileBytes {
    /// The bytes of the file at `url`.
    ///
    /// - Throws: ``FileReadError`` with the system's reason (missing, permission, a folder).
    public static func read(_ url: URL) throws(FileReadError) -> [UInt8] {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileReadError(reason: SystemReason.describe(errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileReadError(reason: SystemReason.describe(errno: errno)) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileReadError(reason: "it is a folder") }
        // Read straight into the array: the size from fstat, plus one byte to see the end (or that
        // the file grew, in which case the array grows too).
        var bytes = [UInt8](repeating: 0, count: Int(max(status.st_size, 0)) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(reason: SystemReason.describe(errno: errno))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}

/// A file that could not be read.
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The system's reason, lower case.
    public var reason: String

    public var description: String { reason }
}
