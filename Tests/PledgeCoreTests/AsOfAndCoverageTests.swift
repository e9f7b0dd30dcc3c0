import Foundation
import PledgeCore
import Testing

/// Figures as of T see only what had happened by T, and a figure stands on records: a period with no
/// records of a kind is left out, never read as a failure (docs/indicators.md, "As-of" and
/// "Coverage"; docs/grading.md, "The force").
@Suite("as-of and coverage")
struct AsOfAndCoverageTests {
    static let zone = CallIndicatorTests.zone
    static let directory = NeighbourhoodDirectory([
        .init(id: "CITY", unit: "City", urban: true), .init(id: "VALE", unit: "County", urban: false),
    ])
    static func at(_ text: String) -> Instant { CallIndicatorTests.at(text) }
    static let asOf = at("2009-01-15T12:00:00Z")

    static func engine(_ period: String = "2009-01", asOf: Instant? = AsOfAndCoverageTests.asOf) -> IndicatorEngine {
        IndicatorEngine(window: ReportWindow(period: Period(period)!, zone: zone, now: at("2010-01-01T00:00:00Z"), asOf: asOf), directory: directory)
    }

    static func facts(_ build: (inout IndicatorFacts) -> Void) -> IndicatorFacts {
        var facts = IndicatorFacts(directory: directory)
        build(&facts)
        return facts
    }

    static func result(_ results: [IndicatorResult], _ id: String, _ area: Area = .force) throws -> IndicatorResult {
        try #require(results.first { $0.indicator.id == id && $0.area == area })
    }

    @Test("a 999 call still ringing at as-of is pending; one received after as-of is not counted; an answer after as-of reads blank")
    func callsAsOf() throws {
        let t = Self.asOf
        let calls = [
            CallFact(received: t.adding(seconds: -5), answered: nil, is999: true),  // pending: 5 s of its 10 s gone
            CallFact(received: t.adding(seconds: -5), answered: t.adding(seconds: -2), is999: true),  // met
            CallFact(received: t.adding(seconds: -60), answered: t.adding(seconds: 2), is999: true),  // answered after as-of: missed
            CallFact(received: t.adding(seconds: 3600), answered: t.adding(seconds: 3602), is999: true),  // after as-of: not counted
            CallFact(received: Self.at("2009-01-10T12:00:00Z"), answered: Self.at("2009-01-10T12:00:03Z"), is999: true),  // met
            // An emergency reached after as-of has not been reached yet: not in the attendance denominator.
            CallFact(
                received: t.adding(seconds: -600), answered: t.adding(seconds: -599), is999: true, neighbourhood: "CITY", response: .emergency,
                arrived: t.adding(seconds: 60)),
        ]
        let results = Self.engine().report(Self.facts { $0.calls = calls })
        let answer = try Self.result(results, "P5.answer_10s")
        #expect((answer.numerator, answer.denominator) == (3, 4))
        #expect(try Self.result(results, "P5.attend_urban_15m").denominator == 0)
        let narrative = Narrative(Self.facts { $0.calls = calls }, window: Self.engine().window)
        #expect(narrative.calls999 == 5)
        #expect(narrative.medianEmergencyAttendanceSeconds == nil)
        let table = CallTimes.homeOfficeTable(calls, window: Self.engine().window)
        // No pending in the Home Office table: the call still ringing at as-of is unanswered, as is the one answered after it.
        #expect(table.map(\.calls) == [5] && table.map(\.abandoned) == [2])
    }

    @Test(
        "P4 and P10: a reply or acknowledgement after as-of reads blank, so the record is pending until its clock runs out; escalation's clock is 17 hours"
    )
    func messagesAndDissatisfactionAsOf() throws {
        let t = Self.asOf
        let hour: Int64 = 3600
        let messages = [
            MessageFact(neighbourhood: "CITY", received: t.adding(seconds: -2 * hour), responded: t.adding(seconds: hour)),  // pending
            MessageFact(neighbourhood: "CITY", received: t.adding(seconds: -30 * hour), responded: t.adding(seconds: -29 * hour)),  // met
            MessageFact(neighbourhood: "CITY", received: t.adding(seconds: -16 * hour - 1800)),  // escalation pending (16.5 of 17 h)
            MessageFact(neighbourhood: "CITY", received: t.adding(seconds: -18 * hour)),  // not escalated: missed
            MessageFact(neighbourhood: "CITY", received: t.adding(seconds: -16 * hour - 1800), escalated: t.adding(seconds: -600)),  // met
            // Escalated after as-of: missed.
            MessageFact(neighbourhood: "CITY", received: t.adding(seconds: -20 * hour), escalated: t.adding(seconds: 60)),
        ]
        let reports = [
            DissatisfactionFact(received: t.adding(seconds: -2 * hour), acknowledged: t.adding(seconds: hour)),  // pending
            DissatisfactionFact(received: t.adding(seconds: -30 * hour), acknowledged: t.adding(seconds: 60)),  // clock ran out: missed
            DissatisfactionFact(received: t.adding(seconds: -30 * hour), acknowledged: t.adding(seconds: -29 * hour)),  // met
        ]
        let results = Self.engine().report(
            Self.facts {
                $0.messages = messages; $0.dissatisfaction = reports
            })
        // Only the message answered 29 hours ago is counted: the rest are within their 24 hours, unanswered.
        let response = try Self.result(results, "P4.response_24h")
        #expect((response.numerator, response.denominator) == (1, 1))
        let escalated = try Self.result(results, "P4.escalated_16h")
        #expect((escalated.numerator, escalated.denominator) == (1, 3))
        let acknowledged = try Self.result(results, "P10.ack_24h")
        #expect((acknowledged.numerator, acknowledged.denominator) == (1, 2))
    }

