import _ReportTestSupport
import ReportModel
import ReportWriters
import XCTest

final class JSONLDWriterTests: XCTestCase {
    private func document(_ report: Report) throws -> [String: Any] {
        let bytes = try JSONLDWriter().write(report)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    func testArticleProperties() throws {
        let article = try document(RichReport.report)
        XCTAssertEqual(article["@context"] as? String, "https://schema.org")
        XCTAssertEqual(article["@type"] as? String, "NewsArticle")
        XCTAssertEqual(article["headline"] as? String, "Floods close Rhine & Main ports <update>")
        XCTAssertEqual(article["datePublished"] as? String, "2021-03-03T14:05:00+01:00")
        XCTAssertEqual(article["dateline"] as? String, "FRANKFURT, March 3 (Example Wire)")
        XCTAssertEqual(article["inLanguage"] as? String, "en-GB")
        XCTAssertEqual((article["author"] as? [[String: Any]])?.compactMap { $0["name"] as? String }, ["Anna Berg", "Tomás Ruiz"])
        // The body is the paragraphs only, without the headline and byline.
        let body = try XCTUnwrap(article["articleBody"] as? String)
        XCTAssertEqual(body, RichReport.texts[2...].joined(separator: "\n\n"))
        // Counted by hand over the five paragraphs: 27 + 31 + 17 + 26 + 10 ("2,000" is two words,
        // "1990s", "12%" and "€40m" one each, the emoji none).
        XCTAssertEqual(article["wordCount"] as? Int, 111)
    }

    func testEntitiesGetTheirSchemaOrgTypes() throws {
        let mentions = try XCTUnwrap(try document(RichReport.report)["mentions"] as? [[String: Any]])
        let types = Dictionary(uniqueKeysWithValues: mentions.compactMap { node -> (String, String)? in
            guard let id = node["@id"] as? String, let type = node["@type"] as? String else { return nil }
            return (id, type)
        })
        XCTAssertEqual(types["#org-european-flood-office"], "GovernmentOrganization")
        XCTAssertEqual(types["#place-rhine"], "BodyOfWater")
        XCTAssertEqual(types["#person-anna-weber"], "Person")
        XCTAssertEqual(types["#place-germany"], "Country")
        XCTAssertEqual(types["#org-rhein-cargo-ag"], "Corporation")
        let office = mentions.first { $0["@id"] as? String == "#org-european-flood-office" }
        XCTAssertEqual(office?["alternateName"] as? [String], ["EFO"])
        let money = mentions.first { $0["@type"] as? String == "MonetaryAmount" }
        XCTAssertEqual(money?["currency"] as? String, "EUR")
        XCTAssertEqual(money?["value"] as? Double, 40_000_000)
    }

    func testQuotationsNameTheirSpeakers() throws {
        let parts = try XCTUnwrap(try document(RichReport.report)["hasPart"] as? [[String: Any]])
        XCTAssertEqual(parts.count, 4)
        XCTAssertEqual((parts[0]["spokenByCharacter"] as? [String: Any])?["@id"] as? String, "#person-anna-weber")
        XCTAssertEqual(parts[1]["text"] as? String, "We expect the closure to last until early next week. German shippers will lose about €40m,")
        // A document speaker: the quotation is part of a work, named by the phrase (two works are cited).
        XCTAssertEqual((parts[2]["isPartOf"] as? [String: Any])?["name"] as? String, "the report")
        XCTAssertNil(parts[3]["spokenByCharacter"])
        XCTAssertNil(parts[3]["creator"])
    }

    func testCitationsCarryTheirPublisher() throws {
        let citations = try XCTUnwrap(try document(RichReport.report)["citation"] as? [[String: Any]])
        XCTAssertEqual(citations.first?["@type"] as? String, "Report")
        XCTAssertEqual((citations.first?["publisher"] as? [String: Any])?["@id"] as? String, "#org-european-flood-office")
        XCTAssertNil(citations.last?["publisher"])
    }

    func testTemporalCoverageListsKnownDateValuesOnce() throws {
        XCTAssertEqual(try document(RichReport.report)["temporalCoverage"] as? [String], ["2021-03-03", "2021-03-02", "2021-W10", "2021", "2018"])
    }
}
