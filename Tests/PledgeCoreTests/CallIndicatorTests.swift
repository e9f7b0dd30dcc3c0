import Foundation
import PledgeCore
import PledgeCoreFixtures
import Testing

/// Promises 5 and 6 from hand-built calls, counts written out (docs/indicators.md).
@Suite("call indicators")
struct CallIndicatorTests {
    static let zone = EngineFixture.zone
    static let directory = EngineFixture.directory

    static func at(_ text: String) -> Instant { EngineFixture.at(text) }

    static func engine(_ period: String = "2009-01", asOf: String? = nil, targets: [String: Double] = [:]) -> IndicatorEngine {
        EngineFixture.engine(period, asOf: asOf, targets: targets)
    }

    /// "numerator/denominator" of one result (whole numbers without a decimal point, hours as they are), or
    /// nil when there is none for the area.
    static func counts(_ results: [IndicatorResult], _ id: String, _ area: Area = .force) -> String? {
        func figure(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
        return result(results, id, area).map { "\(figure($0.numerator))/\(figure($0.denominator))" }
    }

    static func result(_ results: [IndicatorResult], _ id: String, _ area: Area = .force) -> IndicatorResult? {
        results.first { $0.indicator.id == id && $0.area == area }
    }

    @Test("P5.answer_10s: exactly 10 s is within; a microsecond more is not; abandoned 999 calls count against; 101 calls are not in it")
    func answering() throws {
        let received = Self.at("2009-01-10T12:00:00Z")
        let calls = [
            CallFact(received: received, answered: received.adding(seconds: 10), is999: true, neighbourhood: "CITY"),
            CallFact(
                received: received, answered: Instant(microseconds: received.adding(seconds: 10).microseconds + 1), is999: true, neighbourhood: "CITY"
            ),
            CallFact(received: received, answered: nil, is999: true, neighbourhood: "VALE"),
            CallFact(received: received, answered: received.adding(seconds: 3), is999: true),
            CallFact(received: received, answered: received.adding(seconds: 3), is999: false, neighbourhood: "CITY"),
            // Outside the period: December and February.
            CallFact(received: Self.at("2008-12-31T23:59:59Z"), answered: Self.at("2009-01-01T00:00:01Z"), is999: true),
            CallFact(received: Self.at("2009-02-01T00:00:00Z"), answered: Self.at("2009-02-01T00:00:01Z"), is999: true),
        ]
        let results = Self.engine().callIndicators(calls)
        let force = try #require(Self.result(results, "P5.answer_10s"))
        #expect((force.numerator, force.denominator) == (2, 4))
        let city = try #require(Self.result(results, "P5.answer_10s", .neighbourhood("CITY")))
        #expect((city.numerator, city.denominator) == (1, 2))
        #expect(Self.counts(results, "P5.answer_10s", .unit("County")) == "0/1")
        #expect(Self.counts(results, "P5.answer_10s", .rural) == "0/1")
        // The call with no neighbourhood counts at force level only.
        let areaDenominators = results.filter { $0.indicator.id == "P5.answer_10s" && $0.area != .force }.map(\.denominator)
        #expect(areaDenominators.contains(3) == false)
        let prompt = try #require(Self.result(results, "P6.answer_prompt"))
        #expect((prompt.numerator, prompt.denominator) == (1, 1))
    }

    @Test("emergency attendance: urban 15 and rural 20 minutes, by the call's own area type first, true durations across the clock change")
    func attendance() throws {
        // 2008-10-26: 01:55 BST is 00:55 UTC; 01:12 GMT is 01:12 UTC: 17 minutes, though the wall clock went back.
        let received = Self.at("2008-10-26T01:55:00+01:00")
        let calls = [
            CallFact(received: received, is999: true, neighbourhood: "CITY", response: .emergency, arrived: Self.at("2008-10-26T01:12:00+00:00")),
            CallFact(received: received, is999: true, neighbourhood: "CITY", response: .emergency, arrived: received.adding(seconds: 900)),
            // Own area type rural overrides the urban neighbourhood: 17 minutes is within 20.
            CallFact(
                received: received, is999: true, neighbourhood: "CITY", urban: false, response: .emergency,
                arrived: Self.at("2008-10-26T01:12:00+00:00")),
            // Not attended: in neither.
            CallFact(received: received, is999: true, neighbourhood: "VALE", response: .emergency, deployed: received.adding(seconds: 60)),
            // No neighbourhood and no area type: in no urban or rural indicator.
            CallFact(received: received, is999: true, response: .emergency, arrived: received.adding(seconds: 60)),
        ]
        let results = Self.engine("2008-10").callIndicators(calls)
        #expect(Self.counts(results, "P5.attend_urban_15m") == "1/2")
        #expect(Self.counts(results, "P5.attend_rural_20m") == "1/1")
        #expect(Self.counts(results, "P5.eta_given") == "0/1")
    }

    @Test("appointments: made within 48 h by received_at; kept is placed by appointment_at and pending until 30 minutes after it")
    func appointments() throws {
        let received = Self.at("2009-01-30T10:00:00Z")
        let calls = [
            // Due 31 Jan 10:00, arrived 10:30 exactly: made within 48 h, kept.
            CallFact(
                received: received, is999: false, response: .appointment, arrived: Self.at("2009-01-31T10:30:00Z"),
                appointment: Self.at("2009-01-31T10:00:00Z")),
            // Due 1 Feb 10:00: made within 48 h (January); kept belongs to February.
            CallFact(
                received: received, is999: false, response: .appointment, arrived: Self.at("2009-02-01T10:00:00Z"),
                appointment: Self.at("2009-02-01T10:00:00Z")),
            // Due 31 Jan 23:45, within half an hour of as-of (00:00 1 Feb): pending, in neither.
            CallFact(received: received, is999: false, response: .appointment, appointment: Self.at("2009-01-31T23:45:00Z")),
            // Due 48 h and one second later: not made within 48 h; due in February.
            CallFact(received: received, is999: false, response: .appointment, appointment: Self.at("2009-02-01T10:00:01Z")),
        ]
        let results = Self.engine().callIndicators(calls)
        #expect(Self.counts(results, "P6.appointment_48h") == "3/4")
        #expect(Self.counts(results, "P6.appointment_kept") == "1/1")
        let february = Self.engine("2009-02", asOf: "2009-03-01T00:00:00Z").callIndicators(calls)
        #expect(Self.counts(february, "P6.appointment_kept") == "1/2")
    }

    @Test("no calls: a denominator of 0 has no value; the target is the spec's unless the force sets its own")
    func empty() throws {
        let results = Self.engine(targets: ["P5.answer_10s": 0.95]).callIndicators([])
        let answering = try #require(Self.result(results, "P5.answer_10s"))
        #expect(answering.denominator == 0 && answering.value == nil && answering.interval == nil && answering.pValueBelowTarget == nil)
        #expect(answering.target == 0.95 && !answering.targetIsDefault)
        let eta = try #require(Self.result(results, "P5.eta_given"))
        #expect(eta.target == 0.90 && eta.targetIsDefault && eta.smallSample)
    }

    @Test("the monthly series covers whole months only; control limits come from the twelve months before the period")
    func series() throws {
        var calls: [CallFact] = []
        // 2008: each month 90 of 100 answered in time. Q1 2009: 90, 90, then 50 of 100.
        for month in 1...12 {
            for index in 0..<100 {
                let received = Self.at(String(format: "2008-%02d-10T12:00:00Z", month)).adding(seconds: Int64(index))
                calls.append(CallFact(received: received, answered: received.adding(seconds: index < 90 ? 5 : 20), is999: true))
            }
        }
        for (month, within) in [(1, 90), (2, 90), (3, 50)] {
            for index in 0..<100 {
                let received = Self.at(String(format: "2009-%02d-10T12:00:00Z", month)).adding(seconds: Int64(index))
                calls.append(CallFact(received: received, answered: received.adding(seconds: index < within ? 5 : 20), is999: true))
            }
        }
        let result = try #require(Self.result(Self.engine("2009-Q1").callIndicators(calls), "P5.answer_10s"))
        #expect((result.numerator, result.denominator) == (230, 300))
        #expect(result.centre == 0.9)
        #expect(result.series.map(\.month.description) == ["2009-01", "2009-02", "2009-03"])
        #expect(result.series.map { $0.signals.contains(.outsideLimits) } == [false, false, true])
        // As of mid-March, March is not a whole month yet.
        let midMarch = try #require(Self.result(Self.engine("2009-Q1", asOf: "2009-03-15T00:00:00Z").callIndicators(calls), "P5.answer_10s"))
        #expect(midMarch.series.count == 2)
    }
}
