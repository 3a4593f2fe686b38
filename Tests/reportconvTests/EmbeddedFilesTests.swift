import Foundation
import XCTest
import _ReportTestSupport

/// The binary carries its schemas and the analysis data files as Swift source, generated from
/// `Schemas/` and `Sources/ReportAnalysis/Data/` and committed. (A build-tool plugin used to generate
/// them at build time; SwiftPM's plugin runner crashed intermittently in CI, so the generated files
/// are now part of the repository and this test keeps them in step with their sources.)
///
/// After editing a schema or a data file, regenerate with
/// `RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests`; until then this test fails.
final class EmbeddedFilesTests: XCTestCase {
    func testSchemasAreEmbeddedAsTheyAreOnDisk() throws {
        try check(folder: "Schemas", generated: "Sources/ReportSchemas/EmbeddedFiles.swift")
    }

    func testAnalysisDataFilesAreEmbeddedAsTheyAreOnDisk() throws {
        try check(folder: "Sources/ReportAnalysis/Data", generated: "Sources/ReportAnalysis/EmbeddedFiles.swift")
    }

    func testRawDelimiterOutnumbersEveryRunOfHashes() {
        XCTAssertEqual(EmbeddedSource.rawDelimiterCount(for: "plain"), 1)
        XCTAssertEqual(EmbeddedSource.rawDelimiterCount(for: ##"a "# b ## c"##), 3)
    }

    private func check(folder: String, generated: String) throws {
        let root = TestPaths.packageRoot
        let folderURL = root.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folderURL.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertFalse(names.isEmpty, "\(folder) has no files")
        var files: [(name: String, text: String)] = []
        for name in names {
            let data = try Data(contentsOf: folderURL.appendingPathComponent(name))
            let text = try XCTUnwrap(String(data: data, encoding: .utf8), "\(folder)/\(name) is not UTF-8")
            XCTAssertFalse(text.contains("\r"), "\(folder)/\(name) has carriage returns, which a Swift string literal cannot keep")
            files.append((name, text))
        }
        let expected = EmbeddedSource.swiftSource(files: files, origin: folder)
        let generatedURL = root.appendingPathComponent(generated)
        let actual = try? String(contentsOf: generatedURL, encoding: .utf8)
        if ProcessInfo.processInfo.environment["RECORD_EMBEDDED"] == "1" {
            if actual != expected {
                try expected.write(to: generatedURL, atomically: true, encoding: .utf8)
                XCTFail("regenerated \(generated); build and run the tests again without RECORD_EMBEDDED=1")
            }
            return
        }
        XCTAssertTrue(actual == expected, "\(generated) is stale: run RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests")
    }
}
