import Foundation
import ReportModel

/// A problem with an input as named on the command line: a missing file, an unreadable folder.
public struct InputProblem: Sendable, Equatable {
    /// The path as the user typed it (or as found inside a folder).
    public var path: String
    /// What is wrong.
    public var diagnostic: Diagnostic
}

/// Expands the inputs named on the command line into conversion jobs.
///
/// - `-` is standard input (its bytes are passed in), named `stdin` in output paths.
/// - A folder is searched recursively for plain-text files (`.txt`, `.text`), hidden files and
///   folders left out, in sorted order; outputs mirror the folder's tree under the output folder.
/// - A file is taken whatever its name; its outputs go to the output folder, or beside it.
public enum InputCollector {
    /// The jobs for `arguments`, and the problems found on the way.
    ///
    /// - Parameters:
    ///   - arguments: the inputs as typed.
    ///   - outputDirectory: where outputs go; `nil` writes them beside their inputs.
    ///   - standardInput: the bytes of standard input, when `-` is among the arguments.
    ///   - toStandardOutput: whether outputs go to standard output instead of files.
    public static func collect(
        _ arguments: [String], outputDirectory: URL?, standardInput: [UInt8]?, toStandardOutput: Bool
    ) -> (jobs: [ConversionJob], problems: [InputProblem]) {
        var jobs: [ConversionJob] = []
        var problems: [InputProblem] = []
        let fileManager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                let stem = toStandardOutput ? nil : (outputDirectory ?? URL(fileURLWithPath: fileManager.currentDirectoryPath)).appendingPathComponent("stdin")
                jobs.append(ConversionJob(source: .standardInput(standardInput ?? []), displayPath: "-", inputName: "-", kind: .plainText, outputStem: stem))
                continue
            }
            let url = URL(fileURLWithPath: argument)
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                problems.append(InputProblem(path: argument, diagnostic: Diagnostic(severity: .error, code: "missing-input", message: "no such file or folder")))
                continue
            }
            if isDirectory.boolValue {
                let (found, folderProblems) = files(in: url, shownAs: argument)
                problems += folderProblems
                if found.isEmpty, folderProblems.isEmpty {
                    problems.append(InputProblem(path: argument, diagnostic: Diagnostic(
                        severity: .warning, code: "empty-folder",
                        message: "no plain-text reports (\(InputKind.directorySuffixes.joined(separator: ", "))) in this folder")))
                }
                for relative in found {
                    let file = url.appendingPathComponent(relative)
                    let stemPath = (relative as NSString).deletingLastPathComponent
                    let stemName = InputKind.stem(of: (relative as NSString).lastPathComponent)
                    let base = outputDirectory.map { $0.appendingPathComponent(stemPath) } ?? file.deletingLastPathComponent()
                    jobs.append(ConversionJob(
                        source: .file(file), displayPath: (argument as NSString).appendingPathComponent(relative), inputName: relative,
                        kind: InputKind(fileName: relative), outputStem: toStandardOutput ? nil : base.appendingPathComponent(stemName)
                    ))
                }
            } else {
                let name = url.lastPathComponent
                let base = outputDirectory ?? url.deletingLastPathComponent()
                jobs.append(ConversionJob(
                    source: .file(url), displayPath: argument, inputName: name, kind: InputKind(fileName: name),
                    outputStem: toStandardOutput ? nil : base.appendingPathComponent(InputKind.stem(of: name))
                ))
            }
        }
        return (jobs, problems)
    }

    /// The plain-text files under `folder`, as sorted relative paths, and the folders under it
    /// that cannot be read.
    private static func files(in folder: URL, shownAs shown: String) -> ([String], [InputProblem]) {
        var problems: [InputProblem] = []
        var found: [String] = []
        let base = folder.standardizedFileURL.path
        func shownPath(_ url: URL) -> String {
            let path = url.standardizedFileURL.path
            return path.hasPrefix(base + "/") ? (shown as NSString).appendingPathComponent(String(path.dropFirst(base.count + 1))) : shown
        }
        func unreadable(_ url: URL, _ reason: String) {
            let path = shownPath(url)
            if !problems.contains(where: { $0.path == path }) {
                problems.append(InputProblem(path: path, diagnostic: Diagnostic(severity: .error, code: "unreadable-input", message: "cannot read this folder: \(reason)")))
            }
        }
        if access(folder.path, R_OK | X_OK) != 0 {
            unreadable(folder, "permission denied")
            return ([], problems)
        }
        let keys: Set<URLResourceKey> = [.isRegularFileKey, .isDirectoryKey]
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: Array(keys), options: [.skipsHiddenFiles],
            errorHandler: { url, error in
                unreadable(url, SystemReason.describe(error))
                return true
            }
        ) else {
            unreadable(folder, "it cannot be listed")
            return ([], problems)
        }
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: keys)
            if values?.isDirectory == true {
                if access(url.path, R_OK | X_OK) != 0 {
                    unreadable(url, "permission denied")
                    enumerator.skipDescendants()
                }
                continue
            }
            guard values?.isRegularFile == true else { continue }
            let lower = url.lastPathComponent.lowercased()
            guard InputKind.directorySuffixes.contains(where: { lower.hasSuffix($0) }) else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            found.append(String(path.dropFirst(base.count + 1)))
        }
        return (found.sorted(), problems)
    }
}
