import ReportModel
import ReportReaders
import XCTest

final class PlainTextReaderTests: XCTestCase {
    private let reader = PlainTextReader()

    // MARK: Paragraphs

    func testParagraphsAreSeparatedByBlankLines() throws {
        let report = try reader.read("First paragraph, line one\nand line two.\n\n   Second paragraph.  \n\n\n\tThird one.\n")
        XCTAssertEqual(report.blocks.map(\.text), ["First paragraph, line one\nand line two.", "Second paragraph.", "Third one."])
        XCTAssertEqual(report.blocks.map(\.kind), [.paragraph, .paragraph, .paragraph])
        XCTAssertEqual(report.blocks.map(\.location), [
            SourceLocation(line: 1, column: 1), SourceLocation(line: 4, column: 4), SourceLocation(line: 7, column: 2),
        ])
    }

    func testInnerLinesOfAParagraphAreKeptAsTheyStand() throws {
        let report = try reader.read("  One line  \n  indented line\t\nlast line.  \n\nNext.")
        XCTAssertEqual(report.blocks[0].text, "One line  \n  indented line\t\nlast line.")
        XCTAssertEqual(report.blocks[0].location, SourceLocation(line: 1, column: 3))
    }

    func testLinesOfWhiteSpaceCountAsBlank() throws {
        let report = try reader.read("Alpha beta.\n  \t \nGamma delta.\n\u{A0}\nEpsilon.")
        XCTAssertEqual(report.blocks.map(\.text), ["Alpha beta.", "Gamma delta.", "Epsilon."])
        XCTAssertEqual(report.blocks.map(\.location.line), [1, 3, 5])
    }

    func testLeadingAndTrailingBlankLinesAreIgnored() throws {
        let report = try reader.read("\n\n  \nOnly text here.\n\n\n")
        XCTAssertEqual(report.blocks.map(\.text), ["Only text here."])
        XCTAssertEqual(report.blocks[0].location, SourceLocation(line: 4, column: 1))
    }

    func testTextWithoutBlankLinesHasOneParagraphPerLine() throws {
        let report = try reader.read("First sentence.\nSecond sentence.\n   Third, indented.\n")
        XCTAssertEqual(report.blocks.map(\.text), ["First sentence.", "Second sentence.", "Third, indented."])
        XCTAssertEqual(report.blocks.map(\.kind), [.paragraph, .paragraph, .paragraph])
        XCTAssertEqual(report.blocks.map(\.location), [
            SourceLocation(line: 1, column: 1), SourceLocation(line: 2, column: 1), SourceLocation(line: 3, column: 4),
        ])
        XCTAssertNil(report.metadata.title, "one paragraph per line gives no headline")
    }

    func testLocationsCountScalarsAndNormalisedLineEnds() throws {
        let report = try reader.read("Über Zürich\r\n\r\n  🌊 Wellen.\r\rEnde.")
        XCTAssertEqual(report.blocks.map(\.text), ["Über Zürich", "🌊 Wellen.", "Ende."])
        XCTAssertEqual(report.blocks.map(\.location), [
            SourceLocation(line: 1, column: 1), SourceLocation(line: 3, column: 3), SourceLocation(line: 5, column: 1),
        ])
    }

    func testLocationOfAnOffsetInsideAParagraph() throws {
        let report = try reader.read("Title line\n\n  Body starts here\n  and goes on.")
        // "goes" is on the paragraph's second line, which keeps its two leading spaces.
        let offset = Array(report.blocks[1].text.unicodeScalars).firstIndex(of: "g")!
        XCTAssertEqual(report.blocks[1].location(ofOffset: offset), SourceLocation(line: 4, column: 7))
    }

    // MARK: Headline

    func testBBCStyleHeadline() throws {
        let report = try reader.read("Floods hit northern towns\n\nRivers burst their banks on Monday.\n\nMore rain is due.\n")
        XCTAssertEqual(report.blocks.map(\.kind), [.heading, .paragraph, .paragraph])
        XCTAssertEqual(report.metadata.title, "Floods hit northern towns")
        XCTAssertEqual(report.blocks[0].text, "Floods hit northern towns")
    }

    func testHeadlinesEndingInQuestionMarkEllipsisOrExclamation() throws {
        for headline in ["Is this the end of the high street?", "Markets wobble as rates rise...", "Markets wobble\u{2026}", "Goal!",
                         "'Lose a stone in a fortnight'", "Minister: \"We will not resign\"", "\"Why now?\" asks union", "\"Wait...\""] {
            let report = try reader.read("\(headline)\n\nThe body of the story.\n")
            XCTAssertEqual(report.metadata.title, headline, headline)
            XCTAssertEqual(report.blocks.first?.kind, .heading, headline)
        }
    }

