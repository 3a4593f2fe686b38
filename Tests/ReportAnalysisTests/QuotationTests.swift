import ReportModel
import XCTest

final class QuotationTests: XCTestCase {
    func testStraightAndCurlyQuotationsWithTheirSpeakers() throws {
        let report = try analyze("""
            "We will not give up on this town," the mayor said on Monday.

            Jane Roe, a local teacher, said: “Everyone here knows someone who lost a home.”
            """)
        XCTAssertEqual(report.quotations.map(\.text), ["We will not give up on this town,", "Everyone here knows someone who lost a home."])
        XCTAssertEqual(report.quotations[0].speaker?.name, "the mayor")
        XCTAssertEqual(report.quotations[0].speaker?.kind, .person)
        XCTAssertEqual(report.quotations[0].cue, "said")
        XCTAssertEqual(report.quotations[1].speaker?.name, "Jane Roe")
        XCTAssertEqual(report.quotations[1].speaker?.entity, "person-jane-roe")
        XCTAssertEqual(report.entity(named: "Jane Roe")?.id, "person-jane-roe")
    }

    func testSpeakerAfterTheCue() throws {
        let report = try analyze("\"Prices will keep rising this year,\" said Maria Lopez, an economist at the bank.")
        XCTAssertEqual(report.quotations.first?.speaker?.name, "Maria Lopez")
        XCTAssertEqual(report.quotations.first?.cue, "said")
        let cueSpan = try XCTUnwrap(report.quotations.first?.cueSpan)
        XCTAssertEqual(report.text(of: cueSpan), "said")
    }

    func testAccordingTo() throws {
        let report = try analyze("According to the ministry, \"the border crossing will stay closed for weeks\".")
        XCTAssertEqual(report.quotations.first?.speaker?.name, "the ministry")
        XCTAssertEqual(report.quotations.first?.cue, "According to")
    }

    func testPartialQuotationTakesTheSubjectOfAnEarlierSpeechVerb() throws {
        let report = try analyze("The report titled 'Water and Work' has further claimed that farmers \"cannot plan beyond a single season\".")
        XCTAssertEqual(report.quotations.first?.text, "cannot plan beyond a single season")
        XCTAssertEqual(report.quotations.first?.speaker?.name, "the report")
        XCTAssertEqual(report.quotations.first?.speaker?.kind, .document)
        XCTAssertEqual(report.quotations.first?.cue, "claimed")
    }

    func testPronounSpeakerRefersToTheLastPersonNamed() throws {
        let report = try analyze("Tom Baker left the meeting early.\n\n\"The plan is dead,\" he said.")
        XCTAssertEqual(report.quotations.first?.speaker?.name, "Tom Baker")
        XCTAssertEqual(report.quotations.first?.speaker?.span.map(report.text(of:)), "he")
    }

    func testNewswireQuotationRunsOverParagraphs() throws {
        let report = try analyze("""
            Anna Berg, the union's leader, said: "We asked for talks in March and heard nothing.

            "We asked again in May and heard nothing.

            "Now we strike."
            """)
        XCTAssertEqual(report.quotations.count, 1)
        XCTAssertEqual(report.quotations[0].text, "We asked for talks in March and heard nothing. We asked again in May and heard nothing. Now we strike.")
        XCTAssertEqual(report.quotations[0].parts.map(\.block), [0, 1, 2])
        XCTAssertEqual(report.quotations[0].speaker?.name, "Anna Berg")
        XCTAssertFalse(report.diagnostics.contains { $0.code == "unbalanced-quotation-mark" })
    }

    func testQuotationWithoutCueContinuesThePreviousSpeaker() throws {
        let report = try analyze("""
            "Our reserves are low," the company said in a statement.

            "We expect to recover by the end of the year."
            """)
        XCTAssertEqual(report.quotations.count, 2)
        XCTAssertEqual(report.quotations[1].speaker?.name, "the company")
        XCTAssertNil(report.quotations[1].cue)
    }

    func testStrayOpeningMarkIsWarnedWithItsPlace() throws {
        let report = try analyze("""
            First line.

            The talks stalled. "Officials later said the deal was "close to being signed."
            """)
        XCTAssertEqual(report.quotations.map(\.text), ["close to being signed."])
        let warning = try XCTUnwrap(report.diagnostics.first { $0.code == "unbalanced-quotation-mark" })
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location, SourceLocation(line: 3, column: 20))
    }

    func testUnclosedAndStrayClosingMarksAreWarned() throws {
        let report = try analyze("He said \"this never ends.\n\nNext paragraph” with a stray closing mark.")
        let codes = report.diagnostics.filter { $0.code == "unbalanced-quotation-mark" }
        XCTAssertEqual(codes.count, 2)
        XCTAssertEqual(codes.map { $0.location?.line }, [1, 3])
        XCTAssertTrue(report.quotations.isEmpty)
    }

    func testScareQuotesAndTitlesAreNotQuotations() throws {
        let report = try analyze("""
            The so-called "reform" was described as "too little" by critics. His new book, titled "A Long Winter", sold well.
            """)
        XCTAssertEqual(report.quotations, [])
        XCTAssertEqual(report.citations.map(\.title), ["A Long Winter"])
    }

    func testShortQuotationWithAnAttributionIsKept() throws {
        let report = try analyze("\"Absolutely not,\" the minister said.")
        XCTAssertEqual(report.quotations.map(\.text), ["Absolutely not,"])
    }

    func testQuotationSpansPointAtTheQuotedText() throws {
        let report = try analyze("Intro \"quoted words here\" she said.")
        let quotation = try XCTUnwrap(report.quotations.first)
        XCTAssertEqual(quotation.parts.map(report.text(of:)), ["quoted words here"])
    }
}

