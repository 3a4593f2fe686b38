import Foundation
import ReportModel
import ReportReaders
import ReportAnalysis

public func debugConvert(_ path: String) throws -> String {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let report = try PlainTextReader().read(bytes, options: ReadOptions())
    let analyzed = ReportAnalyzer().analyze(report)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(analyzed), as: UTF8.self)
}
