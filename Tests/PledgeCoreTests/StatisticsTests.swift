import PledgeCore
import Testing

/// Wilson intervals, exact binomial p-values, p-chart limits and SPC signals, against published figures.
@Suite("statistics")
struct StatisticsTests {
    /// docs/statistics.md, "The p-value against the target": 80% of n emergencies against an 85% target.
    @Test(
        "Wilson 95% interval and one-sided exact p for 80% against 85%",
        arguments: [
            (n: 50, lower: 0.670, upper: 0.888, p: 0.21), (n: 100, lower: 0.711, upper: 0.867, p: 0.11),
            (n: 200, lower: 0.739, upper: 0.850, p: 0.034), (n: 500, lower: 0.763, upper: 0.833, p: 0.0015),
        ])
    func worked(n: Int, lower: Double, upper: Double, p: Double) throws {
        let share = Proportion(n * 4 / 5, of: n)
        let interval = try #require(share.wilsonInterval())
        #expect(abs(interval.lower - lower) < 0.0006 && abs(interval.upper - upper) < 0.0006, "\(interval)")
        let value = try #require(share.pValueBelow(target: 0.85))
        #expect(abs(value - p) / p < 0.08, "p = \(value)")
    }

    @Test("a clear shortfall at n = 2,000 is decisive; 94% of 15,000 has a narrow interval")
    func large() throws {
        let p = try #require(Proportion(1_600, of: 2_000).pValueBelow(target: 0.85))
        #expect(p < 1e-8 && p > 1e-11)
        let interval = try #require(Proportion(14_100, of: 15_000).wilsonInterval())
        #expect(abs(interval.lower - 0.936) < 0.0006 && abs(interval.upper - 0.944) < 0.0006)
        // Millions of trials neither overflow nor underflow.
        let huge = try #require(Proportion(4_230_000, of: 4_500_000).pValueBelow(target: 0.94))
        #expect(huge > 0.5 && huge <= 1)
    }

    @Test("edges: no denominator has no value; 0% and 100% have proper intervals; p is 1 at or above target")
    func edges() throws {
        #expect(Proportion(0, of: 0).value == nil && Proportion(0, of: 0).wilsonInterval() == nil)
        let none = try #require(Proportion(0, of: 20).wilsonInterval())
        #expect(none.lower == 0 && none.upper > 0.1 && none.upper < 0.2)
        let all = try #require(Proportion(20, of: 20).wilsonInterval())
        #expect(all.upper == 1 && all.lower > 0.8)
        #expect(Proportion(20, of: 20).pValueBelow(target: 0.9) == 1)
        let exact = try #require(Proportion(1, of: 2).pValueBelow(target: 0.5))
        #expect(abs(exact - 0.75) < 1e-12, "P(X ≤ 1 | 2, ½) = ¾")
    }

    @Test("p-chart: centre is the pooled baseline share; limits narrow as n grows and stay within [0, 1]")
    func pChart() throws {
        let baseline = [Proportion(90, of: 100), Proportion(180, of: 200)]
        let chart = try #require(PChart(points: [Proportion(45, of: 50), Proportion(1_800, of: 2_000), Proportion(0, of: 0)], baseline: baseline))
        #expect(chart.centre == 0.9)
        let wide = chart.limits[0]
        let narrow = chart.limits[1]
        #expect(abs(wide.lower - (0.9 - 3 * (0.09 / 50).squareRoot())) < 1e-12)
        #expect(wide.upper == 1, "0.9 + 0.127 is clipped to 1")
        #expect(narrow.upper - narrow.lower < wide.upper - wide.lower)
        #expect(chart.limits[2] == (0, 1) || (chart.limits[2].lower == 0 && chart.limits[2].upper == 1))
        #expect(PChart(points: [], baseline: [Proportion(0, of: 0)]) == nil)
    }

