import Foundation
import Testing

@testable import PledgeCore

/// The engine judges calls in one pass (`CallRules.judgeAll`), half the calls on each core, and adds the two
/// tallies. These check that pass against the rules one by one (`CallRules.all`, the definitions the other
/// kinds of record go through), and the two-core tally against single-core ones, on many varied calls.
@Suite("call rules in one pass")
struct CallRulesPassTests {
    static let zone = ZoneRulesCache.rules(for: "Europe/London")!
    static let directory = NeighbourhoodDirectory([
        .init(id: "CITY", unit: "City", urban: true), .init(id: "TOWN", unit: "City", urban: true),
        .init(id: "VALE", unit: "County", urban: false), .init(id: "NOUNIT", unit: nil, urban: false),
    ])

    /// Calls through 2008/09 and the year before it, with every field varied either side of every limit.
    static func calls(_ count: Int, seed: UInt64) -> [CallFact] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15  // SplitMix64
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        func maybe(_ base: Instant, within seconds: Int) -> Instant? {
            next(8) == 0 ? nil : base.adding(seconds: Int64(next(seconds)))
        }
        func flag() -> Bool? { [nil, true, false][next(3)] }
        let first = Instant(secondsSinceEpoch: 1_175_385_600)  // 2007-04-01
        let responses: [CallFact.Response?] = [nil, .emergency, .priority, .appointment, .advice, .none]
        return (0..<count).map { index in
            let received = first.adding(seconds: Int64(index) * 63_072_000 / Int64(count))
            return CallFact(
                received: received, answered: maybe(received, within: 45), is999: next(2) == 0,
                neighbourhood: [nil, "CITY", "TOWN", "VALE", "NOUNIT", "ELSEWHERE"][next(6)], urban: flag(), vulnerable: flag(),
                neighbourhoodPriority: flag(), response: responses[next(responses.count)], etaGiven: flag(),
                deployed: maybe(received, within: 600), arrived: maybe(received, within: 5_400), appointment: maybe(received, within: 4 * 86_400))
        }
    }

    @Test("judgeAll gives every rule of `all` the verdict and start it gives itself, in every context")
    func sameVerdicts() {
        let asOf = Instant(secondsSinceEpoch: 1_238_540_400)
        for call in Self.calls(20_000, seed: 7).map({ CallEvent($0, asOf: asOf) }) {
            for urban in [nil, true, false] {
                let context = RuleContext(asOf: asOf, urban: urban)
                var visits: [String] = []
                CallRules.judgeAll(call, context) { rule, start, met in visits.append("\(rule) \(start.microseconds) \(met)") }
                let expected = CallRules.all.enumerated().compactMap { index, rule -> String? in
                    guard let start = rule.start(call), let met = rule.judge(call, context) else { return nil }
                    return "\(index) \(start.microseconds) \(met)"
                }
                #expect(visits == expected)
            }
        }
    }

    @Test("the two-core tally equals the sum of single-core tallies of its parts, for every area and month")
    func twoCoresAddUp() throws {
        let window = ReportWindow(period: Period("2008/09")!, zone: Self.zone, now: Instant(secondsSinceEpoch: 1_300_000_000))
        let engine = IndicatorEngine(window: window, directory: Self.directory)
        let calls = Self.calls(60_000, seed: 11)
        #expect(calls.count >= 2 * IndicatorEngine.recordsWorthTwoCores, "the whole is split across two cores")
        let whole = engine.callIndicators(calls)
        let parts = stride(from: 0, to: calls.count, by: 15_000).map { engine.callIndicators(Array(calls[$0..<min($0 + 15_000, calls.count)])) }
        func key(_ result: IndicatorResult) -> String { "\(result.indicator.id) \(result.area)" }
        var summed: [String: [Double]] = [:]
        for result in parts.joined() {
            let figures = [result.numerator, result.denominator] + result.series.flatMap { [$0.numerator, $0.denominator] }
            let previous = summed[key(result)] ?? Array(repeating: 0, count: figures.count)
            summed[key(result)] = zip(previous, figures).map(+)
        }
        #expect(whole.count == summed.count)
        for result in whole {
            let figures = [result.numerator, result.denominator] + result.series.flatMap { [$0.numerator, $0.denominator] }
            #expect(summed[key(result)] == figures, "\(key(result))")
        }
        #expect(whole.contains { $0.indicator.id == "P6.appointment_kept" && $0.denominator > 100 })
    }
}