    func testFirstLineEndingLikeASentenceIsNoHeadline() throws {
        for first in ["The river rose overnight.", "Meanwhile, in the north,", "It said this:", "Two parts;",
                      "Jane Smith said: \"Hello there.\"", "He called it \u{201C}a disaster.\u{201D}", "(See the annex.)"] {
            let report = try reader.read("\(first)\n\nThe body of the story.\n")
            XCTAssertNil(report.metadata.title, first)
            XCTAssertEqual(report.blocks.first?.kind, .paragraph, first)
        }
    }

    func testSingleParagraphHasNoHeadline() throws {
        let report = try reader.read("Floods hit northern towns\n")
        XCTAssertEqual(report.blocks.map(\.kind), [.paragraph])
        XCTAssertNil(report.metadata.title)
    }

    func testMultiLineOrLongFirstParagraphIsNoHeadline() throws {
        let twoLines = try reader.read("Floods hit\nnorthern towns\n\nBody text.")
        XCTAssertNil(twoLines.metadata.title)
        let long = String(repeating: "word ", count: 26) + "end"
        XCTAssertNil(try reader.read("\(long)\n\nBody text.").metadata.title)
    }

    // MARK: Metadata and provenance

    func testLanguageDefaultsToEnglishAndOptionsWinOverInference() throws {
        let text = "Inferred headline\n\nBody text."
        XCTAssertEqual(try reader.read(text).metadata.language, "en")
        let options = ReadOptions(metadata: Metadata(title: "Given title", language: "fr"))
        let report = try reader.read(text, options: options)
        XCTAssertEqual(report.metadata.title, "Given title")
        XCTAssertEqual(report.metadata.language, "fr")
        XCTAssertEqual(report.blocks[0].kind, .heading, "the headline is still a heading block")
    }

    func testProvenanceGetsTheDecodedEncoding() throws {
        let provenance = Provenance(input: "in/a.txt", sha256: String(repeating: "0", count: 64), byteCount: 0, encoding: "unknown", converter: "reportconv", version: "1")
        let options = ReadOptions(provenance: provenance)

        let utf8 = try reader.read(Array("Plain text.".utf8), options: options)
        XCTAssertEqual(utf8.provenance?.encoding, "UTF-8")
        XCTAssertEqual(utf8.provenance?.input, "in/a.txt")

        let fallback = try reader.read(Array("Price ".utf8) + [0xA3] + Array("5 today.".utf8), options: options)
        XCTAssertEqual(fallback.provenance?.encoding, "windows-1252")
        XCTAssertEqual(fallback.diagnostics.map(\.code), ["encoding-fallback"])

        let wide = try reader.read(utf16("Plain text.", littleEndian: false), options: options)
        XCTAssertEqual(wide.provenance?.encoding, "UTF-16BE")

        XCTAssertNil(try reader.read("Plain text.").provenance, "no provenance is made up")
    }

    func testDecodingDiagnosticsTravelWithTheReport() throws {
        let report = try reader.read(Array("Headline here\n\nBody with a stray".utf8) + [0x07] + Array(" bell in it.".utf8))
        XCTAssertEqual(report.blocks.last?.text, "Body with a stray bell in it.")
        XCTAssertEqual(report.diagnostics.map(\.code), ["forbidden-character"])
        XCTAssertEqual(report.diagnostics.first?.location, SourceLocation(line: 3, column: 18))
    }

    func testDecodingErrorsAreThrown() {
        XCTAssertEqual(readerError { () throws(ReaderError) in try reader.read([UInt8]()) }, .empty)
        XCTAssertEqual(readerError { () throws(ReaderError) in try reader.read("  \n\n ") }, .whitespaceOnly)
        guard case .binary = readerError({ () throws(ReaderError) in try reader.read(Array("%PDF-1.4 rest".utf8)) }) else {
            return XCTFail("a PDF is not text")
        }
    }

    func testReaderHasNoAnnotations() throws {
        let report = try reader.read("Headline here\n\n\"Quoted,\" said Jane Smith in London on 5 March 2024.")
        XCTAssertEqual(report.entities, [])
        XCTAssertEqual(report.quotations, [])
        XCTAssertEqual(report.dates, [])
        XCTAssertEqual(report.integrityProblems, [])
    }
}
