import ArgumentParser
import ReportWriters

/// `reportconv formats`: the output formats and their schemas.
struct Formats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the output formats.")

    func run() {
        let rows = FormatRegistry.writers.map(\.format).map { [$0.id, $0.fileSuffix, $0.schemaFile, $0.summary] }
        let headers = ["id", "suffix", "schema", "description"]
        let widths = (0..<3).map { column in (rows.map { $0[column].count } + [headers[column].count]).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            (0..<3).map { cells[$0].padding(to: widths[$0]) }.joined(separator: "  ") + "  " + cells[3]
        }
        Console.output(line(headers))
        for row in rows { Console.output(line(row)) }
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
