import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeImport
import PledgeOutput
import PledgeSQLite
import PledgeServer
import PledgeStore
import PledgeTestSupport
import PropertyBased
import Testing

/// Whatever valid records a force sends, every reader handles them: random records of every kind are
/// imported into a real SQLite file, then the indicators, the report card, the Authority's quarter and the
/// served pages are computed over them, for a period with records and one without. Nothing may trap, and
/// no page may answer 5xx.
@Suite("random valid records: every reader copes")
struct RandomRecordsPropertyTests {
    static let force = ForceCatalogue.force(id: "leicestershire")!
    /// Late enough that no generated instant is "more than a day in the future".
    static let now = Instant(secondsSinceEpoch: 1_420_070_400)  // 2015-01-01

    @Test("import, indicators, report card, the Authority's quarter and served pages over random records")
    func everyReaderCopes() async throws {
        await propertyCheck(count: 12, input: Gen.uint64()) { seed in
            do {
                try await Self.check(seed: seed)
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    static func check(seed: UInt64) async throws {
        let directory = try TemporaryDirectory(prefix: "pledgewatch-random")
        let records = RandomRecords(seed: seed)
        let paths = try records.files().map { file in try FixtureFile.write(file.text, to: directory.path(file.name)) }
        let store = try SQLiteStore(path: directory.path("random.sqlite"))
        let reports = await Importer(store: store, now: { now }).importFilesOffThePool(
            paths, options: ImportOptions(rejectsDirectory: directory.path("rejects")))
        for report in reports {
            #expect(
                report.error == nil && report.counts.rejected == 0, "seed \(seed) \(report.path): \(report.error ?? "") \(report.sampleRejections)")
        }
        try store.refreshDerivedData()

        let zone = try #require(ZoneRulesCache.rules(for: force.timeZone))
        for period in ["2008/09", "2009-Q2", "1991/92", "2013/14"] {
            let window = ReportWindow(period: Period(period)!, zone: zone, now: now)
            let probe = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([]))
            let facts = try await store.indicatorFacts(force: force, from: probe.earliestNeeded, to: window.end)
            let report = IndicatorReport(force: force, engine: IndicatorEngine(window: window, directory: facts.directory), facts: facts)
            #expect(report.indicators.contains { $0.id == "P5.answer_10s" && $0.area == "force" })
            let card = try await Measurements(store).reportCard(force: force, window: window)
            #expect(!card.text.isEmpty && !card.jsonBytes().isEmpty && !card.html.isEmpty)
            if period == "2013/14" {
                // Nothing was recorded then: no figure of any kind is read as a failure, and the force is not graded.
                #expect(card.grading.grade == nil)
                #expect(
                    card.promises.flatMap(\.results).filter { $0.indicator.recordKind != nil }.allSatisfy { $0.value == nil && $0.noRecords != nil })
            }
        }
        _ = try await Measurements(store).authorityQuarter(force: force, quarter: Period("2009-Q1")!, now: now)

        let app = PledgeServer.application(store: store, port: 0, now: { now }, rateLimit: nil, logger: Logger(label: "random-records"))
        try await onOwnThreads {
            try await app.test(.live) { client in
                for uri in [
                    "/forces/leicestershire", "/forces/leicestershire/report?period=2008%2F09", "/forces/leicestershire/report?period=2013%2F14",
                    "/forces/leicestershire/promises/7?period=2008%2F09", "/forces/leicestershire/neighbourhoods/N1",
                    "/forces/leicestershire/authority/report?quarter=2009-Q1", "/api/v1/forces/leicestershire", "/api/leicestershire/N1",
                    "/api/crimes-street-dates", "/national",
                ] {
                    let status = try await client.execute(uri: uri, method: .get) { $0.status }
                    #expect(status.code < 500, "seed \(seed): \(uri) answered \(status.code)")
                }
            }
        }
    }
}
