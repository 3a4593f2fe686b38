import ReportAnalysis
import ReportModel
import ReportReaders
import XCTest

/// Reads a text with the plain-text reader and analyses it.
func analyze(_ text: String, published: String? = nil) throws -> Report {
    let report = try PlainTextReader().read(Array(text.utf8), options: ReadOptions(metadata: Metadata(published: published)))
    return ReportAnalyzer().analyze(report)
}

extension Report {
    /// The quotation whose text starts with `prefix`.
    func quotation(startingWith prefix: String) -> Quotation? {
        quotations.first { $0.text.hasPrefix(prefix) }
    }

    /// The entity with this name.
    func entity(named name: String) -> Entity? {
        entities.first { $0.name == name }
    }
}