    @Test("SPC: a point outside the limits, a run of 7 on one side, a trend of 7, and what breaks them")
    func signals() {
        let limits = [(lower: 0.8, upper: 0.9)]
        let flat: [(lower: Double, upper: Double)] = Array(repeating: limits[0], count: 9)
        let outside = SPCSignal.signals(values: [0.85, 0.95, 0.85], centre: 0.85, limits: Array(flat.prefix(3)))
        #expect(outside.map { $0.contains(.outsideLimits) } == [false, true, false])

        let sixAbove: [Double?] = [0.86, 0.87, 0.86, 0.87, 0.86, 0.87, 0.84, 0.86, 0.85]
        #expect(SPCSignal.signals(values: sixAbove, centre: 0.85, limits: flat).allSatisfy { !$0.contains(.runOfSeven) })
        let sevenAbove: [Double?] = [0.84, 0.86, 0.87, 0.86, 0.87, 0.86, 0.87, 0.86, 0.84]
        #expect(
            SPCSignal.signals(values: sevenAbove, centre: 0.85, limits: flat).map { $0.contains(.runOfSeven) }
                == [false, true, true, true, true, true, true, true, false])

        let rising: [Double?] = [0.80, 0.81, 0.82, 0.83, 0.84, 0.85, 0.86, 0.85, 0.84]
        #expect(
            SPCSignal.signals(values: rising, centre: 0.85, limits: flat).map { $0.contains(.trendOfSeven) }
                == [true, true, true, true, true, true, true, false, false])
        let broken: [Double?] = [0.80, 0.81, 0.82, nil, 0.83, 0.84, 0.85, 0.86, 0.87]
        #expect(SPCSignal.signals(values: broken, centre: 0.85, limits: flat).allSatisfy { !$0.contains(.trendOfSeven) })
    }
}

/// The ratio estimator and the XmR chart used for P3's hours.
@Suite("ratio estimates and XmR charts")
struct RatioStatisticsTests {
    @Test("merging estimates is the same as adding every unit to one")
    func merge() {
        var all = RatioEstimate()
        var first = RatioEstimate()
        var second = RatioEstimate()
        for (index, (y, x)) in [(6.0, 8.0), (9.5, 10), (4, 8), (3, 6), (7, 7.5)].enumerated() {
            all.add(y, of: x)
            if index < 2 { first.add(y, of: x) } else { second.add(y, of: x) }
        }
        first.merge(second)
        #expect(first.units == 5 && first.numerator == all.numerator && first.denominator == all.denominator)
        #expect(abs(first.standardError! - all.standardError!) < 1e-15)
    }

    @Test("days that all share one ratio have no spread: the interval is the point and the p-value is 0 or 1")
    func noSpread() {
        var estimate = RatioEstimate()
        for hours in [4.0, 8, 10] { estimate.add(hours * 0.75, of: hours) }
        #expect(estimate.value == 0.75 && estimate.standardError == 0)
        #expect(estimate.interval()! == (0.75, 0.75))
        #expect(estimate.pValueBelow(target: 0.8) == 0 && estimate.pValueBelow(target: 0.7) == 1)
    }

    @Test("an XmR chart needs two baseline values; its limits are the mean ± 2.66 mean moving ranges, clipped to [0, 1]")
    func xmr() throws {
        #expect(XmRChart(baseline: [0.9, nil]) == nil)
        let chart = try #require(XmRChart(baseline: [0.9, nil, 0.92, 0.88, 0.9]))
        // Moving ranges 0.02, 0.04, 0.02: mean 0.02667, so 2.66 × 0.02667 = 0.070933.
        #expect(abs(chart.centre - 0.9) < 1e-12 && abs(chart.upper - 0.970933) < 1e-6 && abs(chart.lower - 0.829067) < 1e-6)
        #expect(try #require(XmRChart(baseline: [0.99, 0.5])).upper == 1)
    }
}

@Suite("selection")
struct SelectionTests {
    @Test("quickselect finds the same value as sorting, for every rank, on random, sorted, reversed and repeated values")
    func agreesWithSorting() {
        var generator = SystemRandomNumberGenerator()
        let inputs: [[Int64]] = [
            (0..<501).map { _ in Int64.random(in: 0...1_000, using: &generator) },
            Array(0..<200), Array((0..<200).reversed()), Array(repeating: 7, count: 50), [42],
        ]
        for input in inputs {
            let sorted = input.sorted()
            for rank in input.indices {
                var values = input
                #expect(Selection.select(&values, rank: rank) == sorted[rank])
            }
        }
    }
}
