import ArgumentParser
import Foundation
import ReportKit
import ReportValidation

/// `reportconv validate`: check files against the bundled schema of their format, or a schema
/// the user names.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate files against their format's bundled schema or against --schema.",
        discussion: """
            The format is recognised from the root element's namespace (XML) or the document's \
            shape (JSON). --schema takes a W3C XML Schema (.xsd), RELAX NG schema (.rng), DTD \
            (.dtd) or JSON Schema (.json). XML is parsed without network access, entity \
            expansion or DTD loading; a document that declares entities is refused.
            """
    )

    @Argument(help: ArgumentHelp("Files to check.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Check against this schema instead (.xsd, .rng, .dtd, .json).", valueName: "path"))
    var schema: String?

    func validate() throws {
        if let schema, SchemaKind(fileExtension: (schema as NSString).pathExtension) == nil {
            throw ValidationError("--schema '\(schema)' is not a .xsd, .rng, .dtd or .json file")
        }
    }

    func run() throws {
        var named: (any DocumentValidator)?
        if let schema {
            do {
                named = try BundledSchemas.validator(contentsOf: URL(fileURLWithPath: schema))
            } catch {
                Console.error(error.description.isEmpty ? "\(schema): error: unusable schema" : error.description)
                throw ExitCode(2)
            }
        }
        var failed = false
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try FileBytes.read(URL(fileURLWithPath: file))
            } catch {
                Console.error("\(file): error: cannot read: \(error)")
                failed = true
                continue
            }
            let validator: any DocumentValidator
            let schemaName: String
            if let named, let schema {
                validator = named
                schemaName = (schema as NSString).lastPathComponent
            } else {
                switch DocumentFormatDetector.recognise(bytes) {
                case .unknown(let reason):
                    Console.error("\(file):1:1: error: cannot tell the format: \(reason)")
                    failed = true
                    continue
                case .format(_, let schemaFile):
                    do {
                        validator = try BundledSchemas.validator(for: schemaFile)
                    } catch {
                        Console.error("reportconv: error: \(error)")
                        throw ExitCode(2)
                    }
                    schemaName = schemaFile
                }
            }
            let issues = validator.validate(bytes)
            for issue in issues {
                Console.error(issue.formatted(path: file))
            }
            if issues.containsErrors {
                failed = true
            } else {
                Console.output("\(file): valid against \(schemaName)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
