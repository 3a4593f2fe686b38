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

final class EntityEvidenceTests: XCTestCase {
    func testACountryInParenthesesIsNotAnAbbreviation() throws {
        let report = try analyze("Tom Reed (Australia) beat Paul Hart (France) in the final.")
        XCTAssertEqual(report.entity(named: "Australia")?.type, .place)
        XCTAssertEqual(report.entity(named: "France")?.type, .place)
        XCTAssertEqual(report.entity(named: "Australia")?.aliases, [])
    }

    func testEventsDocumentsAndProductsAreNotEntities() throws {
        let report = try analyze("After the Cold War, the Green Paper and the Super Bowl, the Kestrel X5 sold well.")
        XCTAssertEqual(report.entities.map(\.name), [])
    }

    func testNamesInCapitalsComeOnlyFromTheGazetteer() throws {
        let report = try analyze("SOCCER - JAPAN GET LUCKY WIN IN KABUL\n\nThe match was close.")
        XCTAssertEqual(Set(report.entities.map(\.name)), ["Japan", "Kabul"])
    }

    func testCompassWordsBelongToRegions() throws {
        let report = try analyze("Sales grew in western Europe and north America.")
        XCTAssertEqual(report.entities.flatMap { $0.mentions.map(\.text) }, ["western Europe", "north America"])
    }

    func testLineUpsArePeople() throws {
        let report = try analyze("Kestrel Rovers: Almor, Brenner, Caddow, Dunmore, Esterly.")
        XCTAssertEqual(report.entities.filter { $0.type == .person }.map(\.name), ["Almor", "Brenner", "Caddow", "Dunmore", "Esterly"])
    }
}

final class FigureTests: XCTestCase {
    private func figures(_ text: String) throws -> [Figure] {
        try analyze(text).figures
    }

    func testMoneyPercentagesAndCounts() throws {
        let found = try figures("Profits rose 12% to $1.13bn, or £600m, and some 20 per cent of the 3,056 staff left. More than 70 people died; about two dozen men came; it cost 5 million dollars.")
        XCTAssertEqual(found.map(\.text), ["12%", "$1.13bn", "£600m", "some 20 per cent", "3,056 staff", "More than 70 people", "about two dozen men", "5 million dollars"])
        XCTAssertEqual(found.map(\.kind), [.percentage, .money, .money, .percentage, .count, .count, .count, .money])
        XCTAssertEqual(found.map(\.value), [12, 1_130_000_000, 600_000_000, 20, 3056, 70, 24, 5_000_000])
        XCTAssertEqual(found.map(\.unit), ["percent", "USD", "GBP", "percent", "staff", "people", "men", "USD"])
        XCTAssertEqual(found.map(\.qualifier), [nil, nil, nil, "some", nil, "more than", "about", nil])
    }

    func testScoresYearsDatesAndDurationsAreNotFigures() throws {
        XCTAssertEqual(try figures("They won 6-3 in the 2004 elections on 10 January 2005, after 171 hours and three weeks."), [])
    }

    func testNumbersBeyondADoubleAreNotFigures() throws {
        let huge = "1" + String(repeating: "0", count: 400)
        XCTAssertEqual(try figures("There were \(huge) people and $\(huge)bn."), [])
        XCTAssertEqual(try figures("There were 1\(String(repeating: "0", count: 30)) grains.").map(\.value), [1e30])
    }
}
