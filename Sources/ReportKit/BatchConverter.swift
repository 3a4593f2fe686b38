import Dispatch
import Foundation
import ReportModel

/// The outcome of one job, as the batch reports it.
public struct JobReport: Sendable {
    /// The job.
    public var job: ConversionJob
    /// What to tell about it, in order.
    public var diagnostics: [Diagnostic]
    /// The files written.
    public var written: [URL]

    /// Whether the document failed (nothing of it was written): an error is among its diagnostics.
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }
}

/// What a whole batch did.
public struct BatchSummary: Sendable, Equatable {
    /// Documents converted, all their outputs written.
    public var converted: Int
    /// Documents that failed.
    public var failed: Int
    /// Files written.
    public var filesWritten: Int

    /// Creates a summary.
    public init(converted: Int, failed: Int, filesWritten: Int) {
        self.converted = converted
        self.failed = failed
        self.filesWritten = filesWritten
    }
}

/// Converts a batch of documents on all cores and writes each document's outputs atomically.
///
/// A document that fails leaves no file; the batch goes on. Outputs are staged as temporary files
/// and published in groups: one flush to disk per group, then the renames, so that durability
/// does not cost a disk flush per file. Reports reach the caller in the order of the jobs,
/// whatever order the documents finish in, once their files are in place, so that diagnostics are
/// deterministic.
public struct BatchConverter: Sendable {
    private let converter: DocumentConverter
    /// How many documents are published together.
    private let groupSize: Int

    /// Creates a batch converter around a document converter.
    public init(converter: DocumentConverter, groupSize: Int = 128) {
        self.converter = converter
        self.groupSize = max(1, groupSize)
    }

    /// Converts every job, writing outputs to files, and calls `report` for each job in job order.
    public func run(_ jobs: [ConversionJob], report: @escaping @Sendable (JobReport) -> Void) -> BatchSummary {
        let conflicts = outputConflicts(jobs)
        let publisher = GroupPublisher(groupSize: groupSize, deliver: report)
        let sink = OrderedSink { publisher.accept($0) }
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            sink.put(index, stage(jobs[index], conflict: conflicts[index]))
        }
        return publisher.finish()
    }

    /// Converts one job and writes its outputs (flushed to disk) before returning: a batch of one.
    public func process(_ job: ConversionJob) -> JobReport {
        let delivered = DeliveredReport()
        _ = run([job]) { delivered.report = $0 }
        return delivered.report!
    }

    /// Converts one job and stages its outputs as temporary files. A job whose outputs conflict
    /// with an input or another job's outputs is refused before it is converted.
    func stage(_ job: ConversionJob, conflict: String?) -> StagedJob {
        if let conflict {
            let refusal = Diagnostic(severity: .error, code: "output-conflict", message: conflict)
            return StagedJob(report: JobReport(job: job, diagnostics: [refusal], written: []), files: [])
        }
        let conversion = convert(job)
        var report = JobReport(job: job, diagnostics: conversion.diagnostics, written: [])
        if conversion.failed { return StagedJob(report: report, files: []) }
        var files: [AtomicFileWriter.StagedFile] = []
        for output in conversion.outputs {
            guard let url = job.outputURL(suffix: output.format.fileSuffix) else { continue }
            do {
                files.append(try AtomicFileWriter.stage(output.bytes, for: url))
            } catch {
                AtomicFileWriter.discard(files)
                report.fail(with: error)
                return StagedJob(report: report, files: [])
            }
        }
        return StagedJob(report: report, files: files)
    }

    /// For each job, why its outputs may not be written: they would overwrite its input or another
    /// job's input, or a file an earlier job writes.
    private func outputConflicts(_ jobs: [ConversionJob]) -> [String?] {
        var inputs: [String: String] = [:]
        for job in jobs {
            if case .file(let input) = job.source, inputs[input.standardizedFileURL.path] == nil {
                inputs[input.standardizedFileURL.path] = job.displayPath
            }
        }
        var owners: [String: String] = [:]
        return jobs.map { job in
            var conflict: String?
            for format in converter.formats {
                guard let url = job.outputURL(suffix: format.fileSuffix) else { continue }
                let path = url.standardizedFileURL.path
                if case .file(let input) = job.source, input.standardizedFileURL.path == path {
                    conflict = conflict ?? "the \(format.id) output would overwrite the input itself; give --output-dir"
                } else if let input = inputs[path] {
                    conflict = conflict ?? "the \(format.id) output would overwrite the input \(input); inputs are never modified"
                } else if let owner = owners[path] {
                    conflict = conflict ?? "the \(format.id) output \(url.path) is also the output of \(owner); give inputs different names"
                } else {
                    owners[path] = job.displayPath
                }
            }
            return conflict
        }
    }
}

