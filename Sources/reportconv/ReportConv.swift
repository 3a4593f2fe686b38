import ArgumentParser
import ReportKit

/// The `reportconv` command.
@main
struct ReportConv: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportconv",
        abstract: "Turn news and intelligence reports into validated, archival-grade XML and JSON-LD.",
        discussion: """
            Exit status: 0 every document converted and valid (warnings allowed); 1 at least one \
            document failed to read, convert or validate; 2 the tool itself could not work \
            (unreadable schema, internal error); 64 usage error.
            """,
        version: ConverterInfo.version,
        subcommands: [Convert.self, Validate.self, Formats.self, Schema.self]
    )
}
