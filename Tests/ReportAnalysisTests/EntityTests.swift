import ReportModel
import XCTest

final class EntityTests: XCTestCase {
    func testAcronymDefinitionsMakeAliases() throws {
        let report = try analyze("The Northern Water Authority (NWA) raised prices. The NWA said costs had doubled.")
        let authority = try XCTUnwrap(report.entity(named: "Northern Water Authority"))
        XCTAssertEqual(authority.type, .organization)
        XCTAssertEqual(authority.aliases, ["NWA"])
        XCTAssertEqual(authority.mentions.map(\.text), ["Northern Water Authority", "NWA", "NWA"])
    }

    func testCaseVariantsMerge() throws {
        let report = try analyze("Fighters of the Kestrel network crossed the river. The Kestrel Network denied it.")
        let network = try XCTUnwrap(report.entity(named: "Kestrel Network"))
        XCTAssertEqual(network.mentions.map(\.text), ["Kestrel network", "Kestrel Network"])
    }

    func testSurnameMergesWithTheFullNameAndTitlesStayApart() throws {
        let report = try analyze("President Lena Okafor arrived on Monday. Okafor's visit lasted two days, and Okafor left.")
        let person = try XCTUnwrap(report.entity(named: "Lena Okafor"))
        XCTAssertEqual(person.type, .person)
        XCTAssertEqual(person.mentions.map(\.text), ["Lena Okafor", "Okafor", "Okafor"])
        XCTAssertEqual(person.mentions.first?.title, "President")
    }

    func testDemonymsLinkWithoutBeingMentions() throws {
        let report = try analyze("Pakistani officials met in Pakistan.")
        let pakistan = try XCTUnwrap(report.entity(named: "Pakistan"))
        XCTAssertEqual(pakistan.mentions.map(\.text), ["Pakistan"])
        XCTAssertEqual(pakistan.demonyms.map(\.text), ["Pakistani"])
        XCTAssertEqual(pakistan.subtype, "country")
    }

    func testCoordinatedPluralDesignatorsAndHyphenatedPairs() throws {
        let report = try analyze("Floods hit Varn, and Tessel Provinces near the Afghanistan-Pakistan border.")
        XCTAssertEqual(report.entity(named: "Varn Province")?.mentions.map(\.text), ["Varn"])
        XCTAssertEqual(report.entity(named: "Tessel Province")?.mentions.map(\.text), ["Tessel Provinces"])
        XCTAssertEqual(report.entity(named: "Afghanistan")?.mentions.count, 1)
        XCTAssertEqual(report.entity(named: "Pakistan")?.mentions.count, 1)
    }

    func testNamesInsideCitedTitlesAreNotMentions() throws {
        let report = try analyze("The report titled 'Peace in Afghanistan' was published.")
        XCTAssertNil(report.entity(named: "Afghanistan"))
        XCTAssertEqual(report.citations.first?.title, "Peace in Afghanistan")
    }

    func testIdentifiersAreStableAndUnique() throws {
        let report = try analyze("The Northern Water Authority met Kabul officials. Kabul agreed.")
        XCTAssertEqual(report.entity(named: "Northern Water Authority")?.id, "org-northern-water-authority")
        XCTAssertEqual(report.entity(named: "Kabul")?.id, "place-kabul")
        XCTAssertEqual(Set(report.entities.map(\.id)).count, report.entities.count)
        XCTAssertEqual(report.integrityProblems, [])
    }
}