/// The report a batch of one delivers; set on the publishing queue before `run` returns.
private final class DeliveredReport: @unchecked Sendable {
    var report: JobReport?
}

/// A converted job whose outputs wait as temporary files.
struct StagedJob: Sendable {
    var report: JobReport
    var files: [AtomicFileWriter.StagedFile]
}

extension JobReport {
    /// Marks the job failed because its files could not be written.
    mutating func fail(with error: AtomicWriteError) {
        diagnostics.append(Diagnostic(severity: .error, code: "write-failed", message: error.description))
        written = []
    }
}

/// Publishes staged jobs in groups, in job order, and delivers their reports. Flushing and renaming
/// run on a queue of their own, so that the workers go on converting while the disk catches up.
private final class GroupPublisher: @unchecked Sendable {
    private let groupSize: Int
    private let deliver: @Sendable (JobReport) -> Void
    private let queue = DispatchQueue(label: "reportconv.publish")
    /// Touched only under the ordered sink's lock.
    private var pending: [StagedJob] = []
    /// Touched only on `queue`.
    private var summary = BatchSummary(converted: 0, failed: 0, filesWritten: 0)

    init(groupSize: Int, deliver: @escaping @Sendable (JobReport) -> Void) {
        self.groupSize = groupSize
        self.deliver = deliver
    }

    /// Takes the next job in order (called under the ordered sink's lock).
    func accept(_ job: StagedJob) {
        pending.append(job)
        if pending.count >= groupSize {
            let group = pending
            pending = []
            queue.async { self.publish(group) }
        }
    }

    /// Publishes what is left, waits for every group, and returns the totals.
    func finish() -> BatchSummary {
        let group = pending
        pending = []
        return queue.sync {
            publish(group)
            return summary
        }
    }

    private func publish(_ jobs: [StagedJob]) {
        var group = jobs
        var syncError: AtomicWriteError?
        do {
            try AtomicFileWriter.synchronize(group.flatMap(\.files))
        } catch {
            syncError = error
        }
        for index in group.indices {
            let files = group[index].files
            if let syncError, !files.isEmpty {
                AtomicFileWriter.discard(files)
                group[index].report.fail(with: syncError)
            } else if !files.isEmpty {
                do {
                    try AtomicFileWriter.publish(files)
                    group[index].report.written = files.map(\.destination)
                } catch {
                    // publish has removed this document's files already.
                    group[index].report.fail(with: error)
                }
            }
            let report = group[index].report
            if report.failed { summary.failed += 1 } else { summary.converted += 1 }
            summary.filesWritten += report.written.count
            deliver(report)
        }
    }
}

/// Collects staged jobs from many threads and hands them on in job order.
private final class OrderedSink: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Int: StagedJob] = [:]
    private var next = 0
    private let deliver: (StagedJob) -> Void

    init(deliver: @escaping (StagedJob) -> Void) {
        self.deliver = deliver
    }

    func put(_ index: Int, _ job: StagedJob) {
        lock.lock()
        defer { lock.unlock() }
        pending[index] = job
        while let ready = pending.removeValue(forKey: next) {
            deliver(ready)
            next += 1
        }
    }
}

extension BatchConverter {
    /// Reads and converts one job, writing no file (the outputs are in the result): what
    /// `--stdout` prints, and the first step of every batch job.
    public func convert(_ job: ConversionJob) -> DocumentConversion {
        switch job.source {
        case .standardInput(let bytes):
            return converter.convert(bytes, name: job.inputName, kind: job.kind)
        case .file(let url):
            do {
                return converter.convert(try FileBytes.read(url), name: job.inputName, kind: job.kind)
            } catch {
                return DocumentConversion(report: nil, outputs: [], diagnostics: [
                    Diagnostic(severity: .error, code: "unreadable-input", message: "cannot read: \(error)"),
                ])
            }
        }
    }
}
