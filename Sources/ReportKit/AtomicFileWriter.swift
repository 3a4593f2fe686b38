import Foundation

/// Writes files so that a reader never sees a partial one: the bytes go to a temporary file in the
/// target folder, which is flushed to disk and only then renamed into place. After a crash a file
/// is either complete or absent; on any failure the temporary files are removed.
///
/// Writing one file is ``write(_:to:)``. A batch saves the cost of a disk flush per file:
/// ``stage(_:for:)`` each file, ``synchronize(_:)`` a group at once, then ``publish(_:)`` each
/// document's files.
public enum AtomicFileWriter {
    /// A complete temporary file waiting to be renamed into place.
    public struct StagedFile: Sendable, Equatable {
        /// The temporary file.
        public var temporary: URL
        /// Where it goes.
        public var destination: URL
        /// The file system it is on (`st_dev`), so that one flush per file system covers a group;
        /// `nil` when unknown, which makes the group flush file by file.
        var device: UInt64?
    }

    /// Writes `bytes` to `url`, creating the folder when needed, flushed to disk before the rename.
    public static func write(_ bytes: [UInt8], to url: URL) throws(AtomicWriteError) {
        let staged = try stage(bytes, for: url)
        do {
            try synchronize([staged])
        } catch {
            discard([staged])
            throw error
        }
        try publish([staged])
    }

    /// Writes `bytes` to a new temporary file beside `url`, creating the folder when needed.
    public static func stage(_ bytes: [UInt8], for url: URL) throws(AtomicWriteError) -> StagedFile {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        var descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            // The folder does not exist yet: create it, then try again.
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw AtomicWriteError(path: url.path, reason: "cannot create folder \(folder.path): \(SystemReason.describe(error))")
            }
            descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else {
            throw AtomicWriteError(path: url.path, reason: "cannot create a temporary file in \(folder.path): \(SystemReason.describe(errno: errno))")
        }
        var failure: String?
        var status = stat()
        let device = fstat(descriptor, &status) == 0 ? UInt64(status.st_dev) : nil
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = SystemReason.describe(errno: errno)
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = SystemReason.describe(errno: errno) }
        if let failure {
            unlink(temporary.path)
            throw AtomicWriteError(path: url.path, reason: "cannot write: \(failure)")
        }
        return StagedFile(temporary: temporary, destination: url, device: device)
    }

    /// Makes staged files' data durable: on Linux one `syncfs` per file system they are on,
    /// elsewhere an `fsync` per file.
    public static func synchronize(_ files: [StagedFile]) throws(AtomicWriteError) {
        #if os(Linux)
        var devices: [UInt64: StagedFile] = [:]
        for file in files {
            if let device = file.device, devices[device] == nil { devices[device] = file }
        }
        var synced = syncFileSystem != nil && files.allSatisfy { $0.device != nil }
        for file in devices.values {
            let descriptor = open(file.temporary.path, O_RDONLY | O_CLOEXEC)
            if descriptor < 0 || syncFileSystem?(descriptor) != 0 { synced = false }
            if descriptor >= 0 { close(descriptor) }
        }
        if synced && devices.count > 0 { return }
        #endif
        for file in files {
            let descriptor = open(file.temporary.path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw AtomicWriteError(path: file.destination.path, reason: "cannot flush: \(SystemReason.describe(errno: errno))")
            }
            let result = fsync(descriptor)
            let reason = SystemReason.describe(errno: errno)
            close(descriptor)
            if result != 0 {
                throw AtomicWriteError(path: file.destination.path, reason: "cannot flush: \(reason)")
            }
        }
    }

    /// Renames synchronized files into place, all or none: when one cannot be renamed, the ones
    /// already renamed by this call are removed and the rest discarded.
    public static func publish(_ files: [StagedFile]) throws(AtomicWriteError) {
        for (index, file) in files.enumerated() where rename(file.temporary.path, file.destination.path) != 0 {
            let error = AtomicWriteError(path: file.destination.path, reason: "cannot write: \(SystemReason.describe(errno: errno))")
            for done in files[..<index] { unlink(done.destination.path) }
            discard(Array(files[index...]))
            throw error
        }
    }

    /// Removes staged files that will not be published.
    public static func discard(_ files: [StagedFile]) {
        for file in files { unlink(file.temporary.path) }
    }
}

#if os(Linux)
/// `syncfs(2)`, looked up once at run time because Glibc's Swift module leaves it out; `nil` when
/// the C library lacks it, so that callers fall back to `fsync`.
private let syncFileSystem: (@convention(c) (Int32) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
}()
#endif

/// A file that could not be written.
public struct AtomicWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that was to be written.
    public var path: String
    /// Why it could not be.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
