/// The schemas the project ships, embedded at build time from the package's `Schemas/` folder.
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
