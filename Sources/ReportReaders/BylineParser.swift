import ReportModel

/// Recognises a byline: `By` and one or more names, optionally a comma and an affiliation
/// ("By Jane Smith and John Doe, BBC News").
///
/// A name is one to five words, the first and last capitalised, the others capitalised or name
/// particles (de, van, bin, ...), each made of letters, periods, hyphens and apostrophes. Names are
/// joined by `and` or `&`; whatever follows the first comma is the affiliation, which must be short
/// and must not end a sentence. A line that fails any of this ("By 2025, 40% of ...") is not a
/// byline.
enum BylineParser {
    /// The authors' names, or `nil` when `text` is not a byline.
    static func authors(in text: String) -> [String]? {
        guard !text.contains("\n"), text.unicodeScalars.count <= 120 else { return nil }
        let rest: Substring
        if text.hasPrefix("By ") || text.hasPrefix("BY ") {
            rest = text.dropFirst(3)
        } else {
            return nil
        }
        let parts = rest.split(separator: ",", maxSplits: 1)
        guard let namesPart = parts.first else { return nil }
        if parts.count == 2 {
            let affiliation = parts[1].trimmingCharacters(in: " ")
            guard !affiliation.isEmpty, affiliation.split(separator: " ").count <= 8,
                  !affiliation.hasSuffix("."), let first = affiliation.unicodeScalars.first,
                  first.isCapital else { return nil }
        }
        var names: [String] = []
        let groups = namesPart.split(separator: " ").split(omittingEmptySubsequences: false, whereSeparator: { $0 == "and" || $0 == "&" })
        for words in groups {
            guard (1...5).contains(words.count), words.allSatisfy(isNameWord),
                  let first = words.first, let last = words.last, isCapitalised(first), isCapitalised(last) else { return nil }
            names.append(words.joined(separator: " "))
        }
        // A single one-word "name" is too weak a signal ("By Monday, ...").
        guard !names.isEmpty, names.count > 1 || namesPart.split(separator: " ").count > 1 else { return nil }
        return names
    }

    private static let particles: Set<String> = ["de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das", "al", "el", "bin", "ibn", "ben", "y"]

    private static func isNameWord(_ word: Substring) -> Bool {
        guard word.unicodeScalars.allSatisfy({ $0.isLetter || ".-'\u{2019}".unicodeScalars.contains($0) }) else { return false }
        return isCapitalised(word) || particles.contains(String(word))
    }

    private static func isCapitalised(_ word: Substring) -> Bool {
        word.unicodeScalars.first?.isCapital ?? false
    }
}
