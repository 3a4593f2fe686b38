import Dispatch
import Foundation
import ReportValidation
import ReportXML
import XCTest
import _ReportTestSupport

/// "Hostile XML is harmless": entity bombs, external entities, external DTDs, XInclude and network
/// identifiers, through `XMLDocument.parse` and through a validator.
final class XMLDocumentHostileInputTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("hostile-xml-tests")
    }

    override func tearDown() {
        folder?.remove()
        folder = nil
    }

    /// A marker that must never show up anywhere if a file is not read.
    private let secret = "SECRET-MARKER-7f3a9c"

    /// Accepts any root `r` with any content and attributes (`lax`), so only parsing decides.
    private func laxValidator() throws -> XSDValidator {
        try XSDValidator(text: """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="r">
                <xs:complexType mixed="true">
                  <xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
                  <xs:anyAttribute processContents="lax"/>
                </xs:complexType>
              </xs:element>
            </xs:schema>
            """, name: "lax.xsd")
    }

    /// Parses `bytes`, which must be refused; returns the issues and prints how long it took.
    private func refusedIssues(_ bytes: [UInt8], _ label: String, file: StaticString = #filePath, line: UInt = #line) -> [XMLIssue] {
        let start = DispatchTime.now()
        defer {
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
            print("\(label): parsed in \(String(format: "%.1f", milliseconds)) ms")
        }
        do {
            let document = try ReportXML.XMLDocument.parse(bytes)
            XCTFail("\(label) was accepted; root text: \(document.rootElement()?.textContent.prefix(80) ?? "")", file: file, line: line)
            return []
        } catch {
            return error.issues
        }
    }

    // MARK: Entity bombs

    private var billionLaughs: [UInt8] {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            text += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        text += "]>\n<r>&lol9;</r>\n"
        return Array(text.utf8)
    }

    private var quadraticBlowup: [UInt8] {
        let entity = String(repeating: "a", count: 50_000)
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"\(entity)\">]>\n<r>"
            + String(repeating: "&a;", count: 10_000) + "</r>\n"
        return Array(text.utf8)
    }

    func testBillionLaughsIsRefusedByTheParser() {
        let issues = refusedIssues(billionLaughs, "billion laughs")
        XCTAssertFalse(issues.isEmpty)
        XCTAssertTrue(issues.allSatisfy { $0.severity == .error && $0.line >= 1 && $0.column >= 1 }, "\(issues)")
    }

    func testBillionLaughsIsRefusedByAValidator() throws {
        let issues = try laxValidator().validate(billionLaughs)
        XCTAssertTrue(issues.containsErrors, "\(issues)")
    }

    func testQuadraticBlowupIsRefusedByTheParser() {
        let issues = refusedIssues(quadraticBlowup, "quadratic blowup")
        XCTAssertFalse(issues.isEmpty)
        XCTAssertTrue(issues.allSatisfy { $0.severity == .error }, "\(issues)")
    }

    func testQuadraticBlowupIsRefusedByAValidator() throws {
        let issues = try laxValidator().validate(quadraticBlowup)
        XCTAssertTrue(issues.containsErrors, "\(issues)")
    }

    func testEntityDeclarationIsRefusedWhereItStands() {
        let issues = refusedIssues(Array("<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n  <!ENTITY e \"x\">\n]>\n<r/>".utf8), "unused entity")
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.line, 3)
        XCTAssertEqual(issues.first?.column, 3)
    }

    func testParameterEntityDeclarationIsRefused() {
        let issues = refusedIssues(Array("<!DOCTYPE r [<!ENTITY % p \"<!ELEMENT r ANY>\"> %p;]><r/>".utf8), "parameter entity")
        XCTAssertFalse(issues.isEmpty)
    }

    // MARK: External resources

    func testExternalEntityIsNotReadAndItsContentIsNowhere() throws {
        let secretFile = try folder.write("secret.txt", "\(secret)\n")
        let document = Array("""
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "\(secretFile.absoluteString)">]>
            <r>&x;</r>
            """.utf8)
        let issues = refusedIssues(document, "external entity")
        XCTAssertFalse(issues.isEmpty)
        XCTAssertFalse(issues.contains { $0.message.contains(secret) }, "\(issues)")

        let validated = try laxValidator().validate(document)
        XCTAssertTrue(validated.containsErrors)
        XCTAssertFalse(validated.contains { $0.message.contains(secret) }, "\(validated)")
    }

    func testExternalEntityInAnAttributeIsNotRead() throws {
        let secretFile = try folder.write("secret.txt", secret)
        let document = Array("""
            <!DOCTYPE r [<!ENTITY x SYSTEM "\(secretFile.path)">]>
            <r a="&x;"/>
            """.utf8)
        let issues = refusedIssues(document, "external entity in attribute")
        XCTAssertFalse(issues.isEmpty)
        XCTAssertFalse(issues.contains { $0.message.contains(secret) }, "\(issues)")
    }

    func testExternalDTDIsNotLoaded() throws {
        // Were this DTD loaded, `r` would get a default attribute and `&leak;` would be defined.
        let dtd = try folder.write("defaults.dtd", """
            <!ELEMENT r ANY>
            <!ATTLIST r added CDATA "from-the-dtd">
            <!ENTITY leak "\(secret)">
            """)
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"\(dtd.absoluteString)\">\n<r>plain</r>"
        let document = try ReportXML.XMLDocument.parse(Array(text.utf8))
        let root = try XCTUnwrap(document.rootElement())
        XCTAssertEqual(root.attributes, [])
        XCTAssertEqual(root.textContent, "plain")

        // The same through a schema that requires the attribute the DTD would add.
        let requiring = try XSDValidator(text: """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="r">
                <xs:complexType mixed="true">
                  <xs:attribute name="added" type="xs:string" use="required"/>
                </xs:complexType>
              </xs:element>
            </xs:schema>
            """, name: "requiring.xsd")
        let issues = requiring.validate(Array(text.utf8))
        XCTAssertTrue(issues.containsErrors, "the default attribute of the external DTD was applied")
        XCTAssertTrue(issues.contains { $0.message.contains("added") }, "\(issues)")
    }

    func testEntityOfAnUnloadedExternalDTDDoesNotLeak() throws {
        let dtd = try folder.write("entities.dtd", "<!ENTITY leak \"\(secret)\">\n")
        let text = "<!DOCTYPE r SYSTEM \"\(dtd.absoluteString)\">\n<r>before &leak; after</r>"
        let issues: [XMLIssue]
        do {
            let document = try ReportXML.XMLDocument.parse(Array(text.utf8))
            XCTAssertFalse(document.rootElement()?.textContent.contains(secret) ?? true)
            issues = []
        } catch {
            issues = error.issues
        }
        XCTAssertFalse(issues.contains { $0.message.contains(secret) }, "\(issues)")
        let validated = try laxValidator().validate(Array(text.utf8))
        XCTAssertFalse(validated.contains { $0.message.contains(secret) }, "\(validated)")
    }

    func testMalformedExternalDTDHasNoEffect() throws {
        let dtd = try folder.write("broken.dtd", "<!ELEMENT r (((\n<!ATTLIST oops")
        let text = "<!DOCTYPE r SYSTEM \"\(dtd.absoluteString)\">\n<r a=\"1\">fine</r>"
        let document = try ReportXML.XMLDocument.parse(Array(text.utf8))
        XCTAssertEqual(document.rootElement()?[attribute: "a"], "1")
        XCTAssertEqual(try laxValidator().validate(Array(text.utf8)), [])
    }

    func testXIncludeIsNotProcessed() throws {
        let included = try folder.write("included.xml", "<secret>\(secret)</secret>")
        let text = """
            <r xmlns:xi="http://www.w3.org/2001/XInclude">
              <xi:include href="\(included.absoluteString)"/>
              <xi:include href="\(included.absoluteString)" parse="text"/>
            </r>
            """
        let document = try ReportXML.XMLDocument.parse(Array(text.utf8))
        let root = try XCTUnwrap(document.rootElement())
        XCTAssertEqual(root.elements.map(\.name), ["include", "include"])
        XCTAssertEqual(root.elements.map(\.namespace), ["http://www.w3.org/2001/XInclude", "http://www.w3.org/2001/XInclude"])
        XCTAssertFalse(root.textContent.contains(secret))
        XCTAssertEqual(try laxValidator().validate(Array(text.utf8)), [])
    }

    // MARK: Network

    func testNetworkIdentifiersAreNeverFetched() throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE r SYSTEM "http://127.0.0.1:\(listener.port)/x.dtd">
            <r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="http://127.0.0.1:\(listener.port)/y.xml"/></r>
            """
        let document = try ReportXML.XMLDocument.parse(Array(text.utf8))
        XCTAssertEqual(document.rootName?.localName, "r")
        XCTAssertEqual(try laxValidator().validate(Array(text.utf8)), [])
        XCTAssertFalse(listener.wasContacted, "libxml2 opened a connection to the SYSTEM identifier")
    }

    func testDiscardPortIdentifierGivesNoConnectionError() throws {
        let text = "<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<r/>"
        XCTAssertNoThrow(try ReportXML.XMLDocument.parse(Array(text.utf8)))
        XCTAssertEqual(try laxValidator().validate(Array(text.utf8)), [])
    }
}

/// A TCP socket listening on an ephemeral loopback port, to find out whether anything connected.
private final class LoopbackListener {
    private var descriptor: Int32
    /// The port it listens on.
    let port: UInt16

    init() throws {
        #if os(Linux)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw XCTSkip("cannot create a socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { general in
                bind(descriptor, general, length) == 0 && listen(descriptor, 8) == 0 && getsockname(descriptor, general, &length) == 0
            }
        }
        guard bound else {
            let reason = String(cString: strerror(errno))
            closeDescriptor(descriptor)
            throw XCTSkip("cannot listen on the loopback interface: \(reason)")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    /// Whether a connection is waiting to be accepted.
    var wasContacted: Bool {
        let connection = accept(descriptor, nil, nil)
        guard connection >= 0 else { return false }
        closeDescriptor(connection)
        return true
    }

    func close() {
        if descriptor >= 0 { closeDescriptor(descriptor) }
        descriptor = -1
    }
}

private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
