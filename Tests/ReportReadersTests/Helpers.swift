import Foundation
import ReportModel
import ReportReaders
import XCTest

/// The error `body` throws, or `nil` (with a test failure) when it throws none.
func readerError<T>(_ body: () throws(ReaderError) -> T, file: StaticString = #filePath, line: UInt = #line) -> ReaderError? {
    do {
        let value = try body()
        XCTFail("expected a ReaderError, got \(value)", file: file, line: line)
        return nil
    } catch {
        return error
    }
}

/// The message and location of a `.malformed` error, or `nil` (with a test failure) for any other outcome.
func malformed<T>(_ body: () throws(ReaderError) -> T, file: StaticString = #filePath, line: UInt = #line) -> (message: String, location: SourceLocation)? {
    guard let error = readerError(body, file: file, line: line) else { return nil }
    guard case .malformed(let message, let location) = error else {
        XCTFail("expected .malformed, got \(error)", file: file, line: line)
        return nil
    }
    return (message, location)
}

extension PlainTextReader {
    /// Reads a text given as a string (UTF-8).
    func read(_ text: String, options: ReadOptions = ReadOptions()) throws(ReaderError) -> Report {
        try read(Array(text.utf8), options: options)
    }

    /// Reads bytes with default options.
    func read(_ bytes: [UInt8]) throws(ReaderError) -> Report {
        try read(bytes, options: ReadOptions())
    }
}

/// The bytes of `text` in UTF-16 with a byte-order mark.
func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in text.utf16 {
        let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        bytes += littleEndian ? pair : pair.reversed()
    }
    return bytes
}

/// A small report with a heading, a dateline, an entity with two mentions and a date, that the
/// native writers turn into valid inputs for the structured readers.
enum SampleReport {
    static var report: Report {
        Report(
            metadata: Metadata(
                title: "Talks resume in Kabul", language: "en",
                dateline: Dateline(text: "KABUL, June 20 (Reuters)", place: "KABUL", date: "June 20", source: "Reuters", span: Span(block: 1, start: 0, end: 24))
            ),
            blocks: [
                Block(kind: .heading, text: "Talks resume in Kabul", location: SourceLocation(line: 1, column: 1)),
                Block(kind: .paragraph, text: "KABUL, June 20 (Reuters) - Talks resumed, officials said.", location: SourceLocation(line: 3, column: 1)),
            ],
            entities: [
                Entity(id: "place-kabul", type: .place, name: "Kabul", mentions: [
                    Mention(span: Span(block: 0, start: 16, end: 21), text: "Kabul"),
                    Mention(span: Span(block: 1, start: 0, end: 5), text: "KABUL"),
                ]),
            ],
            dates: [DateMention(id: "d1", span: Span(block: 1, start: 7, end: 14), text: "June 20", value: nil, precision: .day, relative: true)]
        )
    }

    /// `text` with `old` replaced by `new`, failing the test when `old` does not occur exactly once.
    static func replacing(_ old: String, with new: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> [UInt8] {
        XCTAssertEqual(text.components(separatedBy: old).count, 2, "'\(old)' should occur once", file: file, line: line)
        return Array(text.replacingOccurrences(of: old, with: new).utf8)
    }
}
