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

    /// A path inside `../shared`; skips the calling test, printing why, when it is not there.
    public static func shared(_ relativePath: String) throws -> URL {
        guard let shared else {
            print("skipped: ../shared is absent, so \(relativePath) cannot be read")
            throw XCTSkip("../shared is absent")
        }
        let url = shared.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: ../shared/\(relativePath) is absent")
            throw XCTSkip("../shared/\(relativePath) is absent")
        }
        return url
    }
}
