import Foundation
import ReportXML
import XCTest

final class XMLDocumentTests: XCTestCase {
    private func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> ReportXML.XMLDocument {
        try ReportXML.XMLDocument.parse(Array(text.utf8))
    }

    /// The issues of a document that must not parse.
    private func parseError(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> [XMLIssue] {
        do {
            _ = try ReportXML.XMLDocument.parse(bytes)
            XCTFail("parsed \(String(decoding: bytes, as: UTF8.self).debugDescription)", file: file, line: line)
            return []
        } catch {
            return error.issues
        }
    }

    // MARK: Errors

    func testEmptyInputIsAnError() {
        let issues = parseError([])
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.severity, .error)
        XCTAssertEqual(issues.first?.line, 1)
        XCTAssertEqual(issues.first?.column, 1)
        XCTAssertTrue(issues.first?.message.contains("empty") == true, "\(issues)")
    }

    func testWhiteSpaceOnlyInputIsAnError() {
        let issues = parseError(Array("  \n ".utf8))
        XCTAssertFalse(issues.isEmpty)
        XCTAssertTrue(issues.allSatisfy { $0.severity == .error && $0.line >= 1 }, "\(issues)")
    }

    func testMismatchedTagIsReportedWithLineAndColumn() throws {
        let issues = parseError(Array("<r>\n  <a>text\n</r>".utf8))
        XCTAssertTrue(issues.allSatisfy { $0.severity == .error }, "\(issues)")
        let first = try XCTUnwrap(issues.first, "a mismatched tag gave no issue")
        XCTAssertEqual(first.line, 3, "\(first)")
        XCTAssertGreaterThan(first.column, 0, "\(first)")
        XCTAssertTrue(first.message.contains("Opening and ending tag mismatch: a line 2 and r"), first.message)
    }

    func testEveryErrorIsKept() {
        // Two undeclared prefixes: libxml2 reports both and goes on parsing.
        let issues = parseError(Array("<r>\n  <p:a/>\n  <q:b/>\n</r>".utf8))
        XCTAssertEqual(issues.count, 2, "\(issues)")
        guard issues.count == 2 else { return }
        XCTAssertEqual(issues.map(\.line), [2, 3])
        XCTAssertTrue(issues.allSatisfy { $0.column > 0 }, "\(issues)")
        XCTAssertTrue(issues[0].message.contains("Namespace prefix p on a is not defined"), issues[0].message)
        XCTAssertTrue(issues[1].message.contains("Namespace prefix q on b is not defined"), issues[1].message)
    }

    func testTextAfterTheRootIsAnError() {
        let issues = parseError(Array("<r/>\n<s/>".utf8))
        XCTAssertEqual(issues.first?.line, 2)
    }

    func testParseErrorCarriesIssuesAsGiven() {
        let issue = XMLIssue(severity: .error, line: 2, column: 3, message: "m", elementName: "e")
        XCTAssertEqual(XMLParseError(issues: [issue]).issues, [issue])
        XCTAssertEqual(issue.description, "2:3: error: m")
    }

    func testIssuesAreCappedForADocumentWithThousandsOfErrors() {
        // Every element has an undeclared prefix: one namespace error each, and parsing goes on.
        let text = "<r>" + String(repeating: "<p:a/>", count: 1_000) + "</r>"
        let issues = parseError(Array(text.utf8))
        XCTAssertEqual(issues.count, XMLIssueCollector.limit)
    }

