import ArgumentParser
import Foundation
import ReportKit
import ReportModel
import ReportReaders
import ReportWriters

/// `reportconv convert`: files, folders or standard input to validated output files.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert reports to one or more formats.",
        discussion: """
            Inputs are files, folders (searched recursively for .txt and .text files) or - for \
            standard input. Every output is validated against its format's schema before it is \
            written; a document that fails leaves no file and the batch goes on. Outputs are \
            written beside their inputs, or under --output-dir mirroring the input tree. Set \
            SOURCE_DATE_EPOCH to record a conversion time in provenance; by default output holds \
            no timestamp and the same input always gives the same bytes.
            """
    )

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "input"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp(
        "Output formats, comma-separated (\(FormatRegistry.ids.joined(separator: ", ")), or all).",
        valueName: "id[,id...]"))
    var format: String = "xml"

    @Option(name: .long, help: ArgumentHelp("Write outputs under this folder, mirroring the input tree.", valueName: "dir"))
    var outputDir: String?

    @Flag(name: .long, help: "Write the one output of the one input to standard output.")
    var stdout = false

    @Option(name: .long, help: ArgumentHelp("Title for plain-text inputs without front matter.", valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Publication date (ISO 8601) for plain-text inputs without front matter; anchors relative dates.", valueName: "date"))
    var published: String?

    @Option(name: .long, help: ArgumentHelp("Source (agency, feed, archive) for plain-text inputs without front matter.", valueName: "text"))
    var source: String?

    @Flag(name: .long, help: "Also print notes (diagnostics that need no action).")
    var verbose = false

    var formatIDs: [String] {
        let ids = format.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
        return ids == ["all"] ? FormatRegistry.ids : ids
    }

    func validate() throws {
        guard !formatIDs.isEmpty else { throw ValidationError("--format needs at least one format id") }
        for id in formatIDs {
            do {
                _ = try FormatRegistry.writer(for: id)
            } catch {
                throw ValidationError(error.description)
            }
        }
        if Set(formatIDs).count != formatIDs.count { throw ValidationError("--format names a format twice") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be named only once") }
        if stdout {
            guard outputDir == nil else { throw ValidationError("--stdout and --output-dir exclude each other") }
            guard inputs.count == 1 else { throw ValidationError("--stdout writes one input; \(inputs.count) were given") }
            guard formatIDs.count == 1 else { throw ValidationError("--stdout writes one format; \(formatIDs.count) were given") }
            var isDirectory: ObjCBool = false
            if inputs[0] != "-", FileManager.default.fileExists(atPath: inputs[0], isDirectory: &isDirectory), isDirectory.boolValue {
                throw ValidationError("--stdout writes one input, and \(inputs[0]) is a folder")
            }
        } else if inputs.contains("-"), outputDir == nil {
            throw ValidationError("standard input (-) needs --stdout or --output-dir")
        }
        for (name, value) in [("--title", title), ("--source", source)] {
            if let value, let scalar = value.unicodeScalars.first(where: { !$0.isAllowedInXML }) {
                throw ValidationError("\(name) contains \(scalar.codePoint), a character XML 1.0 does not allow")
            }
        }
        if let published, !ISODate.isValid(published) {
            throw ValidationError("--published '\(published)' is not an ISO 8601 date (YYYY-MM-DD) or date and time")
        }
        _ = try sourceDateEpoch()
    }

    /// The time from `SOURCE_DATE_EPOCH`, when set.
    private func sourceDateEpoch() throws -> Date? {
        guard let value = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !value.isEmpty else { return nil }
        guard let seconds = Int64(value), seconds >= 0 else {
            throw ValidationError("SOURCE_DATE_EPOCH '\(value)' is not a whole number of seconds since 1970")
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    func run() throws {
        let options = ConversionOptions(
            formats: formatIDs,
            metadata: Metadata(title: title, published: published, source: source),
            created: try sourceDateEpoch()
        )
        let converter: DocumentConverter
        do {
            converter = try DocumentConverter(options: options)
        } catch {
            Console.error("reportconv: error: \(error)")
            throw ExitCode(2)
        }

        let standardInput = inputs.contains("-") ? Array(FileHandle.standardInput.readDataToEndOfFile()) : nil
        let outputDirectory = outputDir.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let (jobs, problems) = InputCollector.collect(inputs, outputDirectory: outputDirectory, standardInput: standardInput, toStandardOutput: stdout)
        var failed = false
        for problem in problems {
            Console.error(problem.diagnostic.formatted(path: problem.path))
            if problem.diagnostic.severity == .error { failed = true }
        }
        if let outputDirectory {
            do {
                try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
            } catch {
                Console.error("\(outputDirectory.path): error: cannot create the output folder: \(SystemReason.describe(error))")
                throw ExitCode(2)
            }
        }

        if stdout {
            guard let job = jobs.first else { throw ExitCode(1) }
            let conversion = BatchConverter(converter: converter).convert(job)
            Self.report(conversion.diagnostics, for: job, verbose: verbose)
            guard !conversion.failed, let output = conversion.outputs.first else { throw ExitCode(1) }
            FileHandle.standardOutput.write(Data(output.bytes))
            if failed { throw ExitCode(1) }
            return
        }

        let verbose = self.verbose
        let summary = BatchConverter(converter: converter).run(jobs) { report in
            Self.report(report.diagnostics, for: report.job, verbose: verbose)
        }
        if summary.failed > 0 {
            Console.error("reportconv: \(summary.failed) of \(jobs.count) document\(jobs.count == 1 ? "" : "s") failed; \(summary.converted) converted")
        }
        if failed || summary.failed > 0 { throw ExitCode(1) }
    }

    /// Prints a job's diagnostics on standard error; notes only when `verbose`.
    private static func report(_ diagnostics: [Diagnostic], for job: ConversionJob, verbose: Bool) {
        for diagnostic in diagnostics where verbose || diagnostic.severity != .note {
            Console.error(diagnostic.formatted(path: job.displayPath))
        }
    }
}
