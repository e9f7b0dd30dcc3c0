import Foundation
import PledgeCore
import PledgeCoreFixtures
import Testing

/// P3.visible_time and P3.abstraction from hand-built duty days, sums written out.
@Suite("duty-hours indicators")
struct DutyIndicatorTests {
    typealias T = CallIndicatorTests

    static func day(_ neighbourhood: String, _ date: String, duty: Double, visible: Double, abstracted: Double = 0) -> DutyFact {
        EngineFixture.dutyDay(neighbourhood, date, duty: duty, visible: visible, abstracted: abstracted)
    }

    static let january = EngineFixture.januaryDuty

    @Test("hours visible and abstracted over hours on duty, by the day's date, per neighbourhood and unit, never urban or rural")
    func sums() throws {
        let results = T.engine("2009-01").dutyIndicators(Self.january)
        #expect(T.counts(results, "P3.visible_time") == "22.5/32")
        #expect(T.counts(results, "P3.visible_time", .neighbourhood("CITY")) == "15.5/18")
        #expect(T.counts(results, "P3.visible_time", .unit("County")) == "4/8")
        #expect(T.counts(results, "P3.abstraction") == "4.5/32")
        #expect(T.counts(results, "P3.visible_time", .urban) == nil && T.counts(results, "P3.visible_time", .rural) == nil)
        let visible = try #require(T.result(results, "P3.visible_time"))
        #expect(visible.measure.unit == "hours" && visible.measure.sampleSize == 4 && visible.smallSample)
        #expect(visible.target == 0.80 && T.result(results, "P3.abstraction")?.target == nil)
    }

    @Test("the interval treats officer-days, not hours, as the sampling units (ratio estimator, worked by hand)")
    func interval() throws {
        // R = 22.5 / 32 = 0.703125; residuals y − R·x = 0.375, 2.46875, −1.625, −1.21875, whose squares sum to
        // 10.361328125; var = 10.361328125 / (3 · 4 · 8²) so se = 0.1161521; R ± 1.959964·se.
        let visible = try #require(T.result(T.engine("2009-01").dutyIndicators(Self.january), "P3.visible_time"))
        let interval = try #require(visible.interval)
        #expect(abs(interval.lower - 0.4754710) < 1e-6 && abs(interval.upper - 0.9307790) < 1e-6)
        // Φ((0.703125 − 0.80) / 0.1161521) = 0.2021304: not clearly below 80% with four days.
        #expect(abs(try #require(visible.pValueBelowTarget) - 0.2021304) < 1e-6)
    }

    @Test("no duty days, or days of no hours: no value, no interval, no grade")
    func empty() throws {
        let none = try #require(T.result(T.engine("2009-01").dutyIndicators([]), "P3.visible_time"))
        #expect(none.denominator == 0 && none.value == nil && none.interval == nil && none.pValueBelowTarget == nil)
        let idle = try #require(
            T.result(T.engine("2009-01").dutyIndicators([Self.day("CITY", "2009-01-05", duty: 0, visible: 0)]), "P3.visible_time"))
        #expect(idle.measure.sampleSize == 1 && idle.value == nil)
    }

    @Test("the monthly series is charted XmR from the months before the period; a month outside the limits signals")
    func series() throws {
        // Baseline: October 0.90, November 0.92, December 0.88 (mean 0.90, mean moving range 0.03, limits 0.90 ± 0.0798).
        let baseline = [("2008-10-06", 9.0), ("2008-11-06", 9.2), ("2008-12-06", 8.8)].map { Self.day("CITY", $0.0, duty: 10, visible: $0.1) }
        let quarter = [("2009-01-06", 9.0), ("2009-02-06", 9.5), ("2009-03-06", 6.0)].map { Self.day("CITY", $0.0, duty: 10, visible: $0.1) }
        let visible = try #require(T.result(T.engine("2009-Q1").dutyIndicators(baseline + quarter), "P3.visible_time"))
        #expect(abs(try #require(visible.centre) - 0.90) < 1e-12)
        #expect(visible.series.map(\.month.description) == ["2009-01", "2009-02", "2009-03"])
        #expect(visible.series.map { $0.value.map { ($0 * 100).rounded() } } == [90, 95, 60])
        #expect(abs(try #require(visible.series[0].upper) - (0.90 + 2.66 * 0.03)) < 1e-12)
        #expect(visible.series.map { $0.signals.contains(.outsideLimits) } == [false, false, true])
    }
}
