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
    /// Whether the document failed (nothing of it was written).
    public var failed: Bool
}

/// What a whole batch did.
public struct BatchSummary: Sendable, Equatable {
    /// Documents converted, all their outputs written.
    public var converted: Int
    /// Documents that failed.
    public var failed: Int
    /// Files written.
    public var filesWritten: Int
}

/// Converts a batch of documents on all cores and writes each document's outputs atomically.
///
/// A document that fails leaves no file; the batch goes on. Reports reach the caller in the order
/// of the jobs, whatever order the documents finish in, so that diagnostics are deterministic.
public struct BatchConverter: Sendable {
    private let converter: DocumentConverter

    /// Creates a batch converter around a document converter.
    public init(converter: DocumentConverter) {
        self.converter = converter
    }

    /// Converts every job, writing outputs to files, and calls `report` for each job in job order.
    public func run(_ jobs: [ConversionJob], report: @escaping @Sendable (JobReport) -> Void) -> BatchSummary {
        let conflicts = outputConflicts(jobs)
        let sink = OrderedSink(count: jobs.count, deliver: report)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            sink.put(index, process(jobs[index], conflict: conflicts[index]))
        }
        return sink.summary
    }

    /// Converts one job and writes its outputs.
    public func process(_ job: ConversionJob, conflict: String? = nil) -> JobReport {
        let bytes: [UInt8]
        switch job.source {
        case .standardInput(let input):
            bytes = input
        case .file(let url):
            do {
                bytes = Array(try Data(contentsOf: url))
            } catch {
                return JobReport(job: job, diagnostics: [Diagnostic(severity: .error, code: "unreadable-input", message: "cannot read: \(Self.reason(error))")], written: [], failed: true)
            }
        }
        var conversion = converter.convert(bytes, name: job.inputName, kind: job.kind)
        if let conflict {
            conversion.diagnostics.append(Diagnostic(severity: .error, code: "output-conflict", message: conflict))
        }
        if conversion.failed {
            return JobReport(job: job, diagnostics: conversion.diagnostics, written: [], failed: true)
        }
        var written: [URL] = []
        for output in conversion.outputs {
            guard let url = job.outputURL(suffix: output.format.fileSuffix) else { continue }
            do {
                try AtomicFileWriter.write(output.bytes, to: url)
                written.append(url)
            } catch {
                // All or nothing: take back what this document already wrote.
                for url in written { try? FileManager.default.removeItem(at: url) }
                conversion.diagnostics.append(Diagnostic(severity: .error, code: "write-failed", message: error.description))
                return JobReport(job: job, diagnostics: conversion.diagnostics, written: [], failed: true)
            }
        }
        return JobReport(job: job, diagnostics: conversion.diagnostics, written: written, failed: false)
    }

    /// For each job, why its outputs may not be written: they would overwrite its input, or a file
    /// an earlier job writes.
    private func outputConflicts(_ jobs: [ConversionJob]) -> [String?] {
        var owners: [String: String] = [:]
        return jobs.map { job in
            var conflict: String?
            for format in converter.formats {
                guard let url = job.outputURL(suffix: format.fileSuffix) else { continue }
                let path = url.standardizedFileURL.path
                if case .file(let input) = job.source, input.standardizedFileURL.path == path {
                    conflict = conflict ?? "the \(format.id) output would overwrite the input itself; give --output-dir"
                } else if let owner = owners[path] {
                    conflict = conflict ?? "the \(format.id) output \(url.path) is also the output of \(owner); give inputs different names"
                } else {
                    owners[path] = job.displayPath
                }
            }
            return conflict
        }
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}

/// Collects job reports from many threads and delivers them in job order.
private final class OrderedSink: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Int: JobReport] = [:]
    private var next = 0
    private let deliver: @Sendable (JobReport) -> Void
    private var totals = BatchSummary(converted: 0, failed: 0, filesWritten: 0)

    init(count: Int, deliver: @escaping @Sendable (JobReport) -> Void) {
        self.deliver = deliver
        pending.reserveCapacity(min(count, 64))
    }

    func put(_ index: Int, _ report: JobReport) {
        lock.lock()
        defer { lock.unlock() }
        pending[index] = report
        while let ready = pending.removeValue(forKey: next) {
            if ready.failed { totals.failed += 1 } else { totals.converted += 1 }
            totals.filesWritten += ready.written.count
            deliver(ready)
            next += 1
        }
    }

    var summary: BatchSummary {
        lock.lock()
        defer { lock.unlock() }
        return totals
    }
}

extension BatchConverter {
    /// Converts one job for standard output: reads and converts it, writes no file.
    public func convertForStandardOutput(_ job: ConversionJob) -> DocumentConversion {
        switch job.source {
        case .standardInput(let bytes):
            return converter.convert(bytes, name: job.inputName, kind: job.kind)
        case .file(let url):
            do {
                return converter.convert(Array(try Data(contentsOf: url)), name: job.inputName, kind: job.kind)
            } catch {
                return DocumentConversion(report: nil, outputs: [], diagnostics: [
                    Diagnostic(severity: .error, code: "unreadable-input", message: "cannot read: \(Self.reason(error))"),
                ])
            }
        }
    }
}
