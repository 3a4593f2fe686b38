import ArgumentParser
import Foundation
import ReportSchemas
import ReportWriters

/// `reportconv schema <id>`: print the bundled schema of a format.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the bundled schema of a format.")

    @Argument(help: ArgumentHelp("A format id (\(FormatRegistry.ids.joined(separator: ", "))).", valueName: "id"))
    var id: String

    func validate() throws {
        do {
            _ = try FormatRegistry.writer(for: id)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let writer = try FormatRegistry.writer(for: id)
        guard let text = SchemaFiles.text(named: writer.format.schemaFile) else {
            Console.error("reportconv: error: the schema \(writer.format.schemaFile) is not bundled")
            throw ExitCode(2)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
