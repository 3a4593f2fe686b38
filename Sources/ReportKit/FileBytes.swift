import Foundation

/// Reads whole files with plain system calls: one `open`, one `fstat`, as few `read`s as the size
/// allows.
public enum FileBytes {
    /// The bytes of the file at `url`.
    ///
    /// - Throws: ``FileReadError`` with the system's reason (missing, permission, a folder).
    public static func read(_ url: URL) throws(FileReadError) -> [UInt8] {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileReadError(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileReadError(reason: String(cString: strerror(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileReadError(reason: "it is a folder") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(max(status.st_size, 0)) + 1)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}

/// A file that could not be read.
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The system's reason, lower case.
    public var reason: String

    public var description: String { reason.prefix(1).lowercased() + reason.dropFirst() }
}
