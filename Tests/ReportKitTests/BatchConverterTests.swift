import Foundation
import ReportKit
import ReportModel
import ReportValidation
import XCTest
import _ReportTestSupport

final class BatchConverterTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("batch-converter-tests")
    }

    override func tearDown() {
        folder?.remove()
        folder = nil
    }

    private func batch(_ formats: [String] = ["xml", "json"], groupSize: Int = 128) throws -> BatchConverter {
        BatchConverter(converter: try DocumentConverter(options: ConversionOptions(formats: formats)), groupSize: groupSize)
    }

    /// Runs `jobs`, collecting the reports in the order they arrive.
    private func run(_ converter: BatchConverter, _ jobs: [ConversionJob]) -> (summary: BatchSummary, reports: [JobReport]) {
        let collected = Collected()
        let summary = converter.run(jobs) { collected.append($0) }
        return (summary, collected.reports)
    }

    /// The temporary files (`.name.XXXX.tmp`) anywhere in the test's folder.
    private func temporaryFiles() -> [String] {
        folder.files().filter {
            let name = ($0 as NSString).lastPathComponent
            return name.hasPrefix(".") && name.hasSuffix(".tmp")
        }
    }

    /// A summary as `[converted, failed, filesWritten]`.
    private func counts(_ summary: BatchSummary) -> [Int] {
        [summary.converted, summary.failed, summary.filesWritten]
    }

    private func bytes(_ url: URL) throws -> [UInt8] {
        Array(try Data(contentsOf: url))
    }

    /// Asserts that each successful job's files hold that job's own conversion — the bytes
    /// `DocumentConverter` gives for its input, name and kind, one file per format — and not
    /// another job's.
    private func assertFilesHoldTheirJobsConversions(
        _ reports: [JobReport], formats: [String], file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let converter = try DocumentConverter(options: ConversionOptions(formats: formats))
        let succeeded = reports.filter { !$0.failed }
        XCTAssertFalse(succeeded.isEmpty, "no job succeeded", file: file, line: line)
        for report in succeeded {
            guard case .file(let input) = report.job.source else {
                XCTFail("\(report.job.inputName) was not read from a file", file: file, line: line)
                continue
            }
            let expected = converter.convert(try bytes(input), name: report.job.inputName, kind: report.job.kind)
            XCTAssertFalse(expected.failed, report.job.inputName, file: file, line: line)
            XCTAssertEqual(report.written.count, expected.outputs.count, report.job.inputName, file: file, line: line)
            XCTAssertTrue(try report.written.map(bytes) == expected.outputs.map(\.bytes),
                          "the files of \(report.job.inputName) are not its own conversion", file: file, line: line)
        }
    }

    // MARK: Batches

    /// in/ holding four good reports at two depths and two bad ones (empty, binary).
    private func makeInputs() throws -> URL {
        try folder.write("in/a-harbour.txt", Fixtures.report)
        try folder.write("in/b-empty.txt", [])
        try folder.write("in/c-ferry.txt", Fixtures.secondReport)
        try folder.write("in/d-image.txt", Fixtures.binary)
        try folder.write("in/sub/e-lighthouse.txt", Fixtures.thirdReport)
        try folder.write("in/sub/f-harbour.text", Fixtures.report)
        return folder.path("in")
    }

    private func checkBatch(groupSize: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let input = try makeInputs()
        let output = folder.path("out")
        let (jobs, problems) = InputCollector.collect([input.path], outputDirectory: output, standardInput: nil, toStandardOutput: false)
        XCTAssertEqual(problems, [], file: file, line: line)
        XCTAssertEqual(jobs.count, 6, file: file, line: line)

        let (summary, reports) = run(try batch(groupSize: groupSize), jobs)
        XCTAssertEqual(reports.map(\.job), jobs, "reports arrive in job order", file: file, line: line)
        XCTAssertEqual(reports.map(\.failed), [false, true, false, true, false, false], file: file, line: line)
        XCTAssertEqual(counts(summary), [4, 2, 8], file: file, line: line)

        for report in reports where report.failed {
            XCTAssertEqual(report.written, [], file: file, line: line)
            XCTAssertTrue(report.diagnostics.contains { $0.severity == .error }, "\(report.diagnostics)", file: file, line: line)
        }
        XCTAssertEqual(reports[1].diagnostics.map(\.code), ["empty-input"], file: file, line: line)
        XCTAssertEqual(reports[3].diagnostics.map(\.code), ["binary-input"], file: file, line: line)

        let expected = [
            "a-harbour.report.json", "a-harbour.report.xml", "c-ferry.report.json", "c-ferry.report.xml", "sub",
            "sub/e-lighthouse.report.json", "sub/e-lighthouse.report.xml", "sub/f-harbour.report.json", "sub/f-harbour.report.xml",
        ]
        XCTAssertEqual(folder.contents().filter { $0.hasPrefix("out/") }.map { String($0.dropFirst(4)) }, expected, file: file, line: line)
        XCTAssertEqual(temporaryFiles(), [], file: file, line: line)

        // Every file reported written exists, holds a valid document, and is where its job said.
        for report in reports where !report.failed {
            XCTAssertEqual(report.written.map(\.path), [".report.xml", ".report.json"].compactMap { report.job.outputURL(suffix: $0)?.path }, file: file, line: line)
            for url in report.written {
                let schema = url.pathExtension == "xml" ? "report.xsd" : "report.schema.json"
                XCTAssertEqual(try BundledSchemas.validator(for: schema).validate(try bytes(url)), [], url.path, file: file, line: line)
            }
        }
        try assertFilesHoldTheirJobsConversions(reports, formats: ["xml", "json"], file: file, line: line)
        // Inputs are never modified.
        XCTAssertTrue(try bytes(input.appendingPathComponent("a-harbour.txt")) == Array(Fixtures.report.utf8), "an input was changed", file: file, line: line)
    }

    func testBatchWritesTheGoodAndFailsTheBad() throws {
        try checkBatch(groupSize: 128)
    }

    func testBatchInSmallGroups() throws {
        try checkBatch(groupSize: 1)
    }

    func testBatchInGroupsThatDoNotDivideIt() throws {
        try checkBatch(groupSize: 4)
    }

    func testReportsArriveInJobOrderWhateverOrderTheyFinishIn() throws {
        // Long and short documents alternate, so that later jobs often finish first.
        let long = Array(repeating: Fixtures.secondReport, count: 40).joined(separator: "\n\n")
        for index in 0..<40 {
            let name = String(format: "in/r%02d.txt", index)
            switch index % 5 {
            case 0: try folder.write(name, long)
            case 3: try folder.write(name, [])
            default: try folder.write(name, Fixtures.thirdReport)
            }
        }
        let (jobs, _) = InputCollector.collect([folder.path("in").path], outputDirectory: folder.path("out"), standardInput: nil, toStandardOutput: false)
        XCTAssertEqual(jobs.count, 40)
        let (summary, reports) = run(try batch(["json"], groupSize: 3), jobs)
        XCTAssertEqual(reports.map(\.job.inputName), jobs.map(\.inputName))
        XCTAssertEqual(reports.map(\.failed), (0..<40).map { $0 % 5 == 3 })
        XCTAssertEqual(counts(summary), [32, 8, 32])
        try assertFilesHoldTheirJobsConversions(reports, formats: ["json"])
        XCTAssertEqual(temporaryFiles(), [])
    }

    func testEmptyBatch() throws {
        let (summary, reports) = run(try batch(), [])
        XCTAssertEqual(counts(summary), [0, 0, 0])
        XCTAssertEqual(reports.count, 0)
    }

    func testFileThatVanishedAfterCollectionFailsItsJob() throws {
        let input = try folder.write("in/gone.txt", Fixtures.report)
        let (jobs, _) = InputCollector.collect([input.path], outputDirectory: folder.path("out"), standardInput: nil, toStandardOutput: false)
        try FileManager.default.removeItem(at: input)
        let (summary, reports) = run(try batch(), jobs)
        XCTAssertEqual(counts(summary), [0, 1, 0])
        XCTAssertEqual(reports.first?.failed, true)
        XCTAssertEqual(reports.first?.diagnostics.map(\.code), ["unreadable-input"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("out").path))
    }

    func testStandardInputJobIsWrittenToItsStem() throws {
        let (jobs, _) = InputCollector.collect(["-"], outputDirectory: folder.path("out"), standardInput: Array(Fixtures.report.utf8), toStandardOutput: false)
        let (summary, reports) = run(try batch(["jsonld"]), jobs)
        XCTAssertEqual(counts(summary), [1, 0, 1])
        XCTAssertEqual(reports.first?.written.map { $0.lastPathComponent }, ["stdin.jsonld"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path("out/stdin.jsonld").path))
    }

    // MARK: Conflicts

    func testOutputThatWouldOverwriteItsInputFails() throws {
        let xml = try XCTUnwrap(try DocumentConverter(options: ConversionOptions(formats: ["xml"]))
            .convert(Array(Fixtures.report.utf8), name: "x.txt", kind: .plainText).outputs.first?.bytes)
        let input = try folder.write("x.report.xml", xml)
        let (jobs, problems) = InputCollector.collect([input.path], outputDirectory: nil, standardInput: nil, toStandardOutput: false)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(jobs.first?.outputURL(suffix: ".report.xml")?.path, input.path)

        let (summary, reports) = run(try batch(["xml", "json"]), jobs)
        XCTAssertEqual(counts(summary), [0, 1, 0])
        let report = try XCTUnwrap(reports.first)
        XCTAssertTrue(report.failed)
        XCTAssertEqual(report.written, [])
        XCTAssertTrue(report.diagnostics.contains { $0.code == "output-conflict" && $0.severity == .error }, "\(report.diagnostics)")
        XCTAssertTrue(try bytes(input) == xml, "the input was changed")
        XCTAssertEqual(folder.contents(), ["x.report.xml"], "the json output of a failed job was written")
    }

    func testOutputThatWouldOverwriteItsInputIsFineElsewhere() throws {
        let xml = try XCTUnwrap(try DocumentConverter(options: ConversionOptions(formats: ["xml"]))
            .convert(Array(Fixtures.report.utf8), name: "x.txt", kind: .plainText).outputs.first?.bytes)
        let input = try folder.write("x.report.xml", xml)
        let (jobs, _) = InputCollector.collect([input.path], outputDirectory: folder.path("out"), standardInput: nil, toStandardOutput: false)
        let (summary, _) = run(try batch(["xml"]), jobs)
        XCTAssertEqual(counts(summary), [1, 0, 1])
        XCTAssertTrue(try bytes(input) == xml, "the input was changed")
    }

    func testOutputThatWouldOverwriteAnotherJobsInputFails() throws {
        // `convert a.report.xml a.txt --format xml`: a.txt's output is the other input.
        let xml = try XCTUnwrap(try DocumentConverter(options: ConversionOptions(formats: ["xml"]))
            .convert(Array(Fixtures.secondReport.utf8), name: "a.txt", kind: .plainText).outputs.first?.bytes)
        let existing = try folder.write("a.report.xml", xml)
        let text = try folder.write("a.txt", Fixtures.report)
        for arguments in [[existing.path, text.path], [text.path, existing.path]] {
            let (jobs, _) = InputCollector.collect(arguments, outputDirectory: nil, standardInput: nil, toStandardOutput: false)
            let (summary, reports) = run(try batch(["xml"]), jobs)
            XCTAssertEqual(counts(summary), [0, 2, 0], "\(arguments)")
            for report in reports {
                XCTAssertTrue(report.diagnostics.contains { $0.code == "output-conflict" }, "\(report.job.inputName): \(report.diagnostics)")
            }
            XCTAssertTrue(try bytes(existing) == xml, "an input was overwritten")
            XCTAssertEqual(folder.contents(), ["a.report.xml", "a.txt"])
        }
    }

    func testTwoInputsWithTheSameOutputConflict() throws {
        // a.txt and a.text both have the stem `a`.
        try folder.write("in/a.txt", Fixtures.report)
        try folder.write("in/a.text", Fixtures.secondReport)
        let output = folder.path("out")
        let (jobs, _) = InputCollector.collect([folder.path("in").path], outputDirectory: output, standardInput: nil, toStandardOutput: false)
        XCTAssertEqual(jobs.map(\.inputName), ["a.text", "a.txt"])

        let (summary, reports) = run(try batch(["xml"]), jobs)
        XCTAssertEqual(counts(summary), [1, 1, 1])
        XCTAssertFalse(reports[0].failed)
        XCTAssertTrue(reports[1].failed)
        XCTAssertTrue(reports[1].diagnostics.contains { $0.code == "output-conflict" && $0.severity == .error }, "\(reports[1].diagnostics)")
        // The file is the first job's, not overwritten by the second.
        let written = String(decoding: try bytes(output.appendingPathComponent("a.report.xml")), as: UTF8.self)
        XCTAssertTrue(written.contains("Ferry Service Resumes"), "the output is not the first job's")
        XCTAssertEqual(temporaryFiles(), [])
    }

    func testTwoArgumentsWithTheSameOutputConflict() throws {
        let first = try folder.write("one/storm.txt", Fixtures.report)
        let second = try folder.write("two/storm.txt", Fixtures.secondReport)
        let (jobs, _) = InputCollector.collect([first.path, second.path], outputDirectory: folder.path("out"), standardInput: nil, toStandardOutput: false)
        let (summary, reports) = run(try batch(["json"]), jobs)
        XCTAssertEqual(counts(summary), [1, 1, 1])
        XCTAssertEqual(reports.map(\.failed), [false, true])
        XCTAssertEqual(reports[1].diagnostics.last?.code, "output-conflict")
    }

    // MARK: One job

    func testProcessWritesOneJob() throws {
        let input = try folder.write("in/harbour.txt", Fixtures.report)
        let (jobs, _) = InputCollector.collect([input.path], outputDirectory: folder.path("out/nested"), standardInput: nil, toStandardOutput: false)
        let job = try XCTUnwrap(jobs.first)
        let report = try batch(["xml", "jsonld"]).process(job)
        XCTAssertFalse(report.failed, "\(report.diagnostics)")
        XCTAssertEqual(report.job, job)
        XCTAssertEqual(report.written.map(\.path), [folder.path("out/nested/harbour.report.xml").path, folder.path("out/nested/harbour.jsonld").path])

        let expected = try DocumentConverter(options: ConversionOptions(formats: ["xml", "jsonld"]))
            .convert(Array(Fixtures.report.utf8), name: "harbour.txt", kind: .plainText)
        XCTAssertTrue(try report.written.map(bytes) == expected.outputs.map(\.bytes), "the files are not the converter's outputs")
        XCTAssertEqual(temporaryFiles(), [])
    }

    func testProcessOfABadJobWritesNothing() throws {
        let input = try folder.write("in/empty.txt", [])
        let (jobs, _) = InputCollector.collect([input.path], outputDirectory: folder.path("out"), standardInput: nil, toStandardOutput: false)
        let report = try batch().process(try XCTUnwrap(jobs.first))
        XCTAssertTrue(report.failed)
        XCTAssertEqual(report.written, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("out").path))
    }

    func testProcessThatCannotWriteFailsAndLeavesNoTemporaryFile() throws {
        let input = try folder.write("in/harbour.txt", Fixtures.report)
        // The xml output's path is taken by a non-empty folder.
        try folder.write("out/harbour.report.xml/keep", "x")
        let (jobs, _) = InputCollector.collect([input.path], outputDirectory: folder.path("out"), standardInput: nil, toStandardOutput: false)
        let report = try batch(["json", "xml"]).process(try XCTUnwrap(jobs.first))
        XCTAssertTrue(report.failed)
        XCTAssertEqual(report.written, [])
        XCTAssertEqual(report.diagnostics.last?.code, "write-failed")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("out/harbour.report.json").path), "a failed job left a file")
        XCTAssertEqual(temporaryFiles(), [])
    }

    func testBatchThatCannotWriteOneJobGoesOn() throws {
        try folder.write("in/a.txt", Fixtures.report)
        try folder.write("in/b.txt", Fixtures.secondReport)
        try folder.write("out/a.report.json/keep", "x")
        let (jobs, _) = InputCollector.collect([folder.path("in").path], outputDirectory: folder.path("out"), standardInput: nil, toStandardOutput: false)
        let (summary, reports) = run(try batch(["xml", "json"]), jobs)
        XCTAssertEqual(counts(summary), [1, 1, 2])
        XCTAssertEqual(reports.map(\.failed), [true, false])
        XCTAssertEqual(reports[0].diagnostics.last?.code, "write-failed")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("out/a.report.xml").path), "half of a failed job was written")
        XCTAssertEqual(temporaryFiles(), [])
    }

    // MARK: Standard output

    func testConvertForStandardOutputWritesNoFile() throws {
        let input = try folder.write("harbour.txt", Fixtures.report)
        let (jobs, _) = InputCollector.collect([input.path], outputDirectory: nil, standardInput: nil, toStandardOutput: true)
        let conversion = try batch(["json"]).convert(try XCTUnwrap(jobs.first))
        XCTAssertEqual(conversion.outputs.count, 1)
        XCTAssertEqual(folder.contents(), ["harbour.txt"])
    }
}

/// Reports delivered by the batch, in arrival order.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [JobReport] = []

    func append(_ report: JobReport) {
        lock.withLock { list.append(report) }
    }

    var reports: [JobReport] {
        lock.withLock { list }
    }
}
