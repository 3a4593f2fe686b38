import Foundation
import ReportModel
import ReportReaders
import XCTest
import _ReportTestSupport

final class TextDecoderTests: XCTestCase {
    private func decode(_ bytes: [UInt8]) throws -> DecodedText {
        try TextDecoder.decode(bytes)
    }

    // MARK: UTF-8 and UTF-16

    func testUTF8WithoutByteOrderMark() throws {
        let text = "Héllo wörld 🌊 東京\nsecond line\n"
        let decoded = try decode(Array(text.utf8))
        XCTAssertEqual(decoded.text, text)
        XCTAssertEqual(decoded.encoding, "UTF-8")
        XCTAssertEqual(decoded.diagnostics, [])
    }

    func testUTF8ByteOrderMarkIsDropped() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array("Zürich\r\nnews".utf8))
        XCTAssertEqual(decoded.text, "Zürich\nnews")
        XCTAssertEqual(decoded.text.unicodeScalars.first, "Z")
        XCTAssertEqual(decoded.encoding, "UTF-8")
        XCTAssertEqual(decoded.diagnostics, [])
    }

    func testUTF8ByteOrderMarkWithInvalidUTF8IsAnError() {
        // The byte-order mark declares UTF-8, so a byte that is not UTF-8 is no reason to guess.
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Price: ".utf8) + [0xA3] + Array("5".utf8)
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode(bytes) }, .invalidEncoding(encoding: "UTF-8", byteOffset: 10))
    }

    func testUTF16LittleEndianWithSurrogatePair() throws {
        let text = "Grüße aus 東京 🌊 heute\nzweite Zeile"
        let decoded = try decode(utf16(text, littleEndian: true))
        XCTAssertEqual(decoded.text, text)
        XCTAssertEqual(decoded.encoding, "UTF-16LE")
        XCTAssertEqual(decoded.diagnostics, [])
    }

    func testUTF16BigEndianWithSurrogatePair() throws {
        let text = "😀 smile\r\nline two"
        let decoded = try decode(utf16(text, littleEndian: false))
        XCTAssertEqual(decoded.text, "😀 smile\nline two")
        XCTAssertEqual(decoded.encoding, "UTF-16BE")
    }

    func testUTF16OddLengthGivesTheOffsetOfTheLoneByte() {
        let bytes = utf16("AB", littleEndian: true) + [0x43]
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode(bytes) }, .invalidEncoding(encoding: "UTF-16LE", byteOffset: 6))
    }

    func testUTF16LoneHighSurrogate() {
        // A high surrogate followed by a letter, and one at the very end.
        let followed: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x41, 0x00]
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode(followed) }, .invalidEncoding(encoding: "UTF-16LE", byteOffset: 4))
        let atEnd: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0x00, 0x42, 0xD8, 0x3D]
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode(atEnd) }, .invalidEncoding(encoding: "UTF-16BE", byteOffset: 6))
    }

    func testUTF16LoneLowSurrogate() {
        let bytes: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0xDC, 0x00, 0x00, 0x42]
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode(bytes) }, .invalidEncoding(encoding: "UTF-16BE", byteOffset: 4))
    }

    // MARK: Windows-1252 fallback

    func testInvalidUTF8FallsBackToWindows1252WithLocatedWarning() throws {
        // 0x80 is €, 0x93/0x94 are curly double quotes, 0x91/0x92 curly single quotes, 0x96 an
        // en dash, 0x85 an ellipsis and 0xA3 is £ (the same in Latin-1).
        let bytes = Array("First line\nCost ".utf8) + [0x80] + Array("5, ".utf8) + [0x93] + Array("hi".utf8) + [0x94]
            + Array(" ".utf8) + [0x91, 0x92, 0x96, 0x85, 0x20, 0xA3] + Array("10".utf8)
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.text, "First line\nCost €5, \u{201C}hi\u{201D} \u{2018}\u{2019}\u{2013}\u{2026} £10")
        XCTAssertEqual(decoded.encoding, "windows-1252")
        XCTAssertEqual(decoded.diagnostics.count, 1)
        let warning = try XCTUnwrap(decoded.diagnostics.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.code, "encoding-fallback")
        XCTAssertTrue(warning.message.contains("offset 16"), warning.message)
        XCTAssertTrue(warning.message.contains("0x80"), warning.message)
        XCTAssertEqual(warning.location, SourceLocation(line: 2, column: 6))
    }

    func testWholeHighRangeOfWindows1252() throws {
        let bytes = Array("x ".utf8) + Array(0x80...0x9F as ClosedRange<UInt8>)
        let decoded = try decode(bytes)
        let expected: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        XCTAssertEqual(decoded.text.unicodeScalars.dropFirst(2).map(\.value), expected)
    }

    func testLatin1LettersInTheFallback() throws {
        let decoded = try decode(Array("caf".utf8) + [0xE9, 0x20, 0xA3, 0x35, 0x20, 0xFC])
        XCTAssertEqual(decoded.text, "café £5 ü")
    }

    func testFallbackLocationFollowsEveryKindOfLineEnd() throws {
        // CRLF, then a lone CR: the bad byte stands on line 3 of the text as read.
        let bytes = Array("one\r\ntwo\rthree ".utf8) + [0x93] + Array("x".utf8)
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.text, "one\ntwo\nthree \u{201C}x")
        XCTAssertEqual(decoded.diagnostics.first?.location, SourceLocation(line: 3, column: 7))
    }

    func testFallbackColumnCountsCharactersAsRead() throws {
        // "é" is valid UTF-8 (2 bytes) before the invalid byte, but the whole input is read as
        // Windows-1252, where it is two characters: the warning points into the text as read.
        let bytes = Array("café ".utf8) + [0x80]
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.text, "caf\u{C3}\u{A9} €")
        XCTAssertEqual(decoded.diagnostics.first?.location, SourceLocation(line: 1, column: 7))
        XCTAssertTrue(decoded.diagnostics.first?.message.contains("offset 6") ?? false)
    }

    func testTruncatedAndOverlongUTF8FallBack() throws {
        XCTAssertEqual(try decode(Array("ab".utf8) + [0xC3]).encoding, "windows-1252", "a sequence cut off at the end")
        XCTAssertEqual(try decode(Array("ab".utf8) + [0xC0, 0xAF]).encoding, "windows-1252", "an overlong slash")
        XCTAssertEqual(try decode(Array("ab".utf8) + [0xED, 0xA0, 0x80]).encoding, "windows-1252", "an encoded surrogate")
    }

    func testRealBBCFileDecodesWithFallbackWarning() throws {
        let url = try TestPaths.shared("corpus/bbc/sport/199.txt")
        let bytes = try [UInt8](Data(contentsOf: url))
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.encoding, "windows-1252")
        XCTAssertTrue(decoded.text.contains("£"))
        XCTAssertFalse(decoded.text.contains("\u{FFFD}"))
        let warnings = decoded.diagnostics.filter { $0.code == "encoding-fallback" }
        XCTAssertEqual(warnings.count, 1)
        // The first byte that is not ASCII is the one UTF-8 rejects.
        let offset = try XCTUnwrap(bytes.firstIndex { $0 >= 0x80 })
        XCTAssertTrue(warnings[0].message.contains("offset \(offset)"), warnings[0].message)
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        XCTAssertEqual(warnings[0].location, SourceLocation(line: bytes[..<offset].filter { $0 == 0x0A }.count + 1, column: offset - lineStart + 1))
    }

    // MARK: Line ends and forbidden characters

    func testLineEndsBecomeLineFeeds() throws {
        let decoded = try decode(Array("a\r\nb\rc\nd\r\r\ne\r".utf8))
        XCTAssertEqual(decoded.text, "a\nb\nc\nd\n\ne\n")
        XCTAssertEqual(decoded.diagnostics, [], "line-end normalisation is silent")
    }

    func testControlCharactersAreRemovedWithOneWarning() throws {
        let bytes = Array("Alpha".utf8) + [0x00] + Array("beta and more words here\n".utf8) + [0x01] + Array("gamma".utf8) + [0x07] + Array(" end of text.".utf8)
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.text, "Alphabeta and more words here\ngamma end of text.")
        XCTAssertEqual(decoded.diagnostics.count, 1)
        let warning = try XCTUnwrap(decoded.diagnostics.first)
        XCTAssertEqual(warning.code, "forbidden-character")
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertTrue(warning.message.contains("removed 3 characters"), warning.message)
        XCTAssertTrue(warning.message.contains("U+0000"), warning.message)
        XCTAssertEqual(warning.location, SourceLocation(line: 1, column: 6))
    }

    func testOneControlCharacterIsLocatedAfterLineEnds() throws {
        let decoded = try decode(Array("first line\r\nsecond\rthi".utf8) + [0x1B] + Array("rd line of the text".utf8))
        XCTAssertEqual(decoded.text, "first line\nsecond\nthird line of the text")
        XCTAssertEqual(decoded.diagnostics.count, 1)
        XCTAssertTrue(decoded.diagnostics[0].message.contains("removed 1 character "), decoded.diagnostics[0].message)
        XCTAssertTrue(decoded.diagnostics[0].message.contains("U+001B"), decoded.diagnostics[0].message)
        XCTAssertEqual(decoded.diagnostics[0].location, SourceLocation(line: 3, column: 4))
    }

    func testFormFeedIsRemoved() throws {
        let decoded = try decode(Array("Page one ends here.\u{0C}Page two starts here.".utf8))
        XCTAssertEqual(decoded.text, "Page one ends here.Page two starts here.")
        XCTAssertEqual(decoded.diagnostics.map(\.code), ["forbidden-character"])
        XCTAssertEqual(decoded.diagnostics.first?.location, SourceLocation(line: 1, column: 20))
    }

    func testNonCharactersFFFEAndFFFFAreRemoved() throws {
        let decoded = try decode(Array("ab\u{FFFE}cd\u{FFFF}ef and some more text".utf8))
        XCTAssertEqual(decoded.text, "abcdef and some more text")
        XCTAssertEqual(decoded.diagnostics.count, 1)
        XCTAssertTrue(decoded.diagnostics[0].message.contains("removed 2 characters"))
        XCTAssertTrue(decoded.diagnostics[0].message.contains("U+FFFE"))
    }

    func testTabsAndC1ControlsAreKept() throws {
        let text = "a\tb \u{85} c"
        let decoded = try decode(Array(text.utf8))
        XCTAssertEqual(decoded.text, text)
        XCTAssertEqual(decoded.diagnostics, [])
    }

    func testControlCharactersInUTF16AreRemovedToo() throws {
        let decoded = try decode(utf16("one\u{0}two three four five six", littleEndian: true))
        XCTAssertEqual(decoded.text, "onetwo three four five six")
        XCTAssertEqual(decoded.diagnostics.map(\.code), ["forbidden-character"])
    }

    // MARK: Empty, white space, binary

    func testEmptyInput() {
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode([]) }, .empty)
    }

    func testWhiteSpaceOnly() {
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode(Array(" \n\t\r\n  ".utf8)) }, .whitespaceOnly)
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode(Array("\u{A0}\u{3000}\n".utf8)) }, .whitespaceOnly)
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode([0xEF, 0xBB, 0xBF]) }, .whitespaceOnly, "a byte-order mark alone")
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode(utf16("  \r\n", littleEndian: true)) }, .whitespaceOnly)
        XCTAssertEqual(readerError { () throws(ReaderError) in try TextDecoder.decode(Array("          \u{0}          \n".utf8)) }, .whitespaceOnly, "nothing left once the NUL is gone")
    }

    private func assertBinary(_ bytes: [UInt8], saying expected: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let error = readerError({ () throws(ReaderError) in try TextDecoder.decode(bytes) }, file: file, line: line) else { return }
        guard case .binary(let reason) = error else {
            return XCTFail("expected .binary, got \(error)", file: file, line: line)
        }
        XCTAssertTrue(reason.contains(expected), reason, file: file, line: line)
    }

    func testFileSignaturesAreBinary() {
        assertBinary(Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n".utf8), saying: "PDF")
        assertBinary([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], saying: "PNG")
        assertBinary([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00] + Array("word/document.xml".utf8), saying: "ZIP")
        assertBinary([0x1F, 0x8B, 0x08, 0x00] + Array("some text".utf8), saying: "gzip")
    }

    func testRunOfNULBytesIsBinary() {
        let bytes = Array("This looks like text at first, ".utf8) + [UInt8](repeating: 0, count: 8) + Array("but it is not text at all, really.".utf8)
        assertBinary(bytes, saying: "NUL")
    }

    func testManyControlBytesAreBinary() {
        var bytes: [UInt8] = []
        for index in 0..<60 { bytes.append(index % 4 == 0 ? 0x01 : UInt8(ascii: "a")) }
        assertBinary(bytes, saying: "control characters")
    }

    func testOneStrayNULIsNotBinary() throws {
        let decoded = try decode(Array("A short report with one stray".utf8) + [0x00] + Array(" NUL byte in it.".utf8))
        XCTAssertEqual(decoded.text, "A short report with one stray NUL byte in it.")
        XCTAssertEqual(decoded.diagnostics.map(\.code), ["forbidden-character"])
        XCTAssertEqual(decoded.diagnostics.first?.location, SourceLocation(line: 1, column: 30))
    }

    func testLineEndsAndFormFeedsDoNotCountAsControlBytes() throws {
        let decoded = try decode(Array("a\r\n\r\n\u{0C}b\r\n\r\nc\r\n".utf8))
        XCTAssertEqual(decoded.text, "a\n\nb\n\nc\n")
    }
}
