import Foundation

/// Writes files so that a reader never sees a partial one: the bytes go to a temporary file in the
/// target folder, which is renamed into place only when complete. On any failure the temporary
/// file is removed.
public enum AtomicFileWriter {
    /// Writes `bytes` to `url`, creating the folder when needed.
    public static func write(_ bytes: [UInt8], to url: URL) throws(AtomicWriteError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicWriteError(path: url.path, reason: "cannot create folder \(folder.path): \(Self.reason(error))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicWriteError(path: url.path, reason: "cannot create a temporary file in \(folder.path): \(String(cString: strerror(errno)))")
        }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw AtomicWriteError(path: url.path, reason: "cannot write: \(failure)")
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}

/// A file that could not be written.
public struct AtomicWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that was to be written.
    public var path: String
    /// Why it could not be.
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
