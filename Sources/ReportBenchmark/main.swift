// The reportconv benchmark.
//
//   swift run -c release ReportBenchmark [CORPUS] [--runs N] [--output-root DIR] [--stages] [--no-scaling]
//
// 1. Converts every plain-text report under CORPUS (default ../shared/corpus/bbc) to xml, json and
//    jsonld, each output validated and written atomically, exactly as `reportconv convert` does,
//    and prints documents/s, MB/s (of input) and peak memory, for the best and the median of N
//    runs (default 3; 0 skips this part) after one uncounted warm-up run. Each run writes to a
//    fresh folder under DIR (default: the system's temporary folder); the folders are removed
//    after the last run.
//    With --stages, also times each stage over the corpus on one thread: reading, analysis, and
//    each format's writing and validation (and, in part 2, each stage's time per MB at 1 and 16 MB).
// 2. Converts synthetic reports of 1, 4 and 16 MB (many paragraphs, as a long report has) and one
//    of 4 MB written as a single paragraph, and prints the time of each and the time per MB, which
//    stays flat when time grows linearly with size. --no-scaling skips this part.
import Foundation
import ReportAnalysis
import ReportKit
import ReportModel
import ReportReaders
import ReportValidation
import ReportWriters

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}
let stages = arguments.contains("--stages")
let scaling = !arguments.contains("--no-scaling")
arguments.removeAll { $0 == "--stages" || $0 == "--no-scaling" }
let runs = Int(option("--runs") ?? "3") ?? 3
let outputRoot = URL(fileURLWithPath: option("--output-root") ?? NSTemporaryDirectory(), isDirectory: true)
let corpus = URL(fileURLWithPath: arguments.first ?? "../shared/corpus/bbc", isDirectory: true)
let formats = FormatRegistry.ids

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let converter: DocumentConverter
do {
    converter = try DocumentConverter(options: ConversionOptions(formats: formats))
} catch {
    FileHandle.standardError.write(Data("benchmark: \(error)\n".utf8))
    exit(2)
}

// MARK: - Corpus throughput

print("reportconv \(ConverterInfo.version) benchmark, \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("formats: \(formats.joined(separator: ", ")), every output validated and written atomically")
print("")
var isDirectory: ObjCBool = false
if runs == 0 {
    print("--runs 0: corpus throughput skipped")
} else if FileManager.default.fileExists(atPath: corpus.path, isDirectory: &isDirectory), isDirectory.boolValue {
    var times: [Double] = []
    // Outputs are removed only after the last run: deleting thousands of files just before a run
    // slows the file system's next inode allocations and would be measured as reportconv's time.
    var outputs: [URL] = []
    var documents = 0
    var inputBytes = 0
    // Run 0 is a warm-up, printed but not counted: it pays the one-time costs (lexicons and schemas
    // loaded, the corpus read into the page cache, the file system flushing what an earlier
    // process deleted), which the start-up figure in the README measures on their own.
    for run in 0...runs {
        let output = outputRoot.appendingPathComponent("reportconv-benchmark-\(getpid())-\(run)", isDirectory: true)
        let (jobs, problems) = InputCollector.collect([corpus.path], outputDirectory: output, standardInput: nil, toStandardOutput: false)
        if !problems.isEmpty { print("input problems: \(problems.count)") }
        if run == 0 {
            documents = jobs.count
            inputBytes = jobs.reduce(0) { total, job in
                if case .file(let url) = job.source { return total + ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0) }
                return total
            }
        }
        let start = now()
        let summary = BatchConverter(converter: converter).run(jobs) { _ in }
        let seconds = now() - start
        outputs.append(output)
        let line = String(format: "%d documents in %.3f s (%d failed, %d files written)", documents, seconds, summary.failed, summary.filesWritten)
        if run == 0 {
            print("warm-up (not counted): \(line)")
            continue
        }
        times.append(seconds)
        print("run \(run): \(line)")
    }
    for output in outputs { try? FileManager.default.removeItem(at: output) }
    let sorted = times.sorted()
    let best = sorted[0]
    let median = sorted[sorted.count / 2]
    let megabytes = Double(inputBytes) / 1_000_000
    print("")
    print("corpus: \(corpus.path), \(documents) documents, \(String(format: "%.2f", megabytes)) MB")
    print(String(format: "best:   %7.0f documents/s  %6.2f MB/s", Double(documents) / best, megabytes / best))
    print(String(format: "median: %7.0f documents/s  %6.2f MB/s", Double(documents) / median, megabytes / median))
    print(String(format: "peak memory: %.1f MB", peakResidentMegabytes()))
} else {
    print("corpus \(corpus.path) not found: corpus throughput skipped")
}

// MARK: - Stages

let analyzer = ReportAnalyzer()
let writers = FormatRegistry.writers
let stageOrder = ["read", "analyse"] + writers.flatMap { ["write " + $0.format.id, "validate " + $0.format.id] }

