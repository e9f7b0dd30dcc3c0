import Foundation
import PledgeCore
import Testing

/// The Contact Management Panel's figures from hand-built calls: 2009-Q2 (April to June 2009, British
/// Summer Time), its baseline the twelve months April 2008 to March 2009.
@Suite("contact panel")
struct ContactPanelTests {
    static let zone = ZoneRulesCache.rules(for: "Europe/London")!
    static let directory = NeighbourhoodDirectory([
        .init(id: "CITY", unit: "City", urban: true), .init(id: "VALE", unit: "County", urban: false),
    ])

    static func engine(asOf: String? = nil) -> IndicatorEngine {
        let window = ReportWindow(period: Period("2009-Q2")!, zone: zone, now: Oracle.instant("2010-01-01T00:00:00Z"), asOf: asOf.map(Oracle.instant))
        return IndicatorEngine(window: window, directory: directory)
    }

    /// A call received at `at`, answered `micros` microseconds later (nil: abandoned).
    static func call(_ at: String, answeredAfter micros: Int64?, _ line: String, _ neighbourhood: String?) -> CallFact {
        let received = Oracle.instant(at)
        return CallFact(
            received: received, answered: micros.map { Instant(microseconds: received.microseconds + $0) }, is999: line == "999",
            neighbourhood: neighbourhood)
    }

    static let second: Int64 = 1_000_000

    static let periodCalls = [
        // April, 999.
        call("2009-04-02T10:00:00Z", answeredAfter: 10 * second - 1, "999", "CITY"),  // under 10 s
        call("2009-04-03T10:00:00Z", answeredAfter: 10 * second, "999", "CITY"),  // exactly 10 s: 10 to under 60
        call("2009-04-04T10:00:00Z", answeredAfter: 60 * second - 1, "999", "CITY"),  // 10 to under 60
        call("2009-04-05T10:00:00Z", answeredAfter: 60 * second, "999", "VALE"),  // exactly 60 s: 60 or more
        call("2009-04-06T10:00:00Z", answeredAfter: nil, "999", "VALE"),  // abandoned
        call("2009-04-07T10:00:00Z", answeredAfter: 2 * second, "999", nil),  // no neighbourhood: force only
        // April, 101.
        call("2009-04-08T10:00:00Z", answeredAfter: 30 * second, "101", "CITY"),
        call("2009-04-09T10:00:00Z", answeredAfter: nil, "101", "CITY"),
        // May, 999: 00:30 BST on 1 May, and one on the 20th.
        call("2009-04-30T23:30:00Z", answeredAfter: 3 * second, "999", "CITY"),
        call("2009-05-20T10:00:00Z", answeredAfter: 5 * second, "999", "VALE"),
        // After the period, and before the baseline: in no month.
        call("2009-06-30T23:30:00Z", answeredAfter: 1 * second, "999", "CITY"),
        call("2008-03-30T10:00:00Z", answeredAfter: nil, "999", "VALE"),
    ]

    static func panel(_ calls: [CallFact], asOf: String? = nil) -> ContactPanel {
        let engine = engine(asOf: asOf)
        return ContactPanel(calls: calls, results: engine.callIndicators(calls), engine: engine)
    }

    static func area(_ panel: ContactPanel, _ area: Area) -> ContactPanel.AreaPanel { panel.areas.first { $0.area == area }! }

    /// `month calls abandoned under10/10–60/60+`.
    static func figures(_ months: [ContactPanel.LineMonth]) -> [String] {
        months.map { "\($0.month) \($0.calls) \($0.abandoned) \($0.under10s)/\($0.from10sTo60s)/\($0.over60s)" }
    }

    static func mean(_ seconds: [Double]) -> Double { seconds.reduce(0, +) / Double(seconds.count) }

    @Test("monthly volumes, abandonment and the Home Office bands, boundaries at exactly 10 s and 60 s")
    func force() throws {
        let panel = Self.panel(Self.periodCalls)
        #expect(panel.areas.map(\.area) == [.force, .unit("City"), .unit("County")])
        let force = Self.area(panel, .force)
        #expect(Self.figures(force.emergency) == ["2009-04 6 1 2/2/1", "2009-05 2 0 2/0/0", "2009-06 0 0 0/0/0"])
        #expect(Self.figures(force.nonEmergency) == ["2009-04 2 1 0/1/0", "2009-05 0 0 0/0/0", "2009-06 0 0 0/0/0"])
        let april = force.emergency[0]
        #expect(april.answered == 5)
        #expect((april.abandonedShare.numerator, april.abandonedShare.denominator) == (1, 6))
        let mean = try #require(april.meanSecondsToAnswer)
        #expect(abs(mean - Self.mean([9.999999, 10, 59.999999, 60, 2])) < 1e-9)
        #expect(force.emergency[1].meanSecondsToAnswer == 4)
        #expect(force.nonEmergency[0].meanSecondsToAnswer == 30)
        // No call answered: no mean.
        #expect(force.emergency[2].meanSecondsToAnswer == nil)
        #expect(force.nonEmergency[1].meanSecondsToAnswer == nil)
    }

