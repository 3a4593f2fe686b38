import ReportModel
import ReportReaders
import XCTest

final class FrontMatterTests: XCTestCase {
    private let reader = PlainTextReader()

    func testEveryKey() throws {
        let text = """
        ---
        title: Front title
        subtitle: A subtitle
        authors:
          - Jane Smith
          - John Doe
        published: 2024-03-05
        source: Reuters
        publisher: Daily Example
        url: https://example.org/a
        language: en-GB
        identifier: ex-42
        keywords: [floods, rivers]
        ---
        Headline text

        Body paragraph here.
        """
        let report = try reader.read(text)
        let metadata = report.metadata
        XCTAssertEqual(metadata.title, "Front title")
        XCTAssertEqual(metadata.subtitle, "A subtitle")
        XCTAssertEqual(metadata.authors, ["Jane Smith", "John Doe"])
        XCTAssertEqual(metadata.published, "2024-03-05")
        XCTAssertEqual(metadata.source, "Reuters")
        XCTAssertEqual(metadata.publisher, "Daily Example")
        XCTAssertEqual(metadata.url, "https://example.org/a")
        XCTAssertEqual(metadata.language, "en-GB")
        XCTAssertEqual(metadata.identifier, "ex-42")
        XCTAssertEqual(metadata.keywords, ["floods", "rivers"])
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(report.blocks.map(\.text), ["Headline text", "Body paragraph here."])
        XCTAssertEqual(report.blocks[0].kind, .heading)
    }

    func testAuthorAsOneStringAndKeywordsAsCommaString() throws {
        let report = try reader.read("---\nauthor: Jane Smith\nkeywords: floods, rivers ,  weather,\n---\nBody text.")
        XCTAssertEqual(report.metadata.authors, ["Jane Smith"])
        let inverted = try reader.read("---\nauthor: Smith, Jane\n---\nBody text.")
        XCTAssertEqual(inverted.metadata.authors, ["Smith, Jane"], "a single author value is one name, commas and all")
        XCTAssertEqual(report.metadata.keywords, ["floods", "rivers", "weather"])
    }

    func testKeywordsAsBlockList() throws {
        let report = try reader.read("---\nkeywords:\n  - floods\n  - rivers\n---\nBody text.")
        XCTAssertEqual(report.metadata.keywords, ["floods", "rivers"])
    }

    func testPublishedDateAndTime() throws {
        let report = try reader.read("---\npublished: 2024-03-05T10:30:00+01:00\n---\nBody text.")
        XCTAssertEqual(report.metadata.published, "2024-03-05T10:30:00+01:00")
        XCTAssertEqual(report.diagnostics, [])
    }

    func testPrecedenceFrontMatterThenOptionsThenInference() throws {
        let body = "Inferred headline\n\nBody text."
        let options = ReadOptions(metadata: Metadata(title: "Option title", publisher: "Option publisher"))

        let withFrontMatter = try reader.read("---\ntitle: Front title\n---\n" + body, options: options)
        XCTAssertEqual(withFrontMatter.metadata.title, "Front title")
        XCTAssertEqual(withFrontMatter.metadata.publisher, "Option publisher", "fields the front matter leaves unset come from the options")

        let withoutFrontMatter = try reader.read(body, options: options)
        XCTAssertEqual(withoutFrontMatter.metadata.title, "Option title")

        let inferredOnly = try reader.read(body)
        XCTAssertEqual(inferredOnly.metadata.title, "Inferred headline")

        let frontMatterOverOptionsLanguage = try reader.read("---\nlanguage: de\n---\nText.", options: ReadOptions(metadata: Metadata(language: "fr")))
        XCTAssertEqual(frontMatterOverOptionsLanguage.metadata.language, "de")
    }

    func testUnknownKeyIsIgnoredWithLocatedWarning() throws {
        let report = try reader.read("---\ntitle: T\n  \ncolour: red\n---\nBody text.")
        XCTAssertEqual(report.metadata.title, "T")
        XCTAssertEqual(report.diagnostics.count, 1)
        let warning = try XCTUnwrap(report.diagnostics.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.code, "front-matter")
        XCTAssertTrue(warning.message.contains("colour"), warning.message)
        XCTAssertEqual(warning.location, SourceLocation(line: 4, column: 1))
    }

