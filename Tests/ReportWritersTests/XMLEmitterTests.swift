import ReportWriters
import XCTest

final class XMLEmitterTests: XCTestCase {
    private func document(_ build: (inout XMLEmitter) -> Void) throws -> String {
        var emitter = XMLEmitter()
        build(&emitter)
        return String(decoding: try emitter.finish(), as: UTF8.self)
    }

    func testEscapesTextAndAttributes() throws {
        let xml = try document { xml in
            xml.open("a", [("title", "x < y & \"z\" 'q' > w"), ("skipped", nil)])
            xml.text("1 < 2 & 3 > 2 \"quoted\" 'single'")
            xml.close()
        }
        XCTAssertEqual(xml, """
            <?xml version="1.0" encoding="UTF-8"?>
            <a title="x &lt; y &amp; &quot;z&quot; 'q' &gt; w">1 &lt; 2 &amp; 3 &gt; 2 "quoted" 'single'</a>

            """)
    }

    func testKeepsWhiteSpaceThatParsersWouldNormalise() throws {
        let xml = try document { xml in
            xml.element("a", [("value", "tab\there\nnew line\r")], text: "line\nbreak\ttab\rreturn")
        }
        XCTAssertTrue(xml.contains("value=\"tab&#9;here&#10;new line&#13;\""), xml)
        XCTAssertTrue(xml.contains(">line\nbreak\ttab&#13;return</a>"), xml)
    }

    func testIndentsBlocksButNotInlineContent() throws {
        let xml = try document { xml in
            xml.open("root")
            xml.open("p")
            xml.text("one ")
            xml.openInline("b")
            xml.text("two")
            xml.close()
            xml.emptyInline("br")
            xml.close()
            xml.empty("end", [("n", "1")])
            xml.close()
        }
        XCTAssertEqual(xml, """
            <?xml version="1.0" encoding="UTF-8"?>
            <root>
              <p>one <b>two</b><br/></p>
              <end n="1"/>
            </root>

            """)
    }

    func testRejectsCharactersXMLForbids() {
        var emitter = XMLEmitter()
        emitter.open("a")
        emitter.text("bell \u{07} here")
        emitter.close()
        XCTAssertThrowsError(try emitter.finish()) { error in
            XCTAssertEqual(error as? XMLEmitterError, .forbiddenCharacter(scalar: 0x07, context: "<a>"))
            XCTAssertEqual("\(error)", "character U+0007 is not allowed in XML 1.0 (in <a>)")
        }
        var nonCharacter = XMLEmitter()
        nonCharacter.element("b", [("x", "\u{FFFF}")], text: "ok")
        XCTAssertThrowsError(try nonCharacter.finish()) { error in
            XCTAssertEqual(error as? XMLEmitterError, .forbiddenCharacter(scalar: 0xFFFF, context: "the document"))
        }
    }

    func testRejectsUnbalancedElements() {
        var unclosed = XMLEmitter()
        unclosed.open("a")
        XCTAssertThrowsError(try unclosed.finish())
        var overclosed = XMLEmitter()
        overclosed.close()
        XCTAssertThrowsError(try overclosed.finish())
    }

    func testKeepsNonASCIIText() throws {
        let xml = try document { xml in xml.element("a", text: "Tomás — 🌊 €") }
        XCTAssertTrue(xml.contains("<a>Tomás — 🌊 €</a>"))
    }
}