    func testMessagesAreTrimmed() {
        let issues = parseError(Array("<r>\n  <a>text\n</r>".utf8))
        XCTAssertFalse(issues.isEmpty, "a mismatched tag gave no issue to check")
        for issue in issues {
            XCTAssertEqual(issue.message, issue.message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    func testNULByteIsAnError() {
        XCTAssertFalse(parseError(Array("<r>a".utf8) + [0] + Array("b</r>".utf8)).isEmpty)
    }

    // MARK: Encodings

    func testEncodingFromTheDeclaration() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r a=\"".utf8) + [0xE9] + Array("\">caf".utf8) + [0xE9] + Array("</r>".utf8)
        let root = try XCTUnwrap(try ReportXML.XMLDocument.parse(bytes).rootElement())
        XCTAssertEqual(root.textContent, "café")
        XCTAssertEqual(root[attribute: "a"], "é")
    }

    func testEncodingFromTheByteOrderMark() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<r>Åland</r>".utf16 {
            bytes.append(UInt8(unit & 0xFF))
            bytes.append(UInt8(unit >> 8))
        }
        let document = try ReportXML.XMLDocument.parse(bytes)
        XCTAssertEqual(document.rootName?.localName, "r")
        XCTAssertEqual(document.rootElement()?.textContent, "Åland")
    }

    func testUTF8ByteOrderMarkIsAccepted() throws {
        let document = try ReportXML.XMLDocument.parse([0xEF, 0xBB, 0xBF] + Array("<r>x</r>".utf8))
        XCTAssertEqual(document.rootElement()?.textContent, "x")
    }

    func testInvalidUTF8IsAnError() {
        let issues = parseError(Array("<r>".utf8) + [0xC3, 0x28] + Array("</r>".utf8))
        XCTAssertFalse(issues.isEmpty)
        XCTAssertEqual(issues.first?.line, 1)
    }

    // MARK: Root

    func testRootNameWithNamespace() throws {
        let document = try parse("<n:report xmlns:n=\"urn:test:n\"><n:body/></n:report>")
        XCTAssertEqual(document.rootName?.namespace, "urn:test:n")
        XCTAssertEqual(document.rootName?.localName, "report")
    }

    func testRootNameWithoutNamespace() throws {
        let document = try parse("<?xml version=\"1.0\"?>\n<!-- lead -->\n<report/>")
        XCTAssertNil(document.rootName?.namespace)
        XCTAssertEqual(document.rootName?.localName, "report")
    }

    func testSourceIsKept() throws {
        XCTAssertEqual(try parse("<r/>").source, Array("<r/>".utf8))
    }

    // MARK: Copying the tree

    func testRootElementCopiesTextAttributesAndNamespaces() throws {
        let document = try parse("""
            <r xmlns="urn:test:r" xmlns:x="urn:test:x" id="r1" x:flag="yes">
              <head lang="en">Tide &amp; time &#233;</head>
              <x:note>n</x:note>
            </r>
            """)
        let root = try XCTUnwrap(document.rootElement())
        XCTAssertEqual(root.name, "r")
        XCTAssertEqual(root.namespace, "urn:test:r")
        XCTAssertEqual(root.line, 1)
        XCTAssertEqual(root.attributes, [
            XMLAttribute(name: "id", value: "r1"),
            XMLAttribute(name: "flag", namespace: "urn:test:x", value: "yes"),
        ])
        XCTAssertEqual(root[attribute: "id"], "r1")
        XCTAssertNil(root[attribute: "flag"], "a namespaced attribute is not found by its bare name")

        XCTAssertEqual(root.elements.map(\.name), ["head", "note"])
        let head = try XCTUnwrap(root.element(named: "head"))
        XCTAssertEqual(head.namespace, "urn:test:r", "the default namespace is inherited")
        XCTAssertEqual(head.line, 2)
        XCTAssertEqual(head[attribute: "lang"], "en")
        XCTAssertEqual(head.children, [.text("Tide & time é")])
        let note = try XCTUnwrap(root.element(named: "note"))
        XCTAssertEqual(note.namespace, "urn:test:x")
        XCTAssertEqual(note.line, 3)
        XCTAssertEqual(root.textContent, "\n  Tide & time é\n  n\n")
    }

    func testAttributeValuesResolveReferences() throws {
        let root = try XCTUnwrap(try parse("<r a=\"x &amp; y &#65;\" b=\"&lt;&quot;\"/>").rootElement())
        XCTAssertEqual(root[attribute: "a"], "x & y A")
        XCTAssertEqual(root[attribute: "b"], "<\"")
    }

    func testAdjacentTextIsMergedAndCommentsAndProcessingInstructionsAreDropped() throws {
        let root = try XCTUnwrap(try parse("<r>one <!-- c --> two <?pi data?><![CDATA[ <three> ]]><b>four</b>five<!--x--></r>").rootElement())
        XCTAssertEqual(root.children, [
            .text("one  two  <three> "),
            .element(XMLElement(name: "b", children: [.text("four")], line: 1)),
            .text("five"),
        ])
        XCTAssertEqual(root.elements(named: "b").count, 1)
        XCTAssertNil(root.element(named: "c"))
    }

    func testEmptyElementHasNoChildren() throws {
        let root = try XCTUnwrap(try parse("<r><e/><f></f></r>").rootElement())
        XCTAssertEqual(root.elements.map(\.children), [[], []])
    }

    func testDocumentTypeWithoutEntitiesIsAccepted() throws {
        let document = try parse("<!DOCTYPE r [<!ELEMENT r (#PCDATA)>]>\n<r>text</r>")
        XCTAssertEqual(document.rootElement()?.textContent, "text")
    }

    // MARK: Locating issues

    func testLocatingFillsColumnsFromTheStartTag() throws {
        let document = try parse("<r>\n  <a/><n:b xmlns:n=\"urn:test:n\"/>\n</r>")
        let located = document.locating([
            XMLIssue(severity: .error, line: 2, column: 0, message: "a", elementName: "a"),
            XMLIssue(severity: .error, line: 2, column: 0, message: "b", elementName: "b"),
            XMLIssue(severity: .error, line: 2, column: 7, message: "kept", elementName: "b"),
            XMLIssue(severity: .error, line: 2, column: 0, message: "absent", elementName: "zzz"),
            XMLIssue(severity: .error, line: 0, column: 0, message: "nowhere"),
        ])
        XCTAssertEqual(located.map(\.column), [3, 7, 7, 1, 1])
        XCTAssertEqual(located.map(\.line), [2, 2, 2, 2, 1])
    }

    func testLocatingDoesNotConfuseNamesThatShareAPrefix() throws {
        let document = try parse("<r><notes/><note/></r>")
        let located = document.locating([XMLIssue(severity: .error, line: 1, column: 0, message: "m", elementName: "note")])
        XCTAssertEqual(located.first?.column, 12)
    }

    func testLocatingCountsColumnsInCharacters() throws {
        let document = try parse("<r é=\"ü\"><a/></r>")
        let located = document.locating([XMLIssue(severity: .error, line: 1, column: 0, message: "m", elementName: "a")])
        XCTAssertEqual(located.first?.column, 10)
    }
}
