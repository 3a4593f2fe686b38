import _ReportTestSupport
import Foundation
import ReportModel
import XCTest

/// The report the project was started from: what the first analysis pass must find in it.
final class SeedReportTests: XCTestCase {
    private func seed() throws -> Report {
        let url = try TestPaths.shared("seed/dod-afghanistan-pakistan.txt")
        return try analyze(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    func testAllSixQuotationsWithTheirSpeakers() throws {
        let report = try seed()
        XCTAssertEqual(report.quotations.count, 6)
        let accepted: Set<String> = ["the report", "US Department of Defence"]
        for quotation in report.quotations {
            XCTAssertTrue(accepted.contains(quotation.speaker?.name ?? "none"), "\(quotation.text.prefix(40)): \(quotation.speaker?.name ?? "no speaker")")
        }
        XCTAssertEqual(report.quotations[0].text, "benefit from support from elements of the Pakistani Government")
        XCTAssertEqual(report.quotations[5].text, "Afghanistan-Pakistan border cooperation at the tactical level took positive steps.")
    }

    func testDatesAndTheCitedReport() throws {
        let report = try seed()
        XCTAssertEqual(report.dates.map(\.text), ["early this month", "January 10, 2017", "February 10, 2017"])
        XCTAssertEqual(report.dates.map(\.value), [nil, "2017-01-10", "2017-02-10"])
        XCTAssertEqual(report.citations.map(\.title), ["Enhancing Security and Stability in Afghanistan"])
        XCTAssertEqual(report.citations.first?.publisher, "US Department of Defence")
    }

    func testTheUnbalancedQuotationMarkInTheLastParagraph() throws {
        let report = try seed()
        let warnings = report.diagnostics.filter { $0.code == "unbalanced-quotation-mark" }
        XCTAssertEqual(warnings.count, 1)
        XCTAssertEqual(warnings.first?.location?.line, 15)
        XCTAssertEqual(warnings.first?.location?.column, 84)
    }

    func testEntitiesWithAliases() throws {
        let report = try seed()
        XCTAssertEqual(report.entity(named: "US Department of Defence")?.aliases, ["DoD"])
        XCTAssertEqual(report.entity(named: "Pakistan")?.mentions.count, 8)
        XCTAssertEqual(report.entity(named: "Afghanistan")?.mentions.count, 6)
        XCTAssertEqual(report.entity(named: "Haqqani Network")?.mentions.count, 2)
    }
}
