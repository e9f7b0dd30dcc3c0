import Foundation
import PledgeCore
import Testing

/// Promises 2, 7 and 8 from hand-built records, counts written out.
@Suite("neighbourhood-month and published indicators")
struct NeighbourhoodIndicatorTests {
    typealias T = CallIndicatorTests

    @Test("P7: every neighbourhood × every whole month; a meeting in the month counts, priorities only when agreed")
    func meetings() throws {
        let engagements = [
            EngagementFact(neighbourhood: "CITY", starts: T.at("2009-01-15T19:00:00Z"), prioritiesAgreed: true),
            EngagementFact(neighbourhood: "CITY", starts: T.at("2009-02-12T19:00:00Z"), prioritiesAgreed: false),
            // 00:30 BST on 1 June is still May in UTC, but June locally: June's meeting.
            EngagementFact(neighbourhood: "VALE", starts: T.at("2009-06-01T00:30:00+01:00"), prioritiesAgreed: true),
        ]
        // Every month of the half-year declared covered: a month with no meeting anywhere counts against.
        var engine = T.engine("2009-01-01..2009-06-30", asOf: "2009-07-01T00:00:00+01:00")
        engine.coverage = Coverage(months: [.engagements: Set((1...6).map { YearMonth(year: 2009, month: $0)! })])
        let results = engine.neighbourhoodMonthIndicators(engagements: engagements, updates: [])
        #expect(T.counts(results, "P7.monthly_meeting") == "3/12")
        #expect(T.counts(results, "P7.monthly_meeting", .neighbourhood("VALE")) == "1/6")
        #expect(T.counts(results, "P7.priorities_agreed") == "2/12")
        // As of mid-March, only January and February are whole months.
        let early = T.engine("2009-01-01..2009-06-30", asOf: "2009-03-15T00:00:00Z").neighbourhoodMonthIndicators(
            engagements: engagements, updates: [])
        #expect(T.counts(early, "P7.monthly_meeting") == "2/4")
        // Not declared, March to May (no meeting anywhere in the force) are left out, not counted as failures.
        let undeclared = T.engine("2009-01-01..2009-06-30", asOf: "2009-07-01T00:00:00+01:00").neighbourhoodMonthIndicators(
            engagements: engagements, updates: [])
        #expect(T.counts(undeclared, "P7.monthly_meeting") == "3/6")
    }

    @Test("P7's control limits come only from baseline months on or after the first record, not from empty months before it")
    func baselineFromFirstRecord() throws {
        let engagements = (1...6).flatMap { month in
            ["CITY", "VALE"].map {
                EngagementFact(neighbourhood: $0, starts: T.at(String(format: "2009-%02d-10T19:00:00Z", month)), prioritiesAgreed: true)
            }
        }
        let results = T.engine("2009-Q2", asOf: "2009-07-01T00:00:00+01:00").neighbourhoodMonthIndicators(engagements: engagements, updates: [])
        let meetings = try #require(T.result(results, "P7.monthly_meeting"))
        #expect(meetings.centre == 1.0, "January to March (every neighbourhood met) make the baseline, not 2008's empty months")
        #expect(meetings.series.allSatisfy { $0.signals.isEmpty })
    }

    @Test("P8: an update by the last day of the next month counts once its deadline has passed; the earliest counted update decides completeness")
    func updates() throws {
        let updates = [
            UpdateFact(id: "U2", neighbourhood: "CITY", month: YearMonth("2009-01")!, publishedOn: LocalDate("2009-02-10")!, complete: false),
            UpdateFact(id: "U1", neighbourhood: "CITY", month: YearMonth("2009-01")!, publishedOn: LocalDate("2009-02-10")!, complete: true),
            UpdateFact(id: "U3", neighbourhood: "VALE", month: YearMonth("2009-01")!, publishedOn: LocalDate("2009-03-01")!, complete: true),  // late
            // The last day.
            UpdateFact(id: "U4", neighbourhood: "CITY", month: YearMonth("2009-02")!, publishedOn: LocalDate("2009-03-31")!, complete: false),
        ]
        // As of 1 April: January's and February's deadlines have passed, March's has not.
        let results = T.engine("2009-Q1", asOf: "2009-04-01T00:00:00+01:00").neighbourhoodMonthIndicators(engagements: [], updates: updates)
        #expect(T.counts(results, "P8.monthly_update") == "2/4")
        // Counted: U1 (earliest by id among equals, complete) and U4 (incomplete).
        #expect(T.counts(results, "P8.complete_update") == "1/2")
    }

    @Test("P2.published on the as-of day: name, base, a phone or email, and someone in post that day")
    func published() throws {
        let neighbourhoods = [
            NeighbourhoodFact(id: "CITY", hasName: true, hasBase: true, hasContact: true),
            NeighbourhoodFact(id: "VALE", hasName: true, hasBase: true, hasContact: true),
        ]
        let postings = [
            PostingFact(neighbourhood: "CITY", startedOn: LocalDate("2008-01-01")!, endedOn: LocalDate("2009-01-31")!),  // last day in post
            PostingFact(neighbourhood: "VALE", startedOn: LocalDate("2008-01-01")!, endedOn: LocalDate("2009-01-30")!),  // left the day before
        ]
        let results = T.engine("2009-01").publishedIndicator(neighbourhoods: neighbourhoods, postings: postings)
        #expect(T.counts(results, "P2.published") == "1/2")
        #expect(T.counts(results, "P2.published", .neighbourhood("VALE")) == "0/1")
        let noBase = [NeighbourhoodFact(id: "CITY", hasName: true, hasBase: false, hasContact: true)]
        #expect(T.counts(T.engine("2009-01").publishedIndicator(neighbourhoods: noBase, postings: postings), "P2.published") == "0/1")
    }
}
