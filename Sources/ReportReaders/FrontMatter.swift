import ReportModel
import Yams

/// YAML front matter: metadata between `---` lines at the top of a text report.
///
/// Recognised keys: `title`, `subtitle`, `author` or `authors` (a name or a list), `published`
/// (an ISO 8601 date, or date and time), `source`, `publisher`, `url`, `language`, `identifier`,
/// `keywords` (a list, or one comma-separated string). An unknown key, a value of the wrong shape
/// or a `published` value that is not ISO 8601 is left out with a warning; YAML that does not
/// parse, or that is not a mapping, is an error.
struct FrontMatter {
    /// The metadata the front matter sets; fields it does not set are `nil` or empty.
    var metadata = Metadata()
    /// Warnings about keys and values that were left out.
    var diagnostics: [Diagnostic] = []

    /// No front matter.
    init() {}

    /// Parses front matter.
    ///
    /// - Parameters:
    ///   - yaml: the lines between the `---` markers.
    ///   - firstLine: the source line of the first of them, for locations.
    init(yaml: String, firstLine: Int) throws(ReaderError) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.readerError(error, firstLine: firstLine)
        } catch {
            throw .frontMatter(message: "\(error)", location: SourceLocation(line: firstLine, column: 1))
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            throw .frontMatter(message: "expected a mapping of keys to values", location: Self.location(root.mark, firstLine: firstLine))
        }
        for (keyNode, value) in mapping {
            let location = Self.location(keyNode.mark, firstLine: firstLine)
            guard let key = keyNode.scalar?.string else {
                warn("a key that is not a plain string is ignored", at: location)
                continue
            }
            switch key {
            case "title": metadata.title = text(value, key: key, at: location)
            case "subtitle": metadata.subtitle = text(value, key: key, at: location)
            case "author", "authors": metadata.authors = list(value, key: key, at: location, firstLine: firstLine, splittingCommas: false)
            case "published", "date": metadata.published = text(value, key: "published", at: location, mustBe: "an ISO 8601 date (YYYY-MM-DD) or date and time", ISODate.isValid)
            case "source": metadata.source = text(value, key: key, at: location)
            case "publisher": metadata.publisher = text(value, key: key, at: location)
            case "url": metadata.url = text(value, key: key, at: location)
            case "language": metadata.language = text(value, key: "language", at: location, mustBe: "a language tag such as 'en' or 'en-GB'", Metadata.isLanguageTag)
            case "identifier", "id": metadata.identifier = text(value, key: key, at: location)
            case "keywords", "tags": metadata.keywords = list(value, key: key, at: location, firstLine: firstLine, splittingCommas: true)
            default: warn("unknown front-matter key '\(key)' is ignored", at: location)
            }
        }
    }

    private mutating func warn(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(severity: .warning, code: "front-matter", message: message, location: location))
    }

    private mutating func text(_ node: Node, key: String, at location: SourceLocation) -> String? {
        guard let scalar = node.scalar else {
            warn("'\(key)' should be a single value; ignored", at: location)
            return nil
        }
        let value = allowedInXML(scalar.string, key: key, at: location).trimmingWhitespace
        return value.isEmpty ? nil : value
    }

    /// `text` without the characters XML 1.0 does not allow, which YAML escapes ("\x01",
    /// "\uFFFF") can put in a value; a warning says how many were removed.
    private mutating func allowedInXML(_ text: String, key: String, at location: SourceLocation) -> String {
        guard !text.unicodeScalars.allSatisfy(\.isAllowedInXML) else { return text }
        var kept = String.UnicodeScalarView()
        var removed = 0
        for scalar in text.unicodeScalars {
            if scalar.isAllowedInXML { kept.append(scalar) } else { removed += 1 }
        }
        warn("removed \(removed) character\(removed == 1 ? "" : "s") that XML 1.0 does not allow from '\(key)'", at: location)
        return String(kept)
    }

    /// A single value that must have a form (`isValid`); one that has not is ignored with a warning
    /// saying what was `expected`.
    private mutating func text(_ node: Node, key: String, at location: SourceLocation, mustBe expected: String, _ isValid: (String) -> Bool) -> String? {
        guard let value = text(node, key: key, at: location) else { return nil }
        guard isValid(value) else {
            warn("'\(key)' value '\(value)' is not \(expected); ignored", at: location)
            return nil
        }
        return value
    }

    /// The items of a list value; a single value is one item, or, with `splittingCommas`, a
    /// comma-separated list ("Smith, Jane" is one author, "ports, shipping" two keywords).
    /// `firstLine` is the source line of the YAML's first line, to locate warnings about items.
    private mutating func list(_ node: Node, key: String, at location: SourceLocation, firstLine: Int, splittingCommas: Bool) -> [String] {
        if let scalar = node.scalar {
            let string = allowedInXML(scalar.string, key: key, at: location)
            let parts = splittingCommas ? string.split(separator: ",").map(String.init) : [string]
            return parts.map(\.trimmingWhitespace).filter { !$0.isEmpty }
        }
        guard let sequence = node.sequence else {
            warn("'\(key)' should be a list; ignored", at: location)
            return []
        }
        var values: [String] = []
        for item in sequence {
            let itemLocation = Self.location(item.mark, firstLine: firstLine)
            guard let string = item.scalar?.string else {
                warn("an item of '\(key)' is not a single value; ignored", at: itemLocation)
                continue
            }
            let value = allowedInXML(string, key: key, at: itemLocation).trimmingWhitespace
            if !value.isEmpty { values.append(value) }
        }
        return values
    }

    private static func location(_ mark: Mark?, firstLine: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(line: firstLine, column: 1) }
        return SourceLocation(line: firstLine + mark.line - 1, column: max(mark.column, 1))
    }

    private static func readerError(_ error: YamlError, firstLine: Int) -> ReaderError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            .frontMatter(message: problem, location: location(mark, firstLine: firstLine))
        default:
            .frontMatter(message: "\(error)".trimmingWhitespace, location: SourceLocation(line: firstLine, column: 1))
        }
    }
}
