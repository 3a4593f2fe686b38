import Foundation
import ReportKit
import ReportModel
import XCTest

/// Texts stitched at random from the words and marks the analysis reacts to — speech verbs,
/// titles, quotation marks of every kind, brackets, dates, figures, acronyms, line breaks — in
/// orders no writer would choose. Every one must convert to all formats, each output valid, with
/// consistent annotations: the rules look around every token, and a text ending or breaking at an
/// odd place is where an index runs past its array. 3,000 texts by default; set
/// `RANDOM_TEXT_ROUNDS` for a longer search (40,000 passed when this was written).
final class RandomTextTests: XCTestCase {
    private static let pieces = [
        "said", "says", "told", "added", "according", "to", "Mr", "Dr.", "Gen.", "No.", "President", "the", "a", "report",
        "titled", "called", "study", "Act", "by", "he", "she", "it", "they", "spokesman", "officials", "\"", "\"", "'", "\u{201C}",
        "\u{201D}", "\u{2018}", "\u{2019}", "'s", "(", ")", "-", "\u{2014}", ",", ",", ".", ".", "?", "!", ":", ";", "...",
        "Jane", "Roe", "Smith", "Ana", "UN", "U.S.", "NWA", "(NWA)", "Northern", "Water", "Authority", "Ministry", "of", "Defence",
        "Kabul", "Helmand", "Provinces", "Afghanistan-Pakistan", "Pakistani", "and", "in", "on", "January", "Jan.", "10",
        "2017", "1990s", "2003-04", "last", "next", "year", "week", "early", "Monday", "ago", "weeks", "three", "$", "$5bn",
        "\u{00A3}600m", "12%", "per", "cent", "more", "than", "about", "people", "1,000", "3.5", "\n", "\n\n", "\n\n",
        // Fragments of attributions and titles, so that they often meet a block's end or each other.
        "\"We will win,\" said", "said Mr", "said Dr.", "according to Mr", "\"Yes.\"", "\u{201C}No,\u{201D} he said",
        "the report titled '", "'Dry Years'", "the report titled \"Dry Years\"", "Jane Roe, a spokesman,", "the ministry said",
        "in a report, the", "said:", "(DoD)", "Department of Defence", "the 1990s", "early this month", "more than 70 people",
    ]

    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    private struct Generator {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((value ^ (value >> 31)) % UInt64(bound))
        }
    }

    func testRandomTextsConvertToValidOutputsInEveryFormat() throws {
        let converter = try DocumentConverter(options: ConversionOptions(
            formats: ["xml", "json", "jsonld"], metadata: Metadata(published: "2020-06-15")
        ))
        var generator = Generator(state: 2026)
        for round in 0..<(Int(ProcessInfo.processInfo.environment["RANDOM_TEXT_ROUNDS"] ?? "") ?? 3000) {
            let count = 1 + generator.next(below: 30)
            var text = ""
            for _ in 0..<count {
                let piece = Self.pieces[generator.next(below: Self.pieces.count)]
                text += piece.hasPrefix("\n") || generator.next(below: 5) == 0 ? piece : " " + piece
            }
            guard text.unicodeScalars.contains(where: { !$0.isSpace }) else { continue }
            let conversion = converter.convert(Array(text.utf8), name: "random-\(round).txt", kind: .plainText)
            let errors = conversion.diagnostics.filter { $0.severity == .error }.map(\.message)
            XCTAssertEqual(errors, [], "round \(round): \(text.debugDescription)")
            XCTAssertEqual(conversion.outputs.count, 3, "round \(round)")
            XCTAssertEqual(conversion.report?.integrityProblems ?? [], [], "round \(round): \(text.debugDescription)")
        }
    }
}