final class QuotationAttributionTests: XCTestCase {
    func testNewswireContinuationWhosePargraphBreakWasLost() throws {
        let report = try analyze(#""We played badly," said Tom Reed. "The first half was poor. "The second half was worse." The team left."#)
        XCTAssertEqual(report.quotations.map(\.text), ["We played badly,", "The first half was poor. The second half was worse."])
        XCTAssertEqual(report.quotations[1].parts.count, 2)
        XCTAssertFalse(report.diagnostics.contains { $0.code == "unbalanced-quotation-mark" })
    }

    func testReportedSpeechInTheSentenceBefore() throws {
        let report = try analyze(#"Officials praised the plan. Maria Lopez said the network would grow. "It is the biggest change in a decade.""#)
        XCTAssertEqual(report.quotations.first?.speaker?.name, "Maria Lopez")
    }

    func testPronounMeansThePreviousSpeakerUnlessAnotherPersonWasNamed() throws {
        let first = try analyze(#""We will win," said Tom Reed. The crowd cheered. "We always do," he added."#)
        XCTAssertEqual(first.quotations.map { $0.speaker?.name }, ["Tom Reed", "Tom Reed"])
        let second = try analyze(#""We will win," said Tom Reed. Striker Paul Hart agreed. "We always do," he added."#)
        XCTAssertEqual(second.quotations.map { $0.speaker?.name }, ["Tom Reed", "Paul Hart"])
    }

    func testAttributionAfterAFinishedSentenceBelongsToWhatFollows() throws {
        let report = try analyze(#"Tom Reed told reporters: "The plan is dead." He added: "Nobody will miss it.""#)
        XCTAssertEqual(report.quotations.map { $0.speaker?.name }, ["Tom Reed", "Tom Reed"])
        XCTAssertEqual(report.quotations.map(\.cue), ["told", "added"])
    }

    func testAppositiveAndAcronymBeforeTheVerb() throws {
        let report = try analyze(#"The Northern Water Authority (NWA), which runs the dams, said the rivers offered the "lowest flow" in years."#)
        XCTAssertEqual(report.quotations.first?.speaker?.name, "Northern Water Authority")
        XCTAssertEqual(report.quotations.first?.text, "lowest flow")
    }

    func testQuotationInterruptedByItsAttributionIsTwoQuotationsWithOneSpeaker() throws {
        let report = try analyze(#""We will win," Mayor Ana Duarte said, "and soon.""#)
        XCTAssertEqual(report.quotations.map(\.text), ["We will win,", "and soon."])
        XCTAssertEqual(report.quotations.map { $0.speaker?.name }, ["Ana Duarte", "Ana Duarte"])
        XCTAssertEqual(report.quotations.map(\.cue), ["said", "said"])
    }

    func testNestedQuotationStaysInsideTheOuterOne() throws {
        let report = try analyze(#""The minister told us 'there is no money left', which is untrue," said Tom Reyes."#)
        XCTAssertEqual(report.quotations.map(\.text), ["The minister told us 'there is no money left', which is untrue,"])
        XCTAssertEqual(report.quotations.first?.speaker?.name, "Tom Reyes")
    }

    func testDescriptionInAppositionBeforeANameIsThatPerson() throws {
        let report = try analyze(#""The offer is an insult," said union leader Tom Reyes."#)
        XCTAssertEqual(report.quotations.first?.speaker?.name, "Tom Reyes")
        XCTAssertEqual(report.quotations.first?.speaker?.kind, .person)
        XCTAssertEqual(report.quotations.first?.speaker?.span.map(report.text(of:)), "Tom Reyes")
        // Without a name the description is the speaker.
        let described = try analyze(#""The offer is an insult," said a union leader."#)
        XCTAssertEqual(described.quotations.first?.speaker?.name, "a union leader")
    }

    func testANameBeforeTheSpeakerNounStaysWhole() throws {
        let report = try analyze("Acme Big Widget Holdings Corp spokesman said: \"We are fine.\"\n\nThe BBC spokesman said: \"No comment.\"")
        XCTAssertEqual(report.quotations.map { $0.speaker?.name }, ["Acme Big Widget Holdings Corp spokesman", "the BBC spokesman"])
    }
}