    func testPublishedThatIsNotISOIsIgnoredWithWarning() throws {
        let report = try reader.read("---\ntitle: T\npublished: 5 March 2024\n---\nBody text.")
        XCTAssertNil(report.metadata.published)
        XCTAssertEqual(report.diagnostics.count, 1)
        XCTAssertTrue(report.diagnostics[0].message.contains("published"), report.diagnostics[0].message)
        XCTAssertEqual(report.diagnostics[0].location, SourceLocation(line: 3, column: 1))

        let impossible = try reader.read("---\npublished: 2023-02-29\n---\nBody text.")
        XCTAssertNil(impossible.metadata.published)
        XCTAssertEqual(impossible.diagnostics.map(\.code), ["front-matter"])
    }

    func testValuesOfTheWrongShapeAreIgnoredWithWarnings() throws {
        let report = try reader.read("---\ntitle: [a, b]\nkeywords:\n  nested: map\n---\nInferred headline\n\nBody.")
        XCTAssertEqual(report.metadata.title, "Inferred headline", "the inferred headline fills the title the front matter could not give")
        XCTAssertEqual(report.metadata.keywords, [])
        XCTAssertEqual(report.diagnostics.map(\.location), [SourceLocation(line: 2, column: 1), SourceLocation(line: 3, column: 1)])
    }

    func testListItemOfTheWrongShapeIsLocatedInTheFile() throws {
        let text = "---\ntitle: T\nkeywords:\n  - floods\n  - [b, c]\n---\nBody text."
        let report = try reader.read(text)
        XCTAssertEqual(report.metadata.keywords, ["floods"])
        XCTAssertEqual(report.diagnostics.count, 1)
        XCTAssertEqual(report.diagnostics.first?.location, SourceLocation(line: 5, column: 5))
    }

    func testInvalidYAMLIsAnErrorLocatedInTheFile() {
        // The fault stands on line 3 of the file: line 2 of the YAML, shifted by the opening `---`.
        let error = readerError { () throws(ReaderError) in try reader.read("---\nsource: X\ntitle: a: b\n---\nBody text.") }
        guard case .frontMatter(let message, let location) = error else {
            return XCTFail("expected .frontMatter, got \(String(describing: error))")
        }
        XCTAssertFalse(message.isEmpty)
        XCTAssertEqual(location, SourceLocation(line: 3, column: 9))
        XCTAssertEqual(error?.diagnostic.location, location)
        XCTAssertEqual(error?.diagnostic.severity, .error)
    }

    func testUnclosedQuoteInYAMLIsAnError() {
        let error = readerError { () throws(ReaderError) in try reader.read("---\ntitle: T\nsource: \"unclosed\n---\nBody text.") }
        guard case .frontMatter(_, let location) = error else {
            return XCTFail("expected .frontMatter, got \(String(describing: error))")
        }
        XCTAssertGreaterThanOrEqual(location.line, 3, "never before the line where the quote opens")
    }

    func testYAMLListInsteadOfMappingIsAnError() {
        let error = readerError { () throws(ReaderError) in try reader.read("---\n- title\n- author\n---\nBody text.") }
        guard case .frontMatter(let message, let location) = error else {
            return XCTFail("expected .frontMatter, got \(String(describing: error))")
        }
        XCTAssertTrue(message.contains("mapping"), message)
        XCTAssertEqual(location, SourceLocation(line: 2, column: 1))
    }

    func testYAMLScalarInsteadOfMappingIsAnError() {
        guard case .frontMatter = readerError({ () throws(ReaderError) in try reader.read("---\njust some words\n---\nBody text.") }) else {
            return XCTFail("a scalar is not a mapping")
        }
    }

    func testUnclosedFrontMatterIsReadAsText() throws {
        let report = try reader.read("---\ntitle: T\n\nBody text.")
        XCTAssertNil(report.metadata.title)
        XCTAssertEqual(report.blocks.map(\.text), ["---\ntitle: T", "Body text."])
        XCTAssertEqual(report.blocks[0].location, SourceLocation(line: 1, column: 1))
        XCTAssertEqual(report.diagnostics.count, 1)
        XCTAssertEqual(report.diagnostics[0].code, "front-matter")
        XCTAssertEqual(report.diagnostics[0].severity, .warning)
        XCTAssertEqual(report.diagnostics[0].location, SourceLocation(line: 1, column: 1))
    }