    @Test("each unit has its own neighbourhoods' calls; calls with no neighbourhood count only for the force")
    func units() throws {
        let panel = Self.panel(Self.periodCalls)
        let city = Self.area(panel, .unit("City"))
        #expect(Self.figures(city.emergency) == ["2009-04 3 0 1/2/0", "2009-05 1 0 1/0/0", "2009-06 0 0 0/0/0"])
        #expect(Self.figures(city.nonEmergency) == ["2009-04 2 1 0/1/0", "2009-05 0 0 0/0/0", "2009-06 0 0 0/0/0"])
        let cityMean = try #require(city.emergency[0].meanSecondsToAnswer)
        #expect(abs(cityMean - Self.mean([9.999999, 10, 59.999999])) < 1e-9)
        let county = Self.area(panel, .unit("County"))
        #expect(Self.figures(county.emergency) == ["2009-04 2 1 0/0/1", "2009-05 1 0 1/0/0", "2009-06 0 0 0/0/0"])
        #expect(county.emergency[0].meanSecondsToAnswer == 60)
    }

    @Test("the force's 999 months agree with the engine's Home Office table")
    func homeOfficeTable() {
        let engine = Self.engine()
        let calls = Self.periodCalls + [Self.call("2009-06-10T10:00:00Z", answeredAfter: 61 * Self.second, "999", "VALE")]
        let panel = ContactPanel(calls: calls, results: engine.callIndicators(calls), engine: engine)
        let table = CallTimes.homeOfficeTable(calls, window: engine.window)
        let force = Self.area(panel, .force).emergency
        #expect(force.map(\.month) == table.map(\.month))
        #expect(
            force.map { [$0.calls, $0.abandoned, $0.under10s, $0.from10sTo60s, $0.over60s] }
                == table.map { [$0.calls, $0.abandoned, $0.under10s, $0.from10sTo60s, $0.over60s] })
        #expect(force.map(\.meanSecondsToAnswer) == table.map(\.meanSecondsToAnswer))
        #expect(Self.figures([force[2]]) == ["2009-06 1 0 0/0/1"])
    }

    @Test("only the whole months ended by as-of are shown")
    func asOf() {
        let panel = Self.panel(Self.periodCalls, asOf: "2009-05-20T12:00:00Z")
        #expect(Self.figures(Self.area(panel, .force).emergency) == ["2009-04 6 1 2/2/1"])
    }

    @Test("the engine's call measures for the area ride along, in the panel's order")
    func measures() throws {
        let panel = Self.panel(Self.periodCalls)
        let force = Self.area(panel, .force)
        let ids = force.measures.map(\.indicator.id)
        #expect(ids == ContactPanel.measures.filter(ids.contains))
        #expect(force.measures.allSatisfy { $0.area == .force })
        // P5.answer_10s: within 10 s, so exactly 10 s counts (unlike the Home Office band); the abandoned call counts against.
        let answer = try #require(force.measures.first { $0.indicator.id == "P5.answer_10s" })
        #expect((answer.numerator, answer.denominator) == (5, 8))
        let city = try #require(Self.area(panel, .unit("City")).measures.first { $0.indicator.id == "P5.answer_10s" })
        #expect((city.numerator, city.denominator) == (3, 4))
    }

    @Test("abandonment limits are there only when the area's baseline months had calls")
    func limits() throws {
        let without = Self.panel(Self.periodCalls)
        for area in without.areas {
            #expect((area.emergency + area.nonEmergency).allSatisfy { $0.abandonedLimits == nil }, "\(area.area)")
        }
        // Baseline: 20 emergency calls in VALE in October 2008, 4 abandoned: a centre of 20%.
        let baseline = (0..<20).map { index in
            Self.call("2008-10-\(String(format: "%02d", index + 1))T10:00:00Z", answeredAfter: index < 4 ? nil : 5 * Self.second, "999", "VALE")
        }
        let with = Self.panel(Self.periodCalls + baseline)
        let force = Self.area(with, .force)
        // April: 6 calls; 3 × sqrt(0.2 × 0.8 / 6) = 0.4899 above and below 0.2, clipped at 0.
        let april = try #require(force.emergency[0].abandonedLimits)
        #expect(april.lower == 0)
        #expect(abs(april.upper - (0.2 + 3 * (0.2 * 0.8 / 6).squareRoot())) < 1e-12)
        // May: 2 calls, the upper limit clipped at 1.
        let may = try #require(force.emergency[1].abandonedLimits)
        #expect(may.lower == 0 && may.upper == 1)
        // The baseline months' calls are not shown as months of the period.
        #expect(force.emergency.count == 3)
        #expect(Self.figures(force.emergency)[0] == "2009-04 6 1 2/2/1")
        // County's baseline had the calls; City's and the 101 line's had none.
        #expect(Self.area(with, .unit("County")).emergency[0].abandonedLimits != nil)
        #expect(Self.area(with, .unit("City")).emergency.allSatisfy { $0.abandonedLimits == nil })
        #expect(force.nonEmergency.allSatisfy { $0.abandonedLimits == nil })
        // A bigger month: 100 calls in June (10 abandoned) give limits inside (0, 1).
        let june = (0..<100).map { index in
            Self.call(
                "2009-06-\(String(format: "%02d", index / 5 + 1))T1\(index % 5):00:00Z", answeredAfter: index < 10 ? nil : Self.second, "999", nil)
        }
        let busy = try #require(Self.area(Self.panel(Self.periodCalls + baseline + june), .force).emergency[2].abandonedLimits)
        let spread = 3 * (0.2 * 0.8 / 100).squareRoot()
        #expect(abs(busy.lower - (0.2 - spread)) < 1e-12 && abs(busy.upper - (0.2 + spread)) < 1e-12)
    }
}
