import Foundation
import PackagePlugin

/// Embeds every file of the package's `Schemas/` folder into the target as Swift source, so that
/// the `reportconv` binary carries its schemas and works when copied alone.
@main
struct EmbedSchemas: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let schemas = context.package.directoryURL.appending(path: "Schemas")
        let names = try FileManager.default.contentsOfDirectory(atPath: schemas.path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
        let inputs = names.map { schemas.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSchemaFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) schemas from Schemas/",
                executable: try context.tool(named: "SchemaEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
