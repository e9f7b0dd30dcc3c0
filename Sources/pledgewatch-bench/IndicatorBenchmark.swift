import Foundation
import PledgeCore
import PledgeOutput
import PledgeSQLite
import PledgeStore

/// `pledgewatch-bench indicators DATABASE FORCE PERIOD [ROUNDS]`: times each phase of a force's full
/// report as `pledgewatch indicators --area all --format json` makes it: opening the store, reading the
/// facts, computing every indicator for every area and month, the report's tables, its JSON, and keeping
/// it in the report cache. Rounds after the first find the store's pages in memory.
enum IndicatorBenchmark {
    static func run(database: String, force id: String, period text: String, rounds: Int) async throws {
        guard let force = ForceCatalogue.force(id: id), let period = Period(text), let zone = ZoneRulesCache.rules(for: force.timeZone)
        else { throw BenchError("unknown force or period") }
        let window = ReportWindow(period: period, zone: zone, now: Instant(secondsSinceEpoch: 1_700_000_000))
        for round in 1...rounds {
            var clock = PhaseClock()
            let store = try SQLiteStore(path: database)
            clock.lap("open")
            let probe = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([]))
            let facts = try await store.indicatorFacts(force: force, from: probe.earliestNeeded, to: window.end)
            clock.lap("facts")
            let engine = IndicatorEngine(window: window, directory: facts.directory)
            let report = IndicatorReport(force: force, engine: engine, facts: facts)
            clock.lap("report")
            let body = report.jsonBytes(pretty: false)
            clock.lap("json")
            try await store.keepReport(force: force, request: "bench/\(round)", dataVersion: try await store.dataVersion(), body: body)
            clock.lap("cache")
            print("round \(round): \(facts.calls.count) calls, \(report.indicators.count) results, \(body.count) bytes; \(clock)")
        }
    }
}

/// Milliseconds per named phase.
struct PhaseClock: CustomStringConvertible {
    private var last = DispatchTime.now().uptimeNanoseconds
    private var laps: [(String, Double)] = []

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((name, Double(now - last) / 1e6))
        last = now
    }

    var description: String {
        laps.map { String(format: "%@ %.0f ms", $0.0, $0.1) }.joined(separator: ", ")
            + String(format: "; total %.0f ms", laps.reduce(0) { $0 + $1.1 })
    }
}

/// Runs async work to its end from a synchronous main. The benchmarks' main is synchronous because
/// valgrind 3.19 dies on the signal wait in which an async main parks its main thread (dispatchMain).
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try box.result!.get()
}

/// Hands a result from the task to the waiting thread (the semaphore orders the write before the read).
private final class ResultBox<T>: @unchecked Sendable { var result: Result<T, any Error>? }

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
