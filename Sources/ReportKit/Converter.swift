/// The converter's name and version, as recorded in provenance and printed by `--version`.
public enum ConverterInfo {
    /// The tool's name.
    public static let name = "reportconv"
    /// The tool's version.
    public static let version = "0.1.0"
}
