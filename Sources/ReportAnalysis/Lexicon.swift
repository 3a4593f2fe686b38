import ReportModel

/// The word lists and gazetteers of the analysis stage, read once from the data files embedded in
/// the binary (see `Data/README.md`).
enum Lexicon {
    /// Abbreviations that keep their period, lower case, without it.
    static let abbreviations = words("abbreviations.txt")
    /// Abbreviated titles that always precede a name.
    static let titleAbbreviations = words("title-abbreviations.txt")
    /// Function words that open sentences.
    static let sentenceStarters = words("sentence-starters.txt")
    /// Speech verbs and phrases, by form (lower case), with their base form.
    static let speechVerbs: [String: String] = {
        var table: [String: String] = [:]
        for fields in records("speech-verbs.txt") where fields.count == 2 {
            table[fields[0].lowercased()] = fields[1]
        }
        return table
    }()
    /// Nouns that head descriptive speaker phrases, with what they name.
    static let speakerNouns: [String: Speaker.Kind] = {
        var table: [String: Speaker.Kind] = [:]
        for fields in records("speaker-nouns.txt") where fields.count == 2 {
            table[fields[0].lowercased()] = Speaker.Kind(rawValue: fields[1]) ?? .unknown
        }
        return table
    }()

    /// The entries of a one-field data file, lower case.
    static func words(_ file: String) -> Set<String> {
        Set(lines(file).map { $0.lowercased() })
    }

    /// The entries of a data file whose fields are separated by `|` or a tab, each field trimmed.
    static func records(_ file: String) -> [[String]] {
        lines(file).map(fields)
    }

    /// The records of a data file split at a heading, as ``lines(_:splitAtHeading:)`` splits its
    /// lines.
    static func records(_ file: String, splitAtHeading heading: String) -> (before: [[String]], after: [[String]]) {
        let entries = lines(file, splitAtHeading: heading)
        return (entries.before.map(fields), entries.after.map(fields))
    }

    /// The fields of one entry, separated by `|` or a tab, each trimmed.
    private static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var utf8 = Substring(line).utf8[...]
        while true {
            let separator = utf8.firstIndex { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\t") } ?? utf8.endIndex
            fields.append(trimmed(utf8[utf8.startIndex..<separator]))
            guard separator < utf8.endIndex else { break }
            utf8 = utf8[utf8.index(after: separator)...]
        }
        return fields
    }

    /// The non-empty, non-comment lines of a data file, split at the comment line that starts
    /// with `# ` and `heading`: the entries before it, and those after it (to the end of the file,
    /// whatever sub-headings follow).
    static func lines(_ file: String, splitAtHeading heading: String) -> (before: [String], after: [String]) {
        var before: [String] = []
        var after: [String] = []
        var passed = false
        let marker = Array(("# " + heading).utf8)
        forEachLine(of: file) { line, entry in
            if !passed, line.starts(with: marker) { passed = true }
            guard let entry else { return }
            if passed { after.append(entry) } else { before.append(entry) }
        }
        return (before, after)
    }

    /// The non-empty, non-comment lines of a data file, trimmed.
    static func lines(_ file: String) -> [String] {
        var entries: [String] = []
        forEachLine(of: file) { _, entry in
            if let entry { entries.append(entry) }
        }
        return entries
    }

    /// Calls `body` with each line of a data file, trimmed, and its entry: the text before any `#`,
    /// trimmed, or nil when that is empty. The files are read as UTF-8 bytes: every character
    /// that structures them is ASCII, so no byte of a multi-byte character is ever mistaken for one.
    private static func forEachLine(of file: String, _ body: (Substring.UTF8View, String?) -> Void) {
        guard let text = embeddedFiles[file] else {
            preconditionFailure("the analysis data file \(file) is not embedded; regenerate EmbeddedFiles.swift (RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests)")
        }
        var rest = Substring(text).utf8[...]
        while !rest.isEmpty {
            let newline = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[rest.startIndex..<newline]
            rest = newline < rest.endIndex ? rest[rest.index(after: newline)...] : rest[rest.endIndex...]
            let trimmedLine = trimmedBytes(line)
            let content = trimmedLine[trimmedLine.startIndex..<(trimmedLine.firstIndex(of: UInt8(ascii: "#")) ?? trimmedLine.endIndex)]
            let entry = trimmed(content)
            body(trimmedLine, entry.isEmpty ? nil : entry)
        }
    }

    private static func trimmedBytes(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else {
            return bytes[bytes.startIndex..<bytes.startIndex]
        }
        return bytes[first...last]
    }

    private static func trimmed(_ bytes: Substring.UTF8View) -> String {
        String(decoding: trimmedBytes(bytes), as: UTF8.self)
    }
}