    func testBlockLinesAfterFrontMatterAreFileLines() throws {
        let report = try reader.read("---\ntitle: T\nsource: S\n---\n\nFirst paragraph.\n\n  Second paragraph.\n")
        XCTAssertEqual(report.blocks.map(\.location), [SourceLocation(line: 6, column: 1), SourceLocation(line: 8, column: 3)])
    }

    func testEmptyFrontMatterAndDotsClosing() throws {
        let empty = try reader.read("---\n---\nBody text.")
        XCTAssertEqual(empty.metadata.title, nil)
        XCTAssertEqual(empty.blocks.map(\.text), ["Body text."])
        XCTAssertEqual(empty.diagnostics, [])

        let dots = try reader.read("---\ntitle: T\n...\nBody text.")
        XCTAssertEqual(dots.metadata.title, "T")
        XCTAssertEqual(dots.blocks.map(\.location.line), [4])
    }

    func testFrontMatterWithoutBodyIsAnErrorThatSaysSo() {
        XCTAssertEqual(readerError { () throws(ReaderError) in try reader.read("---\ntitle: T\n---\n\n") }, .noTextAfterFrontMatter)
        XCTAssertEqual(ReaderError.noTextAfterFrontMatter.diagnostic.message, "the input has front matter but no text after it")
    }

    func testCharactersXMLForbidsAreRemovedFromValuesWithAWarning() throws {
        let report = try reader.read("---\ntitle: \"Floods\\x01 rise\"\nkeywords: [\"a\\uFFFFb\", c]\nauthors: [\"\\x02\", Ines Carvalho]\n---\nBody text.")
        XCTAssertEqual(report.metadata.title, "Floods rise")
        XCTAssertEqual(report.metadata.keywords, ["ab", "c"])
        XCTAssertEqual(report.metadata.authors, ["Ines Carvalho"], "an item left empty is dropped")
        XCTAssertEqual(report.diagnostics.map(\.code), ["front-matter", "front-matter", "front-matter"])
        XCTAssertEqual(report.diagnostics.first?.location, SourceLocation(line: 2, column: 1))
        XCTAssertTrue(report.diagnostics.allSatisfy { $0.message.contains("XML 1.0 does not allow") })
    }

    func testLanguageMustBeALanguageTag() throws {
        XCTAssertEqual(try reader.read("---\nlanguage: en-GB\n---\nBody text.").metadata.language, "en-GB")
        let report = try reader.read("---\nlanguage: english please\n---\nBody text.")
        XCTAssertEqual(report.metadata.language, "en", "the default stands")
        XCTAssertEqual(report.diagnostics.map(\.code), ["front-matter"])
        for tag in ["en", "zh-Hant-TW", "de-1996"] { XCTAssertTrue(Metadata.isLanguageTag(tag), tag) }
        for text in ["", "en-", "english please", "toolonglanguage", "en_GB", "-en"] { XCTAssertFalse(Metadata.isLanguageTag(text), text) }
    }

    func testFrontMatterMustOpenTheText() throws {
        let report = try reader.read("Intro line\n\n---\ntitle: T\n---\n\nBody.")
        XCTAssertEqual(report.metadata.title, "Intro line", "a later --- block is no front matter")
        XCTAssertEqual(report.blocks.first?.text, "Intro line")
    }

    func testKeyAliases() throws {
        let report = try reader.read("---\ndate: 2024-01-02\nid: ex-7\ntags: [a, b]\n---\nBody text.")
        XCTAssertEqual(report.metadata.published, "2024-01-02")
        XCTAssertEqual(report.metadata.identifier, "ex-7")
        XCTAssertEqual(report.metadata.keywords, ["a", "b"])
        XCTAssertEqual(report.diagnostics, [])
    }

    func testDuplicateKeyIsAnError() {
        guard case .frontMatter = readerError({ () throws(ReaderError) in try reader.read("---\ntitle: A\ntitle: B\n---\nBody text.") }) else {
            return XCTFail("a key given twice is an error")
        }
    }
}
