/// Writes the Swift source that embeds data files as string literals (see `EmbeddedFilesTests`).
public enum EmbeddedSource {
    /// A Swift file declaring `let embeddedFiles: [String: String]`, file name to contents, for
    /// files taken from `origin` (a folder of the package).
    public static func swiftSource(files: [(name: String, text: String)], origin: String) -> String {
        var source = """
            // Generated from \(origin)/ by `RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests`.
            // Do not edit: edit the files in \(origin)/ and regenerate; a test fails while this is stale.

            /// The embedded files, by file name, exactly as they are in \(origin)/.
            let embeddedFiles: [String: String] = [

            """
        for file in files {
            let hashes = String(repeating: "#", count: rawDelimiterCount(for: file.text))
            source += "    \"\(file.name)\": \(hashes)\"\"\"\n\(file.text)\n\"\"\"\(hashes),\n"
        }
        if files.isEmpty { source += "    :\n" }
        source += "]\n"
        return source
    }

    /// The number of `#` a raw string literal needs so that nothing in `text` can close it or start
    /// an interpolation: one more than the longest run of `#` in the text.
    public static func rawDelimiterCount(for text: String) -> Int {
        var longest = 0
        var run = 0
        for character in text.unicodeScalars {
            if character == "#" {
                run += 1
                longest = max(longest, run)
            } else {
                run = 0
            }
        }
        return longest + 1
    }
}
