import ReportModel
import ReportWriters
import XCTest

final class InlineMarkupTests: XCTestCase {
    private func annotation(_ name: String, _ range: Range<Int>, rank: Int = 0) -> InlineAnnotation {
        InlineAnnotation(element: name, attributes: [.init("n", name)], range: range, rank: rank)
    }

    private func xml(_ text: String, _ annotations: [InlineAnnotation]) throws -> String {
        var emitter = XMLEmitter()
        emitter.open("p")
        InlineMarkup.write(InlineMarkup.nest(ScalarText(text), annotations), to: &emitter)
        emitter.close()
        let document = String(decoding: try emitter.finish(), as: UTF8.self)
        return String(document.split(separator: "\n")[1])
    }

    func testNestsEnclosedSpans() throws {
        let text = "He said the Big Bank closed."
        let result = try xml(text, [annotation("org", 12..<20), annotation("quote", 8..<27), annotation("word", 16..<20)])
        XCTAssertEqual(result, "<p>He said <quote n=\"quote\">the <org n=\"org\">Big <word n=\"word\">Bank</word></org> closed</quote>.</p>")
    }

    func testSameRangeNestsByRank() throws {
        let result = try xml("Acme", [annotation("inner", 0..<4, rank: 5), annotation("outer", 0..<4, rank: 1)])
        XCTAssertEqual(result, "<p><outer n=\"outer\"><inner n=\"inner\">Acme</inner></outer></p>")
    }

    func testSplitsCrossingSpansAndMarksTheContinuation() throws {
        // "quote" covers 2..<8, "date" covers 5..<11: they cross.
        let result = try xml("ab cdefghijkl", [annotation("quote", 2..<8), annotation("date", 5..<11)])
        XCTAssertEqual(result, "<p>ab<quote n=\"quote\"> cd<date n=\"date\">efg</date></quote><date n=\"date\" continued=\"true\">hij</date>kl</p>")
    }

    func testEmptyAnnotationsBecomeEmptyElements() throws {
        let result = try xml("abc", [annotation("mark", 1..<1), annotation("all", 0..<3)])
        XCTAssertEqual(result, "<p><all n=\"all\">a<mark n=\"mark\"/>bc</all></p>")
    }

    func testIgnoresSpansOutsideTheText() throws {
        XCTAssertEqual(try xml("abc", [annotation("far", 2..<9)]), "<p>abc</p>")
    }

    /// Random annotations: the tree's text is always the block's text, and joining each annotation's
    /// pieces gives back exactly its range.
    func testRandomAnnotationsKeepTextAndRanges() {
        var generator = SplitMix64(seed: 2024)
        let text = ScalarText(String(repeating: "abcdé🌊fgh ", count: 8))
        for _ in 0..<300 {
            let count = Int(generator.next() % 8) + 1
            let annotations = (0..<count).map { index -> InlineAnnotation in
                let start = Int(generator.next() % UInt64(text.count))
                let end = min(text.count, start + Int(generator.next() % 12))
                return InlineAnnotation(element: "e", attributes: [.init("id", "a\(index)")], range: start..<end, rank: index)
            }
            let nodes = InlineMarkup.nest(text, annotations)
            var scalars = 0
            var pieces: [String: [Range<Int>]] = [:]
            func walk(_ nodes: [InlineNode]) -> String {
                var result = ""
                for node in nodes {
                    switch node {
                    case .text(let value):
                        result += value
                        scalars += value.unicodeScalars.count
                    case .element(let annotation, _, let children):
                        let start = scalars
                        result += walk(children)
                        pieces[annotation.attributes[0].value, default: []].append(start..<scalars)
                    }
                }
                return result
            }
            XCTAssertEqual(walk(nodes), text.string)
            for annotation in annotations {
                let parts = (pieces[annotation.attributes[0].value] ?? []).sorted { $0.lowerBound < $1.lowerBound }
                XCTAssertEqual(parts.first?.lowerBound, annotation.range.lowerBound)
                XCTAssertEqual(parts.last?.upperBound, annotation.range.upperBound)
                for (previous, next) in zip(parts, parts.dropFirst()) {
                    XCTAssertEqual(previous.upperBound, next.lowerBound, "pieces of one annotation must be contiguous")
                }
            }
        }
    }
}

/// A small deterministic random number generator for reproducible property tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
