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
        lines(file).map { line in
            line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "\t" })
                .map { $0.trimmingCharacters(in: " ") }
        }
    }

    /// The non-empty, non-comment lines of a data file, split at the comment line that starts
    /// with `# ` and `heading`: the entries before it, and those after it (to the end of the file,
    /// whatever sub-headings follow).
    static func lines(_ file: String, splitAtHeading heading: String) -> (before: [String], after: [String]) {
        guard let text = embeddedFiles[file] else {
            preconditionFailure("the analysis data file \(file) is not embedded; check Sources/ReportAnalysis/Data")
        }
        var before: [String] = []
        var after: [String] = []
        var passed = false
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if trimmed.hasPrefix("# " + heading) { passed = true }
            let content = trimmed.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingCharacters(in: " \t") } ?? ""
            guard !content.isEmpty else { continue }
            if passed { after.append(content) } else { before.append(content) }
        }
        return (before, after)
    }

    /// The non-empty, non-comment lines of a data file, trimmed.
    static func lines(_ file: String) -> [String] {
        guard let text = embeddedFiles[file] else {
            preconditionFailure("the analysis data file \(file) is not embedded; check Sources/ReportAnalysis/Data")
        }
        return text.split(separator: "\n").compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = content.trimmingCharacters(in: " \t\r")
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
