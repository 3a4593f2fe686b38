import _ReportTestSupport
import Foundation
import XCTest

/// Extraction quality, measured with `../shared/tools/eval_extraction.py` on the seed report, the
/// ten hand-annotated BBC articles and the CoNLL-2003 development set, must not drop below the
/// figures last reached, kept in `Evaluation/baseline.json`. After an improvement, raise them with
/// `RECORD_EVALUATION=1 swift test --filter EvaluationTests` (a recording run fails on purpose).
final class EvaluationTests: XCTestCase {
    private let baselineURL = TestPaths.packageRoot.appendingPathComponent("Tests/reportconvTests/Evaluation/baseline.json")

    /// The figures one evaluation printed, by measure ("entities F1", "speaker accuracy", ...).
    private func scores(_ arguments: [String]) throws -> [String: Double] {
        let script = try TestPaths.shared("tools/eval_extraction.py")
        let result = try PythonTool.run(script, arguments: ["--tool", CommandRunner.executable.path] + arguments, requiring: [])
        XCTAssertEqual(result.status, 0, result.output)
        var scores: [String: Double] = [:]
        for line in result.output.split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let measure = words.first else { continue }
            for word in words.dropFirst() {
                let parts = word.split(separator: "=")
                guard parts.count == 2, let value = Double(parts[1].prefix { $0 != "(" }) else { continue }
                scores["\(measure) \(parts[0])"] = value
            }
        }
        return scores
    }

    func testScoresDoNotDropBelowTheLastFigures() throws {
        let gold = try TestPaths.shared("gold")
        let bbcDev = try FileManager.default.contentsOfDirectory(atPath: gold.appendingPathComponent("bbc-dev").path)
            .filter { $0.hasSuffix(".json") }.sorted().map { gold.appendingPathComponent("bbc-dev").appendingPathComponent($0).path }
        var measured: [String: [String: Double]] = [:]
        measured["seed"] = try scores([gold.appendingPathComponent("seed.json").path])
        measured["bbc-dev"] = try scores(bbcDev)
        measured["conll-dev"] = try scores(["--conll", gold.appendingPathComponent("conll2003/eng.testa").path])
        print("evaluation: \(measured)")

        let tracked = [
            ("seed", "entities F1"), ("seed", "quotations F1"), ("seed", "speaker accuracy"), ("seed", "dates F1"),
            ("seed", "date accuracy"), ("seed", "citations F1"),
            ("bbc-dev", "entities F1"), ("bbc-dev", "quotations F1"), ("bbc-dev", "speaker accuracy"), ("bbc-dev", "dates F1"),
            ("bbc-dev", "date accuracy"), ("bbc-dev", "citations F1"), ("conll-dev", "CoNLL F1"),
        ]
        if ProcessInfo.processInfo.environment["RECORD_EVALUATION"] == "1" {
            var baseline: [String: [String: Double]] = [:]
            for (set, measure) in tracked { baseline[set, default: [:]][measure] = measured[set]?[measure] }
            let data = try JSONSerialization.data(withJSONObject: baseline, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: baselineURL)
            XCTFail("recorded \(baselineURL.path); run again without RECORD_EVALUATION=1")
            return
        }
        let data = try Data(contentsOf: baselineURL)
        let baseline = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: [String: Double]])
        for (set, measure) in tracked {
            guard let floor = baseline[set]?[measure] else {
                XCTFail("no baseline for \(set) \(measure)")
                continue
            }
            let value = try XCTUnwrap(measured[set]?[measure], "\(set) \(measure) was not reported")
            XCTAssertGreaterThanOrEqual(value, floor - 0.0005, "\(set) \(measure) dropped to \(value) from \(floor)")
        }
    }
}
