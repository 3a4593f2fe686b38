import _ReportTestSupport
import Foundation
import ReportAnalysis
import ReportModel
import ReportReaders
import XCTest

/// The analysis keeps the model's invariants on real text: over the whole BBC corpus, every
/// analysed report has spans inside their blocks, texts that match their spans, unique ids and
/// references that resolve. Writers rely on this.
final class CorpusIntegrityTests: XCTestCase {
    func testEveryAnalysedBBCReportIsConsistent() throws {
        let corpus = try TestPaths.shared("corpus/bbc")
        let analyzer = ReportAnalyzer()
        let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" } ?? []
        XCTAssertEqual(files.count, 2225)
        for file in files {
            let report = try PlainTextReader().read(Array(try Data(contentsOf: file)), options: ReadOptions())
            let problems = analyzer.analyze(report).integrityProblems
            XCTAssertEqual(problems, [], file.path)
        }
    }
}
