import ReportKit
import XCTest

final class InputKindTests: XCTestCase {
    func testKindByFileName() {
        XCTAssertEqual(InputKind(fileName: "a.txt"), .plainText)
        XCTAssertEqual(InputKind(fileName: "a.text"), .plainText)
        XCTAssertEqual(InputKind(fileName: "notes"), .plainText)
        XCTAssertEqual(InputKind(fileName: "a.md"), .plainText)
        XCTAssertEqual(InputKind(fileName: "a.xml"), .plainText, "only reportconv's own XML is read as XML")
        XCTAssertEqual(InputKind(fileName: "a.report.xml"), .reportXML)
        XCTAssertEqual(InputKind(fileName: "A.REPORT.XML"), .reportXML)
        XCTAssertEqual(InputKind(fileName: "dir/a.report.json"), .reportJSON)
        XCTAssertEqual(InputKind(fileName: "a.json"), .plainText)
        XCTAssertEqual(InputKind(fileName: "a.jsonld"), .plainText)
    }

    func testStem() {
        XCTAssertEqual(InputKind.stem(of: "a.txt"), "a")
        XCTAssertEqual(InputKind.stem(of: "a.text"), "a")
        XCTAssertEqual(InputKind.stem(of: "Report.TXT"), "Report")
        XCTAssertEqual(InputKind.stem(of: "a.report.xml"), "a")
        XCTAssertEqual(InputKind.stem(of: "a.report.json"), "a")
        XCTAssertEqual(InputKind.stem(of: "a.b.txt"), "a.b")
        XCTAssertEqual(InputKind.stem(of: "a.md"), "a")
        XCTAssertEqual(InputKind.stem(of: "a.xml"), "a")
        XCTAssertEqual(InputKind.stem(of: "notes"), "notes")
    }

    func testStemNeverEmpty() {
        XCTAssertEqual(InputKind.stem(of: ".txt"), ".txt")
        XCTAssertEqual(InputKind.stem(of: ".report.xml"), ".report")
        XCTAssertEqual(InputKind.stem(of: ".profile"), ".profile")
    }

    func testDirectorySuffixesArePlainTextOnly() {
        XCTAssertEqual(InputKind.directorySuffixes, [".txt", ".text"])
        for suffix in InputKind.directorySuffixes {
            XCTAssertEqual(InputKind(fileName: "x" + suffix), .plainText)
        }
    }
}