    @Test("P7 counts only the months engagements cover, names the months it left out, and counts a month declared covered")
    func engagementCoverage() throws {
        let engagements = [
            EngagementFact(neighbourhood: "CITY", starts: Self.at("2009-01-12T19:00:00Z")),
            EngagementFact(neighbourhood: "CITY", starts: Self.at("2009-03-12T19:00:00Z")),
        ]
        let engine = Self.engine("2009-Q1", asOf: nil)
        let meeting = try Self.result(engine.report(Self.facts { $0.engagements = engagements }), "P7.monthly_meeting")
        // Two neighbourhoods × January and March: February had no engagement anywhere in the force.
        #expect((meeting.numerator, meeting.denominator) == (2, 4))
        #expect(meeting.coverage?.monthsLeftOut == [YearMonth("2009-02")!])
        #expect(meeting.noRecords == nil)
        let declared = Self.facts {
            $0.engagements = engagements
            $0.declaredCoverage = [.engagements: [YearMonth("2009-02")!]]
        }
        let counted = try Self.result(engine.report(declared), "P7.monthly_meeting")
        #expect((counted.numerator, counted.denominator) == (2, 6))
        #expect(counted.coverage?.monthsLeftOut == [])
    }

    @Test("a period with no records has no value, no grade and says why; the force is then NOT ASSESSED, naming the promises without a grade")
    func emptyPeriod() throws {
        let engine = Self.engine("2009-Q1", asOf: nil)
        let facts = Self.facts { $0.neighbourhoods = [NeighbourhoodFact(id: "CITY", hasName: true, hasBase: true, hasContact: true)] }
        let results = engine.report(facts)
        let meeting = try Self.result(results, "P7.monthly_meeting")
        #expect(meeting.value == nil && meeting.denominator == 0)
        #expect(meeting.noRecords == "no engagement records for 2009-Q1")
        let calls = try Self.result(results, "P5.answer_10s")
        #expect(calls.noRecords == "no call records for 2009-Q1")
        let card = ReportCard(force: ForceCatalogue.force(id: "leicestershire")!, engine: engine, facts: facts)
        let seven = try #require(card.promises.first { $0.promise == 7 })
        #expect(seven.grading.published == nil)
        let grading = try #require(seven.grading.indicators.first { $0.indicator.id == "P7.monthly_meeting" })
        #expect(grading.grade == nil && grading.rule == "no value: no engagement records for 2009-Q1")
        #expect(card.grading.grade == nil)
        #expect(card.grading.explanation.hasPrefix("NOT ASSESSED"))
        #expect(card.grading.ungradedPromises.contains(7))
        // An absence of records is never read as a failure: promises 5 to 10 have no records, so no grade.
        #expect(card.promises.filter { (5...10).contains($0.promise) }.allSatisfy { $0.grading.published == nil })
    }

    @Test("the force is graded only when all ten promises have a grade")
    func forceNeedsTenPromises() {
        var promises: [Int: Grade?] = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, Grade.good) })
        #expect(ForceGrading(promises: promises, improvementAreas: [:]).grade == .good)
        promises[7] = .some(nil)
        promises[8] = .some(nil)
        let partial = ForceGrading(promises: promises, improvementAreas: [:])
        #expect(partial.grade == nil)
        #expect(partial.explanation.contains("promises 7, 8 have none"))
    }

    @Test("a month far in the future (9999-12) and an instant before year 1 are handled without trapping")
    func farOffValues() {
        let last = YearMonth(year: 9999, month: 12)!
        #expect(last.next.description == "10000-01")
        #expect(last.next.next.firstDay.year == 10000)
        #expect(YearMonth(year: 1, month: 1)!.previous.description == "0000-12")
        #expect(Self.zone.localDate(of: Instant(microseconds: .min)).yearMonth.compact < 0)
        let updates = [
            UpdateFact(id: "U", neighbourhood: "CITY", month: last, publishedOn: LocalDate(year: 9999, month: 12, day: 31)!, complete: true)
        ]
        let results = Self.engine("2009-Q1", asOf: nil).report(Self.facts { $0.updates = updates })
        #expect(results.contains { $0.indicator.id == "P8.monthly_update" })
    }
}
