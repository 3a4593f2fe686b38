/// The schemas the project ships, embedded from the package's `Schemas/` folder as generated
/// source (`EmbeddedFiles.swift`, kept in step with `Schemas/` by `EmbeddedFilesTests`).
public enum SchemaFiles {
    /// The text of the schema file `name` (`report.xsd`), or `nil` when there is none.
    public static func text(named name: String) -> String? {
        embeddedFiles[name]
    }

    /// The names of all embedded schema files, sorted.
    public static var names: [String] {
        embeddedFiles.keys.sorted()
    }
}
