import Foundation
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeStore
import PledgeTestSupport
import Testing

/// The demo data, imported into a real store and graded by the spec, gives the grades HMIC published for
/// Leicestershire in October 2009: promises 5 and 9 FAIR, the other eight GOOD, the force GOOD.
@Suite("leicestershire-2008 graded as published")
struct PublishedGradesTests {
    @Test("the report card of the generated year matches the 2009 report's grades, and its findings quote the data")
    func publishedGrades() async throws {
        let run = try await CalibrationTests.run.value
        let harness = try ImportHarness()
        let reports = await harness.importer.importFilesOffThePool(run.dataFiles)
        #expect(reports.allSatisfy { $0.error == nil && $0.counts.rejected == 0 }, "\(reports.filter { $0.error != nil || $0.counts.rejected > 0 })")
        let force = ForceCatalogue.force(id: "leicestershire")!
        let window = ReportWindow(period: Period("2008/09")!, zone: ZoneRulesCache.rules(for: force.timeZone)!, now: FixedClock.now)
        let engine = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([]))
        let facts = try await harness.store.indicatorFacts(force: force, from: engine.earliestNeeded, to: window.end)
        // The three improvement areas were graded GOOD from the inspectors' evidence, not from records.
        let areas = Dictionary(
            uniqueKeysWithValues: (1...3).map {
                ($0, Assessment.AreaGrade(grade: .good, evidence: "as published", assessor: "test", at: FixedClock.now))
            })
        let card = ReportCard(
            force: force, engine: IndicatorEngine(window: window, directory: facts.directory), facts: facts,
            assessment: Assessment(improvementAreas: areas))
        let grades = card.promises.map { $0.grading.published }
        #expect(grades == [.good, .good, .good, .good, .fair, .good, .good, .good, .fair, .good], "\(card.promises.map(\.grading.explanation))")
        #expect(card.grading.mean == PointsMean(weightedPoints: 37, weights: 13) && card.grading.grade == .good)
        // The findings quote the figures the store holds, e.g. 999 answering and urban attendance.
        let answering = try #require(card.promises[4].results.first { $0.indicator.id == "P5.answer_10s" })
        let quoted =
            "\(Percent.text(answering.value!)) of 999 calls were answered within 10 seconds (\(Thousands.text(answering.numerator)) of \(Thousands.text(answering.denominator)); target 90%)."
        #expect(card.promises[4].findings.map(\.text).contains(quoted))
        #expect(
            card.promises[4].findings.contains {
                $0.text.hasPrefix("But only ") && $0.text.contains("urban emergencies were reached within 15 minutes, against a target of 85%")
            })
    }
}
