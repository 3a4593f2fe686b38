import Foundation
import ReportKit
import ReportModel
import XCTest
import _ReportTestSupport

final class InputCollectorTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("input-collector-tests")
    }

    override func tearDown() {
        folder?.remove()
        folder = nil
    }

    private func collect(_ arguments: [String], outputDirectory: URL? = nil, standardInput: [UInt8]? = nil, toStandardOutput: Bool = false)
        -> (jobs: [ConversionJob], problems: [InputProblem])
    {
        InputCollector.collect(arguments, outputDirectory: outputDirectory, standardInput: standardInput, toStandardOutput: toStandardOutput)
    }

    // MARK: Files

    func testFileBesideItsInput() throws {
        let file = try folder.write("in/storm.txt", "x")
        let (jobs, problems) = collect([file.path])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(jobs.count, 1)
        let job = try XCTUnwrap(jobs.first)
        XCTAssertEqual(job.source, .file(file))
        XCTAssertEqual(job.displayPath, file.path)
        XCTAssertEqual(job.inputName, "storm.txt")
        XCTAssertEqual(job.kind, .plainText)
        XCTAssertEqual(job.outputStem?.path, folder.path("in/storm").path)
        XCTAssertEqual(jobs.first?.outputURL(suffix: ".report.xml")?.path, folder.path("in/storm.report.xml").path)
    }

    func testFileIntoTheOutputFolder() throws {
        let file = try folder.write("in/deep/storm.report.json", "{}")
        let output = folder.path("out")
        let (jobs, problems) = collect([file.path], outputDirectory: output)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(jobs.count, 1)
        XCTAssertEqual(jobs.first?.kind, .reportJSON)
        XCTAssertEqual(jobs.first?.inputName, "storm.report.json")
        XCTAssertEqual(jobs.first?.outputStem?.path, output.appendingPathComponent("storm").path)
    }

    func testFileOfAnyNameIsTaken() throws {
        let file = try folder.write("notes.md", "x")
        XCTAssertEqual(collect([file.path]).jobs.count, 1)
    }

    func testStandardOutputHasNoStem() throws {
        let file = try folder.write("storm.txt", "x")
        let (jobs, _) = collect([file.path, "-"], outputDirectory: folder.path("out"), standardInput: [1], toStandardOutput: true)
        XCTAssertEqual(jobs.map(\.outputStem), [nil, nil])
    }

    // MARK: Standard input

    func testStandardInput() throws {
        let output = folder.path("out")
        let bytes = Array("Storm hits the coast".utf8)
        let (jobs, problems) = collect(["-"], outputDirectory: output, standardInput: bytes)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(jobs.count, 1)
        XCTAssertEqual(jobs.first?.source, .standardInput(bytes))
        XCTAssertEqual(jobs.first?.displayPath, "-")
        XCTAssertEqual(jobs.first?.inputName, "-")
        XCTAssertEqual(jobs.first?.kind, .plainText)
        XCTAssertEqual(jobs.first?.outputStem?.path, output.appendingPathComponent("stdin").path)
    }

    func testStandardInputWithoutOutputFolderGoesToTheCurrentFolder() {
        let (jobs, _) = collect(["-"], standardInput: [])
        XCTAssertEqual(jobs.first?.outputStem?.lastPathComponent, "stdin")
        XCTAssertEqual(
            jobs.first?.outputStem?.deletingLastPathComponent().standardizedFileURL.path,
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        )
    }

    // MARK: Folders

    /// A tree with reports at several depths, other files, and hidden files and folders.
    private func makeTree() throws -> URL {
        try folder.write("in/b.txt", "b")
        try folder.write("in/a/b.txt", "ab")
        try folder.write("in/a/c.TEXT", "ac")
        try folder.write("in/a/deeper/d.txt", "d")
        try folder.write("in/a/notes.md", "not a report")
        try folder.write("in/a/old.report.xml", "<x/>")
        try folder.write("in/.hidden.txt", "hidden")
        try folder.write("in/.git/config.txt", "hidden folder")
        try folder.write("in/a/.cache/e.txt", "hidden folder")
        try folder.write("in/z.txt", "z")
        return folder.path("in")
    }

    func testFolderIsSearchedRecursivelyInSortedOrder() throws {
        let input = try makeTree()
        let output = folder.path("out")
        let (jobs, problems) = collect([input.path], outputDirectory: output)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(jobs.map(\.inputName), ["a/b.txt", "a/c.TEXT", "a/deeper/d.txt", "b.txt", "z.txt"])
        XCTAssertEqual(jobs.map(\.displayPath), ["a/b.txt", "a/c.TEXT", "a/deeper/d.txt", "b.txt", "z.txt"].map { input.path + "/" + $0 })
        XCTAssertEqual(jobs.map(\.source), ["a/b.txt", "a/c.TEXT", "a/deeper/d.txt", "b.txt", "z.txt"].map { .file(input.appendingPathComponent($0)) })
        XCTAssertTrue(jobs.allSatisfy { $0.kind == .plainText })
        // The output tree mirrors the input tree: in/a/b.txt → out/a/b.
        XCTAssertEqual(jobs.map { $0.outputStem?.path }, ["a/b", "a/c", "a/deeper/d", "b", "z"].map { output.appendingPathComponent($0).path })
    }

    func testFolderWithoutOutputFolderWritesBesideEachInput() throws {
        let input = try makeTree()
        let (jobs, _) = collect([input.path])
        XCTAssertEqual(jobs.map { $0.outputStem?.path }, ["a/b", "a/c", "a/deeper/d", "b", "z"].map { input.appendingPathComponent($0).path })
    }

    func testFolderAsTypedIsKeptInDisplayPaths() throws {
        let input = try makeTree()
        let typed = input.path + "/./a"
        let (jobs, _) = collect([typed])
        XCTAssertEqual(jobs.map(\.inputName), ["b.txt", "c.TEXT", "deeper/d.txt"])
        XCTAssertEqual(jobs.first?.displayPath, typed + "/b.txt")
    }

    func testSeveralArgumentsKeepTheirOrder() throws {
        let input = try makeTree()
        let single = try folder.write("single.txt", "s")
        let (jobs, _) = collect([single.path, input.appendingPathComponent("a/deeper").path, "-"], standardInput: [])
        XCTAssertEqual(jobs.map(\.inputName), ["single.txt", "d.txt", "-"])
    }

    func testFolderInsideAHiddenFolderIsSearched() throws {
        try folder.write(".archive/in/a.txt", "a")
        try folder.write(".archive/in/.b.txt", "hidden")
        let (jobs, problems) = collect([folder.path(".archive/in").path, folder.path(".archive").path])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(jobs.map(\.inputName), ["a.txt", "in/a.txt"])
    }

    func testFolderWithATrailingSlash() throws {
        try folder.write("in/a/b.txt", "b")
        let typed = folder.path("in").path + "/"
        let (jobs, _) = collect([typed], outputDirectory: folder.path("out"))
        XCTAssertEqual(jobs.map(\.inputName), ["a/b.txt"])
        XCTAssertEqual(jobs.first?.displayPath, folder.path("in").path + "/a/b.txt")
        XCTAssertEqual(jobs.first?.outputStem?.path, folder.path("out/a/b").path)
    }

    // MARK: Problems

    func testMissingPathIsAnError() {
        let missing = folder.path("absent.txt").path
        let (jobs, problems) = collect([missing])
        XCTAssertEqual(jobs, [])
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.path, missing)
        XCTAssertEqual(problems.first?.diagnostic.severity, .error)
        XCTAssertEqual(problems.first?.diagnostic.code, "missing-input")
    }

    func testMissingPathDoesNotStopTheOthers() throws {
        let file = try folder.write("a.txt", "a")
        let (jobs, problems) = collect([folder.path("absent").path, file.path])
        XCTAssertEqual(jobs.count, 1)
        XCTAssertEqual(problems.count, 1)
    }

    func testEmptyFolderIsAWarning() throws {
        try FileManager.default.createDirectory(at: folder.path("empty"), withIntermediateDirectories: true)
        try folder.write("only-other/notes.md", "x")
        for name in ["empty", "only-other"] {
            let (jobs, problems) = collect([folder.path(name).path])
            XCTAssertEqual(jobs, [], name)
            XCTAssertEqual(problems.count, 1, name)
            XCTAssertEqual(problems.first?.path, folder.path(name).path)
            XCTAssertEqual(problems.first?.diagnostic.severity, .warning, name)
            XCTAssertEqual(problems.first?.diagnostic.code, "empty-folder", name)
        }
    }

    func testUnreadableFolderIsAnError() throws {
        try skipIfRoot()
        let input = folder.path("in")
        try folder.write("in/readable/a.txt", "a")
        try folder.write("in/locked/b.txt", "b")
        let locked = folder.path("in/locked")
        XCTAssertEqual(chmod(locked.path, 0), 0)
        defer { chmod(locked.path, 0o755) }

        let (jobs, problems) = collect([input.path])
        XCTAssertEqual(jobs.map(\.inputName), ["readable/a.txt"])
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertEqual(problems.first?.path, input.path + "/locked")
        XCTAssertEqual(problems.first?.diagnostic.severity, .error)
        XCTAssertEqual(problems.first?.diagnostic.code, "unreadable-input")
    }

    func testUnreadableTopFolderIsAnError() throws {
        try skipIfRoot()
        try folder.write("locked/a.txt", "a")
        let locked = folder.path("locked")
        XCTAssertEqual(chmod(locked.path, 0), 0)
        defer { chmod(locked.path, 0o755) }

        let (jobs, problems) = collect([locked.path])
        XCTAssertEqual(jobs, [])
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertEqual(problems.first?.path, locked.path)
        XCTAssertEqual(problems.first?.diagnostic.severity, .error)
    }

    private func skipIfRoot() throws {
        if getuid() == 0 {
            // UnreadableFolderCommandTests covers this case under root, running the binary as an
            // unprivileged user.
            print("skipped: running as root, which can read every folder, so an unreadable folder cannot be made (UnreadableFolderCommandTests runs the binary unprivileged instead)")
            throw XCTSkip("root can read every folder")
        }
    }
}
