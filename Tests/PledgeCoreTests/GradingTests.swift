import PledgeCore
import Testing

/// Grading as docs/grading.md says: each indicator at every boundary, the promise and force means with
/// their rounding, the caps, NOT ASSESSED and overrides, and the worked examples of the published grades.
@Suite("grading")
struct GradingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let value: Double, target: Double, lower: Double, upper: Double, monthsBelow: Int, expected: Grade
        var testDescription: String { "p \(value), t \(target), [\(lower), \(upper)], \(monthsBelow) months below → \(expected.label)" }
    }

    static let boundaries: [Case] = [
        // EXCELLENT: p ≥ t + 5, lo ≥ t, no month of 30+ below target.
        Case(value: 0.95, target: 0.90, lower: 0.90, upper: 0.97, monthsBelow: 0, expected: .excellent),
        Case(value: 0.95, target: 0.90, lower: 0.8999, upper: 0.97, monthsBelow: 0, expected: .good),
        Case(value: 0.9499, target: 0.90, lower: 0.92, upper: 0.97, monthsBelow: 0, expected: .good),
        Case(value: 0.97, target: 0.90, lower: 0.95, upper: 0.99, monthsBelow: 1, expected: .good),
        // Where t + 5 > 100: p ≥ 99.5 instead.
        Case(value: 0.995, target: 0.97, lower: 0.97, upper: 0.999, monthsBelow: 0, expected: .excellent),
        Case(value: 0.994, target: 0.97, lower: 0.98, upper: 0.999, monthsBelow: 0, expected: .good),
        Case(value: 1.0, target: 1.0, lower: 1.0, upper: 1.0, monthsBelow: 0, expected: .excellent),
        // GOOD: p ≥ t − 2, or the interval reaches the target.
        Case(value: 0.88, target: 0.90, lower: 0.86, upper: 0.89, monthsBelow: 3, expected: .good),
        Case(value: 0.8799, target: 0.90, lower: 0.86, upper: 0.8999, monthsBelow: 3, expected: .fair),
        Case(value: 0.80, target: 0.90, lower: 0.60, upper: 0.90, monthsBelow: 3, expected: .good),
        // FAIR: p ≥ t − 15; POOR below.
        Case(value: 0.75, target: 0.90, lower: 0.74, upper: 0.76, monthsBelow: 0, expected: .fair),
        Case(value: 0.7499, target: 0.90, lower: 0.74, upper: 0.76, monthsBelow: 0, expected: .poor),
        Case(value: 0.0, target: 0.90, lower: 0.0, upper: 0.01, monthsBelow: 0, expected: .poor),
    ]

    @Test("an indicator's grade at every boundary of §1", arguments: boundaries)
    func indicatorBoundaries(_ c: Case) {
        let months = (0..<c.monthsBelow).map { YearMonth(year: 2008, month: 4 + $0)! }
        let (grade, rule) = IndicatorGrading.judge(value: c.value, target: c.target, interval: (c.lower, c.upper), monthsBelowTarget: months)
        #expect(grade == c.expected, "\(rule)")
    }

    static func result(_ id: String, _ numerator: Int, of denominator: Int, months: [(Int, Int)] = []) -> IndicatorResult {
        let series = months.enumerated().map { index, counts in
            IndicatorResult.MonthPoint(
                month: YearMonth(year: 2008, month: 4 + index)!, measure: .records(Proportion(counts.0, of: counts.1)), lower: nil, upper: nil,
                signals: [])
        }
        let definition = IndicatorCatalogue.definition(id)!
        return IndicatorResult(
            indicator: definition, area: .force, measure: .records(Proportion(numerator, of: denominator)), target: definition.defaultTarget,
            targetIsDefault: true, series: series, centre: nil)
    }

    @Test("from stored counts: the Wilson interval and the whole months decide, a month under 30 does not count")
    func fromResults() {
        // 960 of 1,000 against 90%: interval well above the target.
        #expect(IndicatorGrading(Self.result("P10.discussed", 960, of: 1_000, months: [(80, 80), (20, 29)])).grade == .excellent)
        // The same, but one month of 30 fell short.
        let dipped = IndicatorGrading(Self.result("P10.discussed", 960, of: 1_000, months: [(80, 80), (25, 30)]))
        #expect(dipped.grade == .good)
        #expect(dipped.monthsBelowTarget == [YearMonth(year: 2008, month: 5)!])
        // 17 of 20 (85%) against 90%: more than 2 points below, but the small sample's interval reaches 90%.
        #expect(IndicatorGrading(Self.result("P10.discussed", 17, of: 20)).grade == .good)
        // Nothing counted: no grade. Informational: no grade.
        #expect(IndicatorGrading(Self.result("P10.discussed", 0, of: 0)).grade == nil)
        #expect(IndicatorGrading(Self.result("P1.respect_gap", 3, of: 10)).grade == nil)
    }

    static func graded(_ id: String, _ grade: Grade) -> IndicatorGrading {
        IndicatorGrading(
            indicator: IndicatorCatalogue.definition(id)!, value: nil, target: nil, interval: nil, monthsBelowTarget: [], grade: grade, rule: "given")
    }

    @Test("the spec's worked promises: 5 FAIR (15/7), 10 GOOD (10/4, a tie goes up), 9 FAIR (7/3)")
    func workedPromises() {
        let five = PromiseGrading(
            promise: 5,
            indicators: [
                Self.graded("P5.answer_10s", .good), Self.graded("P5.attend_urban_15m", .fair), Self.graded("P5.attend_rural_20m", .fair),
                Self.graded("P5.eta_given", .poor),
            ])
        #expect(five.mean == PointsMean(weightedPoints: 15, weights: 7))
        #expect(five.computed == .fair)
        #expect(five.explanation.contains("15 / 7 = 2.14"))
        let ten = PromiseGrading(
            promise: 10,
            indicators: [Self.graded("P10.ack_24h", .good), Self.graded("P10.discussed", .good), Self.graded("P10.callback_recorded", .poor)])
        #expect(ten.mean == PointsMean(weightedPoints: 10, weights: 4))
        #expect(ten.computed == .good)
        let nine = PromiseGrading(promise: 9, indicators: [Self.graded("P9.kept_informed", .good), Self.graded("P9.preferences_recorded", .poor)])
        #expect(nine.mean == PointsMean(weightedPoints: 7, weights: 3))
        #expect(nine.computed == .fair)
    }

    @Test("a promise with nothing graded is NOT ASSESSED; an override is published and the computed grade kept")
    func notAssessedAndOverride() {
        let none = PromiseGrading(promise: 3, indicators: [IndicatorGrading(Self.result("P3.retention", 0, of: 0))])
        #expect(none.computed == nil && none.published == nil)
        #expect(none.explanation.hasPrefix("NOT ASSESSED"))
        let override = GradeOverride(grade: .fair, reason: "visits found boards out of date", assessor: "HMI Smith", at: Instant(microseconds: 0))
        let five = PromiseGrading(promise: 2, indicators: [Self.graded("P2.published", .good)], override: override)
        #expect(five.computed == .good && five.published == .fair)
        #expect(five.explanation.contains("assessed as FAIR by HMI Smith: visits found boards out of date"))
    }

    static func force(promises: [Grade?], areas: [Grade?] = [.good, .good, .good]) -> ForceGrading {
        ForceGrading(
            promises: Dictionary(uniqueKeysWithValues: promises.enumerated().map { ($0.offset + 1, $0.element) }),
            improvementAreas: Dictionary(uniqueKeysWithValues: areas.enumerated().map { ($0.offset + 1, $0.element) }))
    }

    @Test("the spec's worked forces: Leicestershire GOOD (37/13), Gwent FAIR (32/13), North Wales FAIR (29/13)")
    func workedForces() {
        let leicestershire = Self.force(promises: [.good, .good, .good, .good, .fair, .good, .good, .good, .fair, .good])
        #expect(leicestershire.mean == PointsMean(weightedPoints: 37, weights: 13))
        #expect(leicestershire.grade == .good && leicestershire.cap == nil)
        let gwent = Self.force(promises: [.good, .good, .good, .fair, .fair, .fair, .fair, .fair, .fair, .fair], areas: [.good, .good, .good])
        #expect(gwent.mean == PointsMean(weightedPoints: 32, weights: 13))
        #expect(gwent.grade == .fair)
        let northWales = Self.force(promises: [.good, .good, .good] + Array(repeating: .fair, count: 7), areas: [.fair, .fair, .fair])
        #expect(northWales.mean == PointsMean(weightedPoints: 29, weights: 13))
        #expect(northWales.grade == .fair)
    }

    @Test("the caps: a POOR promise holds the force at FAIR; EXCELLENT needs no promise below GOOD and half EXCELLENT")
    func caps() {
        let poor = Self.force(promises: Array(repeating: .excellent, count: 9) + [.poor], areas: [.excellent, .excellent, .excellent])
        #expect(poor.uncapped == .excellent && poor.grade == .fair)
        let belowGood = Self.force(promises: Array(repeating: .excellent, count: 9) + [.fair], areas: [.excellent, .excellent, .excellent])
        #expect(belowGood.uncapped == .excellent && belowGood.grade == .good)
        let fourExcellent = Self.force(
            promises: Array(repeating: .excellent, count: 4) + Array(repeating: .good, count: 6), areas: [.excellent, .excellent, .excellent])
        #expect(fourExcellent.mean == PointsMean(weightedPoints: 46, weights: 13))
        #expect(fourExcellent.uncapped == .excellent && fourExcellent.grade == .good)
        let fiveExcellent = Self.force(
            promises: Array(repeating: .excellent, count: 5) + Array(repeating: .good, count: 5), areas: [.excellent, .excellent, .excellent])
        #expect(fiveExcellent.grade == .excellent && fiveExcellent.cap == nil)
        // A POOR promise under a mean that rounds to FAIR or below changes nothing.
        let low = Self.force(promises: [.poor, .fair, .fair, .fair, .fair, .fair, .fair, .fair, .fair, .fair], areas: [nil, nil, nil])
        #expect(low.grade == .fair && low.cap == nil)
        #expect(Self.force(promises: Array(repeating: nil, count: 10), areas: [nil, nil, nil]).grade == nil)
    }
}
