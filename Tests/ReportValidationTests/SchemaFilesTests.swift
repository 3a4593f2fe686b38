import Foundation
import ReportSchemas
import XCTest
import _ReportTestSupport

/// The schemas embedded in the binary are exactly those of the package's `Schemas/` folder.
final class SchemaFilesTests: XCTestCase {
    private var schemasFolder: URL { TestPaths.packageRoot.appendingPathComponent("Schemas") }

    /// The files of `Schemas/` as the embedding sees them: hidden files left out.
    private func folderListing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: schemasFolder.path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }

    func testNamesAreTheFolderListing() throws {
        let listing = try folderListing()
        XCTAssertFalse(listing.isEmpty, "Schemas/ is empty or missing at \(schemasFolder.path)")
        XCTAssertEqual(SchemaFiles.names, listing, "the embedded schemas differ from Schemas/: RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests")
    }

    func testEveryEmbeddedTextIsTheFileByteForByte() throws {
        for name in try folderListing() {
            let onDisk = Array(try Data(contentsOf: schemasFolder.appendingPathComponent(name)))
            let embedded = try XCTUnwrap(SchemaFiles.text(named: name), "\(name) is not embedded")
            XCTAssertEqual(embedded.utf8.count, onDisk.count, "\(name): embedded size differs from Schemas/\(name)")
            XCTAssertTrue(Array(embedded.utf8) == onDisk, "\(name): embedded text differs from Schemas/\(name)")
        }
    }

    func testUnknownNameHasNoText() {
        XCTAssertNil(SchemaFiles.text(named: "absent.xsd"))
        XCTAssertNil(SchemaFiles.text(named: ""))
    }

    func testNamesAreSorted() {
        XCTAssertEqual(SchemaFiles.names, SchemaFiles.names.sorted())
    }
}
