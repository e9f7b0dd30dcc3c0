import Foundation
import PledgeCore
import PledgeSQLite
import PledgeStore

/// `pledgewatch-bench indicators DATABASE FORCE PERIOD`: times reading the facts a force-year report
/// needs from the store and computing every indicator the engine has, for every area and month.
enum IndicatorBenchmark {
    static func run(database: String, force id: String, period text: String) async throws {
        guard let force = ForceCatalogue.force(id: id), let period = Period(text), let zone = ZoneRulesCache.rules(for: force.timeZone)
        else { throw BenchError("unknown force or period") }
        let store = try SQLiteStore(path: database)
        let window = ReportWindow(period: period, zone: zone, now: Instant(secondsSinceEpoch: 1_700_000_000))
        for round in 1...3 {
            let started = DispatchTime.now().uptimeNanoseconds
            let engine = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([]))
            let facts = try await store.indicatorFacts(force: force, from: engine.earliestNeeded, to: window.end)
            let loaded = DispatchTime.now().uptimeNanoseconds
            let results = IndicatorEngine(window: window, directory: facts.directory).report(facts)
            let computed = DispatchTime.now().uptimeNanoseconds
            print(
                String(
                    format: "round %d: %d calls, %d results; read %.0f ms, compute %.0f ms, total %.0f ms", round, facts.calls.count,
                    results.count, Double(loaded - started) / 1e6, Double(computed - loaded) / 1e6, Double(computed - started) / 1e6))
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
