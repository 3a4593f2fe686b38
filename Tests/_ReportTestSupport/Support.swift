import Foundation
import XCTest

/// Locations the tests read from: the package itself and the read-only `../shared` folder.
public enum TestPaths {
    /// The package's root folder.
    public static let packageRoot: URL = {
        // This file is Tests/_ReportTestSupport/Support.swift.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()

    /// The `../shared` folder beside the package, or `nil` when it is absent.
    public static let shared: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return url.standardizedFileURL
    }()

    /// A path inside `../shared`. Skips the calling test, printing why, when `../shared` itself is
    /// absent; fails it when `../shared` is there but the file is not, so that a renamed or
    /// removed shared file cannot silently turn tests into skips.
    public static func shared(_ relativePath: String, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        guard let shared else {
            print("skipped: ../shared is absent, so \(relativePath) cannot be read")
            throw XCTSkip("../shared is absent")
        }
        let url = shared.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            XCTFail("../shared is there but ../shared/\(relativePath) is not (\(url.path)): was it renamed?", file: file, line: line)
            throw MissingSharedFile(path: url.path)
        }
        return url
    }

    /// Thrown after the failure is recorded, to end the test that needed the file.
    public struct MissingSharedFile: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "missing shared file \(path)" }
    }
}
