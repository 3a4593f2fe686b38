import Foundation
import ReportKit
import XCTest
import _ReportTestSupport

final class AtomicFileWriterTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("atomic-file-writer-tests")
    }

    override func tearDown() {
        folder?.remove()
        folder = nil
    }

    private func bytes(_ url: URL) throws -> [UInt8] {
        Array(try Data(contentsOf: url))
    }

    private func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }

    // MARK: write

    func testWriteCreatesMissingFolders() throws {
        let url = folder.path("a/b/c/out.xml")
        try AtomicFileWriter.write(Array("<r/>".utf8), to: url)
        XCTAssertEqual(try bytes(url), Array("<r/>".utf8))
        XCTAssertEqual(folder.contents(), ["a", "a/b", "a/b/c", "a/b/c/out.xml"])
    }

    func testWriteOfNoBytesGivesAnEmptyFile() throws {
        let url = folder.path("empty.txt")
        try AtomicFileWriter.write([], to: url)
        XCTAssertEqual(try bytes(url), [])
        XCTAssertEqual(folder.contents(), ["empty.txt"])
    }

    func testWriteReplacesAnExistingFileByRenaming() throws {
        let url = try folder.write("out.json", "old")
        // A reader that opened the old file keeps reading the old, complete file: the new one is
        // a different file renamed over it, never the old one rewritten in place.
        let reader = try FileHandle(forReadingFrom: url)
        defer { try? reader.close() }
        try AtomicFileWriter.write(Array("new content".utf8), to: url)
        XCTAssertEqual(try bytes(url), Array("new content".utf8))
        XCTAssertEqual(Array(try reader.readToEnd() ?? Data()), Array("old".utf8))
        XCTAssertEqual(folder.contents(), ["out.json"], "a temporary file was left")
    }

    func testWriteOfALargeFile() throws {
        let large = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let url = folder.path("large.bin")
        try AtomicFileWriter.write(large, to: url)
        XCTAssertTrue(try bytes(url) == large, "the file does not hold the bytes written")
    }

    func testWriteWhereNoFolderCanBeMadeThrows() throws {
        let blocker = try folder.write("blocker", "a file, not a folder")
        let url = blocker.appendingPathComponent("out.xml")
        XCTAssertThrowsError(try AtomicFileWriter.write([1], to: url)) { error in
            XCTAssertEqual((error as? AtomicWriteError)?.path, url.path)
        }
        XCTAssertEqual(folder.contents(), ["blocker"])
    }

    func testWriteOntoAFolderThrowsAndLeavesNoTemporaryFile() throws {
        try folder.write("taken/keep", "x")
        XCTAssertThrowsError(try AtomicFileWriter.write([1], to: folder.path("taken")))
        XCTAssertEqual(folder.contents(), ["taken", "taken/keep"])
    }

    // MARK: stage, synchronize, publish, discard

    func testStagedFileIsNotVisibleUntilPublished() throws {
        let url = try folder.write("out.xml", "old")
        let staged = try AtomicFileWriter.stage(Array("new".utf8), for: url)
        XCTAssertEqual(staged.destination, url)
        XCTAssertEqual(staged.temporary.deletingLastPathComponent().path, url.deletingLastPathComponent().path, "staged beside its destination")
        XCTAssertTrue(staged.temporary.lastPathComponent.hasPrefix("."))
        XCTAssertTrue(staged.temporary.lastPathComponent.hasSuffix(".tmp"))
        XCTAssertEqual(try bytes(staged.temporary), Array("new".utf8))
        XCTAssertEqual(try bytes(url), Array("old".utf8), "the destination changed before the rename")

        try AtomicFileWriter.synchronize([staged])
        XCTAssertEqual(try bytes(url), Array("old".utf8), "the destination changed before the rename")
        try AtomicFileWriter.publish([staged])
        XCTAssertEqual(try bytes(url), Array("new".utf8))
        XCTAssertFalse(exists(staged.temporary))
        XCTAssertEqual(folder.contents(), ["out.xml"])
    }

    func testStageThenDiscardLeavesNothing() throws {
        let staged = [
            try AtomicFileWriter.stage(Array("a".utf8), for: folder.path("a.xml")),
            try AtomicFileWriter.stage(Array("b".utf8), for: folder.path("b.xml")),
        ]
        XCTAssertEqual(folder.contents().count, 2)
        AtomicFileWriter.discard(staged)
        XCTAssertEqual(folder.contents(), [])
    }

    func testStagingTwiceForOneDestinationUsesTwoTemporaryFiles() throws {
        let url = folder.path("out.xml")
        let first = try AtomicFileWriter.stage([1], for: url)
        let second = try AtomicFileWriter.stage([2], for: url)
        XCTAssertNotEqual(first.temporary, second.temporary)
        AtomicFileWriter.discard([first, second])
        XCTAssertEqual(folder.contents(), [])
    }

    func testPublishOfAGroupIsAllOrNothing() throws {
        try folder.write("taken/keep", "x")
        let group = [
            try AtomicFileWriter.stage(Array("a".utf8), for: folder.path("a.xml")),
            try AtomicFileWriter.stage(Array("b".utf8), for: folder.path("b.json")),
            // Its destination is a non-empty folder: the rename fails.
            try AtomicFileWriter.stage(Array("c".utf8), for: folder.path("taken")),
            try AtomicFileWriter.stage(Array("d".utf8), for: folder.path("d.jsonld")),
        ]
        try AtomicFileWriter.synchronize(group)
        XCTAssertThrowsError(try AtomicFileWriter.publish(group)) { error in
            XCTAssertEqual((error as? AtomicWriteError)?.path, self.folder.path("taken").path)
        }
        // The files renamed before the failure are removed, the rest discarded: only what was
        // there before remains.
        XCTAssertEqual(folder.contents(), ["taken", "taken/keep"])
    }

    func testPublishOfNothingDoesNothing() throws {
        try AtomicFileWriter.synchronize([])
        try AtomicFileWriter.publish([])
        XCTAssertEqual(folder.contents(), [])
    }

    func testSynchronizeOfAMissingStagedFileThrows() throws {
        let staged = try AtomicFileWriter.stage([1], for: folder.path("a.xml"))
        AtomicFileWriter.discard([staged])
        XCTAssertThrowsError(try AtomicFileWriter.synchronize([staged])) { error in
            XCTAssertEqual((error as? AtomicWriteError)?.path, self.folder.path("a.xml").path)
        }
    }

    func testErrorDescriptionNamesThePathAndTheReason() throws {
        try folder.write("taken/keep", "x")
        XCTAssertThrowsError(try AtomicFileWriter.write([1], to: folder.path("taken"))) { error in
            let writeError = error as? AtomicWriteError
            XCTAssertEqual(writeError?.description, "\(self.folder.path("taken").path): \(writeError?.reason ?? "")")
            XCTAssertTrue(writeError?.reason.hasPrefix("cannot write: ") == true, "\(String(describing: writeError))")
        }
    }
}
