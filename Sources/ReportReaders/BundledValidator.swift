import ReportModel
import ReportValidation

/// The bundled schema `file` as the validator type that can take the reader's parsed document.
/// Failure is a bug in reportconv (the schema does not compile, or is of another language), reported
/// as a malformed input rather than a crash.
func bundledValidator<Validator: DocumentValidator>(_ file: String, as type: Validator.Type) throws(ReaderError) -> Validator {
    let validator: any DocumentValidator
    do {
        validator = try BundledSchemas.validator(for: file)
    } catch {
        throw .malformed(message: "the bundled \(file) does not compile: \(error)", location: SourceLocation(line: 1, column: 1))
    }
    guard let typed = validator as? Validator else {
        throw .malformed(message: "the bundled \(file) is not a \(Validator.self)", location: SourceLocation(line: 1, column: 1))
    }
    return typed
}
