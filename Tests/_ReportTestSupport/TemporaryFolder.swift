import Foundation

/// A uniquely named folder under the system's temporary directory, for one test; it is removed
/// with ``remove()`` (in `tearDown`) or, at the latest, when the object goes away.
public final class TemporaryFolder {
    /// The folder.
    public let url: URL

    /// Creates the folder.
    public init(_ label: String = "reportconv-tests") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    public func path(_ relative: String) -> URL {
        url.appendingPathComponent(relative)
    }

    /// Writes `bytes` to `relative`, creating its folder; returns the file's URL.
    @discardableResult
    public func write(_ relative: String, _ bytes: [UInt8]) throws -> URL {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    /// Writes `data` to `relative`, creating its folder; returns the file's URL.
    @discardableResult
    public func write(_ relative: String, _ data: Data) throws -> URL {
        try write(relative, Array(data))
    }

    /// Writes `text` as UTF-8 to `relative`, creating its folder; returns the file's URL.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, Array(text.utf8))
    }

    /// Every file and folder under the folder, hidden ones included, as sorted relative paths.
    public func contents() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: url.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.sorted()
    }

    /// The regular files under the folder, hidden ones included, as sorted relative paths.
    public func files() -> [String] {
        contents().filter { relative in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path(relative).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    deinit {
        remove()
    }

    /// Removes the folder and everything in it, giving back permissions a test took away.
    public func remove() {
        if let enumerator = FileManager.default.enumerator(atPath: url.path) {
            for case let relative as String in enumerator {
                chmod(url.appendingPathComponent(relative).path, 0o755)
            }
        }
        chmod(url.path, 0o755)
        try? FileManager.default.removeItem(at: url)
    }
}