/// The seconds each stage takes over `inputs` on one thread, by stage name.
func stageTimes(_ inputs: [[UInt8]]) -> [String: Double] {
    // The converter made at start-up compiled these schemas already, so this cannot fail.
    let validators = writers.map { try! BundledSchemas.validator(for: $0.format.schemaFile) }
    var times: [String: Double] = [:]
    func timed<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = now()
        defer { times[stage, default: 0] += now() - start }
        return try work()
    }
    for bytes in inputs {
        guard let report = try? timed("read", { try PlainTextReader().read(bytes, options: ReadOptions()) }) else { continue }
        let analyzed = timed("analyse") { analyzer.analyze(report) }
        for (writer, validator) in zip(writers, validators) {
            guard let output = try? timed("write " + writer.format.id, { try writer.write(analyzed) }) else { continue }
            _ = timed("validate " + writer.format.id) { validator.validate(output) }
        }
    }
    return times
}

if stages, FileManager.default.fileExists(atPath: corpus.path) {
    let (jobs, _) = InputCollector.collect([corpus.path], outputDirectory: nil, standardInput: nil, toStandardOutput: true)
    let inputs: [[UInt8]] = jobs.compactMap { job in
        if case .file(let url) = job.source { return try? FileBytes.read(url) }
        return nil
    }
    let times = stageTimes(inputs)
    print("")
    print("stages over \(inputs.count) documents on one thread (ms per document):")
    let total = times.values.reduce(0, +)
    for stage in stageOrder {
        let seconds = times[stage] ?? 0
        print("  " + stage.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%6.3f  (%4.1f%%)", seconds * 1000 / Double(inputs.count), seconds / total * 100))
    }
    print("  " + "total".padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%6.3f", total * 1000 / Double(inputs.count)))
    if let analysis = times["analyse"], analysis > 0 {
        print(String(format: "analysis alone: %.0f documents/s on one thread", Double(inputs.count) / analysis))
    }
    // Analysis alone on every core, the documents shared out as the batch converter does.
    let reports = inputs.compactMap { try? PlainTextReader().read($0, options: ReadOptions()) }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let start = now()
    DispatchQueue.concurrentPerform(iterations: cores) { worker in
        for index in stride(from: worker, to: reports.count, by: cores) { _ = analyzer.analyze(reports[index]) }
    }
    print(String(format: "analysis alone: %.0f documents/s on %d cores", Double(reports.count) / (now() - start), cores))
}

// MARK: - Scaling with document size

if scaling {

    /// Paragraphs written for the benchmark, in the manner of a long intelligence report.
    let paragraphs = [
        "In a report released on March 3, 2021, the Northern Water Authority (NWA) said that reservoirs in Alder Province had fallen to 41% of capacity.",
        "\"The situation is serious but it is not yet critical,\" the report stated. \"We expect the rains of early next year to restore most of the loss.\"",
        "Officials in Kestrel City said the authority had spent $2.4bn on new pipelines since 2015, and that more than 300 engineers were working on the network.",
        "According to the Ministry of Agriculture, farmers in the Brenn Valley lost about a third of their harvest last year.",
        "The study titled 'Water for the Next Century' was published by the Institute of Hydrology in January 2020.",
        "Maria Okafor, who chairs the regional council, told reporters on Friday: \"We will need help from the national government, and soon.\"",
    ]

    func syntheticReport(megabytes: Double, singleParagraph: Bool) -> [UInt8] {
        var text = "Reservoir levels fall across the north\n\n"
        var index = 0
        let target = Int(megabytes * 1_000_000)
        while text.utf8.count < target {
            // Vary the numbers so that no two paragraphs are the same.
            let paragraph = paragraphs[index % paragraphs.count].replacingOccurrences(of: "41%", with: "\(index % 97)%")
            text += paragraph + (singleParagraph ? " " : "\n\n")
            index += 1
        }
        return Array(text.utf8)
    }

    print("")
    print("scaling (one document, all three formats, validated, not written):")
    var perMegabyte: [Double] = []
    for (size, single) in [(1.0, false), (4.0, false), (16.0, false), (4.0, true)] {
        let bytes = syntheticReport(megabytes: size, singleParagraph: single)
        let start = now()
        let conversion = converter.convert(bytes, name: "synthetic.txt", kind: .plainText)
        let seconds = now() - start
        let megabytes = Double(bytes.count) / 1_000_000
        if !single { perMegabyte.append(seconds / megabytes) }
        let failed = conversion.failed ? " FAILED: \(conversion.diagnostics.first { $0.severity == .error }?.message ?? "")" : ""
        print(String(format: "  %5.1f MB%@: %7.3f s  (%.3f s/MB)%@", megabytes, single ? " in one paragraph" : "", seconds, seconds / megabytes, failed))
    }
    if let first = perMegabyte.first, let last = perMegabyte.last {
        print(String(format: "  time per MB, 16 MB against 1 MB: %.2f× (1.00× is perfectly linear)", last / first))
    }
    if stages {
        // Which stages grow faster than the document: seconds per MB of each, at 1 and at 16 MB.
        let small = stageTimes([syntheticReport(megabytes: 1, singleParagraph: false)])
        let large = stageTimes([syntheticReport(megabytes: 16, singleParagraph: false)])
        print("  stages, s/MB at 1 MB → 16 MB:")
        for stage in stageOrder {
            let perSmall = (small[stage] ?? 0) / 1, perLarge = (large[stage] ?? 0) / 16
            print("    " + stage.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%6.3f → %6.3f  (%.2f×)", perSmall, perLarge, perSmall > 0 ? perLarge / perSmall : 0))
        }
    }
    print(String(format: "peak memory: %.1f MB", peakResidentMegabytes()))
}
