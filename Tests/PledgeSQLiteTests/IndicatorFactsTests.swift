import Foundation
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeStore
import PledgeTestSupport
import Testing

/// The indicator engine over a real SQLite file: facts read back from stored records, and figures that
/// follow the records currently stored.
@Suite("indicator facts from the SQLite store")
struct IndicatorFactsTests {
    static let header = "call_id,force,line,received_at,answered_at,neighbourhood_id,response,appointment_at,arrived_at"

    func report(_ harness: ImportHarness, period: String = "2009-01") async throws -> [IndicatorResult] {
        let force = ForceCatalogue.force(id: "leicestershire")!
        let zone = ZoneRulesCache.rules(for: force.timeZone)!
        let window = ReportWindow(period: Period(period)!, zone: zone, now: FixedClock.now)
        let earliest = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([])).earliestNeeded
        let facts = try await harness.store.indicatorFacts(force: force, from: earliest, to: window.end)
        return IndicatorEngine(window: window, directory: facts.directory).report(facts)
    }

    @Test("stored calls give the counts the spec defines, per neighbourhood and unit; re-importing a changed call changes them")
    func callsAndReimport() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "NC05"])
        let rows = [
            "C1,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:10Z,NC04,,,",
            "C2,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:11Z,NC04,,,",
            "C3,leicestershire,999,2009-01-10T12:00:00Z,,NC05,,,",
            "C4,leicestershire,999,2008-12-31T23:59:59Z,2009-01-01T00:00:01Z,NC05,,,",
            "C5,leicestershire,101,2009-01-20T09:00:00Z,2009-01-20T09:00:30Z,,appointment,2009-02-01T09:00:00Z,",
        ]
        let first = try harness.importText(Self.header + "\n" + rows.joined(separator: "\n") + "\n", name: "calls.csv")
        #expect(first.isClean)
        var results = try await report(harness)
        let answering = { (area: Area) in
            results.first { $0.indicator.id == "P5.answer_10s" && $0.area == area }.map { "\(Int($0.numerator))/\(Int($0.denominator))" }
        }
        #expect(answering(.force) == "1/3")
        #expect(answering(.neighbourhood("NC04")) == "1/2")
        #expect(answering(.neighbourhood("NC05")) == "0/1")
        #expect(results.first { $0.indicator.id == "P6.answer_prompt" }.map { "\(Int($0.numerator))/\(Int($0.denominator))" } == "1/1")
        // C4 was received in December: it is in the baseline months, not the period.
        #expect(results.first { $0.indicator.id == "P5.answer_10s" && $0.area == .force }?.centre == 1.0)

        // C2 is corrected to 9 seconds: the figure follows the stored record.
        let corrected = rows.map {
            $0.replacingOccurrences(
                of: "C2,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:11Z",
                with: "C2,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:09Z")
        }
        let second = try harness.importText(Self.header + "\n" + corrected.joined(separator: "\n") + "\n", name: "calls.csv")
        #expect(second.counts.updated == 1 && second.counts.unchanged == 4)
        results = try await report(harness)
        #expect(answering(.force) == "2/3")

        // Complaints come back with their promise, for the Authority's table.
        let complaints = try harness.importText(
            "complaint_id,force,received_at,category,pledge_point\nPSD1,leicestershire,2009-01-12T10:00:00Z,Incivility,1\nPSD2,leicestershire,2009-01-13T10:00:00Z,Other,\n",
            name: "complaints.csv")
        #expect(complaints.isClean)
        let force = ForceCatalogue.force(id: "leicestershire")!
        let window = ReportWindow(period: Period("2009-01")!, zone: ZoneRulesCache.rules(for: force.timeZone)!, now: FixedClock.now)
        let facts = try await harness.store.indicatorFacts(force: force, from: window.start, to: window.end)
        #expect(ComplaintsByPromise.table(facts.complaints, calls: 4, window: window).map(\.complaints) == [1])

        // The appointment made on 20 January is kept (or not) in February, by its appointment_at: once the force
        // has declared February covered (it received no calls then), or it would have no call records for it.
        let uncovered = try await report(harness, period: "2009-02")
        #expect(uncovered.first { $0.indicator.id == "P6.appointment_kept" && $0.area == .force }?.noRecords == "no call records for 2009-02")
        let empty = try harness.write(Self.header + "\n", name: "february-calls.csv")
        let declared = harness.importer.importFiles(
            [empty], options: ImportOptions(covers: CoverageDeclaration(months: [YearMonth("2009-02")!], force: force)))
        #expect(declared.map(\.error) == [nil])
        let february = try await report(harness, period: "2009-02")
        #expect(
            february.first { $0.indicator.id == "P6.appointment_kept" && $0.area == .force }.map { "\(Int($0.numerator))/\(Int($0.denominator))" }
                == "0/1")
    }

    @Test("stored duty days give P3's hour sums, by date, per neighbourhood; a corrected day changes them")
    func dutyHours() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "NC05"])
        let header = "force,officer_id,neighbourhood_id,date,hours_on_duty,hours_visible,hours_abstracted,abstraction_reason"
        let rows = [
            "leicestershire,PC1,NC04,2009-01-01,8,6.5,1,court",
            "leicestershire,PC1,NC04,2009-01-31,8,8,0,",
            "leicestershire,PC2,NC05,2009-01-15,7.5,3.25,4,training",
            "leicestershire,PC2,NC05,2009-02-01,8,8,0,",
        ]
        #expect(try harness.importText(header + "\n" + rows.joined(separator: "\n") + "\n", name: "duty.csv").isClean)
        let sums = { (results: [IndicatorResult], id: String, area: Area) in
            results.first { $0.indicator.id == id && $0.area == area }.map { "\($0.numerator)/\($0.denominator)" }
        }
        var results = try await report(harness)
        #expect(sums(results, "P3.visible_time", .force) == "17.75/23.5")
        #expect(sums(results, "P3.visible_time", .neighbourhood("NC05")) == "3.25/7.5")
        #expect(sums(results, "P3.abstraction", .force) == "5.0/23.5")

        let corrected = rows.map { $0.replacingOccurrences(of: "NC05,2009-01-15,7.5,3.25,4", with: "NC05,2009-01-15,7.5,7.5,0") }
        #expect(try harness.importText(header + "\n" + corrected.joined(separator: "\n") + "\n", name: "duty.csv").counts.updated == 1)
        results = try await report(harness)
        #expect(sums(results, "P3.visible_time", .force) == "22.0/23.5")
        #expect(sums(results, "P3.abstraction", .force) == "1.0/23.5")
    }
}
