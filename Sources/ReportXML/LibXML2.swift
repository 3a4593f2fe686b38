package import CLibXML2
import Foundation

/// Process-wide set-up of libxml2 and the policy every parse in reportconv follows.
///
/// - `xmlInitParser()` runs once, before any thread uses libxml2.
/// - libxml2 never prints: its generic error handler is silenced and every error is collected
///   through the structured handlers.
/// - No external resource is ever loaded while a document is parsed: the external entity loader
///   refuses every request, except inside ``withLocalSchemaFiles(_:)``, where a schema that the
///   user named may include or import local files (never network ones).
package enum LibXML2 {
    /// Makes sure libxml2 is initialised; cheap after the first call.
    package static func initialize() {
        _ = initialization
    }

    private static let initialization: Void = {
        xmlInitParser()
        reportconv_xml_silence_generic_errors()
        xmlSetExternalEntityLoader(guardedEntityLoader)
    }()

    /// Runs `body` with local files readable by libxml2 on this thread, when `allowed`: the
    /// schema compilers need it to follow `xs:include`, `xs:import` and RELAX NG `include` of a
    /// schema file. Network access stays off.
    package static func withLocalSchemaFiles<T>(allowed: Bool = true, _ body: () throws -> T) rethrows -> T {
        initialize()
        guard allowed else { return try body() }
        let previous = pthread_getspecific(localFilesKey)
        pthread_setspecific(localFilesKey, UnsafeRawPointer(bitPattern: 1))
        defer { pthread_setspecific(localFilesKey, previous) }
        return try body()
    }

    /// Runs `body` with libxml2's structured errors on this thread collected into a list.
    ///
    /// `body` receives the collector's context pointer, to hand to libxml2 functions that take a
    /// structured error handler of their own (``structuredErrorHandler``), so that all errors of
    /// one operation land in one list.
    package static func collectingIssues<T>(_ body: (UnsafeMutableRawPointer) throws -> T) rethrows -> (result: T, issues: [XMLIssue]) {
        initialize()
        let collector = XMLIssueCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        xmlSetStructuredErrorFunc(context, collectStructuredError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let result = try withExtendedLifetime(collector) { try body(context) }
        return (result, collector.issues)
    }

    /// The structured error handler to give libxml2 functions inside ``collectingIssues(_:)``,
    /// with the context pointer that `body` received.
    package static let structuredErrorHandler: xmlStructuredErrorFunc = collectStructuredError
}

/// The thread-specific flag that ``LibXML2/withLocalSchemaFiles(_:)`` sets.
private let localFilesKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()

/// The external entity loader installed for the whole process.
private let guardedEntityLoader: xmlExternalEntityLoader = { url, id, context in
    if pthread_getspecific(localFilesKey) != nil {
        return xmlNoNetExternalEntityLoader(url, id, context)
    }
    return nil
}

private let collectStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<XMLIssueCollector>.fromOpaque(context).takeUnretainedValue()
    collector.append(error.pointee)
}

/// Collects the errors libxml2 reports through a structured error handler.
package final class XMLIssueCollector {
    /// At most this many issues are kept; a broken document can raise thousands.
    package static let limit = 200

    /// The issues collected so far.
    package private(set) var issues: [XMLIssue] = []

    package init() {}

    package func append(_ error: xmlError) {
        guard issues.count < Self.limit else { return }
        let message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        var line = Int(error.line)
        if line == 0, let node = error.node?.assumingMemoryBound(to: xmlNode.self) {
            line = Int(xmlGetLineNo(node))
        }
        let severity: XMLIssue.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        let elementName: String?
        if let node = error.node?.assumingMemoryBound(to: xmlNode.self), node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name {
            elementName = String(cString: name)
        } else {
            elementName = nil
        }
        issues.append(XMLIssue(
            severity: severity,
            line: max(line, 0),
            column: max(Int(error.int2), 0),
            message: message.trimmingCharacters(in: .whitespacesAndNewlines),
            elementName: elementName
        ))
    }
}
