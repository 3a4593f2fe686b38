import Foundation
import PackagePlugin

/// Embeds data files into a target as Swift source, so that the `reportconv` binary carries them
/// and works when copied alone.
///
/// For the `ReportSchemas` target the files are those of the package's top-level `Schemas/` folder
/// (the source of truth for the schemas the project ships); for any other target they are those
/// of the target's own `Data/` folder. The generated file declares
/// `let embeddedFiles: [String: String]`, file name to contents.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.name == "ReportSchemas"
            ? context.package.directoryURL.appending(path: "Schemas")
            : context.package.directoryURL.appending(path: "Sources/\(target.name)/Data")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) files from \(folder.lastPathComponent)/ into \(target.name)",
                executable: try context.tool(named: "FileEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
