/// One indicator's grade (`grading.md` §1), with what it was judged on and the rule that decided it.
public struct IndicatorGrading: Sendable {
    public let indicator: IndicatorDefinition
    /// Value, target and interval as shares (0…1), as the result holds them.
    public let value: Double?
    public let target: Double?
    public let interval: (lower: Double, upper: Double)?
    /// Whole months of the period with a sample of at least 30 that fell short of the target.
    public let monthsBelowTarget: [YearMonth]
    /// Nil: informational, no value, or no target: not graded.
    public let grade: Grade?
    /// The rule that gave the grade (or why there is none), in words with the numbers.
    public let rule: String

    /// Comparisons tolerate this much (in shares) so that a value exactly on a boundary, computed from
    /// counts in floating point, lands on the side the spec gives it ("at least").
    static let tolerance = 1e-9

    /// Grades a force-level result by `grading.md` §1.
    public init(_ result: IndicatorResult) {
        indicator = result.indicator
        value = result.value
        target = result.target
        interval = result.interval
        guard let target = result.target, !result.indicator.isInformational else {
            monthsBelowTarget = []
            grade = nil
            rule = "informational: not graded"
            return
        }
        monthsBelowTarget = result.series.filter { point in
            point.measure.sampleSize >= 30 && (point.value.map { $0 < target - Self.tolerance } ?? false)
        }.map(\.month)
        guard let value = result.value, let interval = result.interval else {
            grade = nil
            rule = result.noRecords.map { "no value: \($0)" } ?? "no value: nothing was counted in the period"
            return
        }
        (grade, rule) = Self.judge(value: value, target: target, interval: interval, monthsBelowTarget: monthsBelowTarget)
    }

    /// A grading as recorded elsewhere (an assessment, a stored report).
    public init(
        indicator: IndicatorDefinition, value: Double?, target: Double?, interval: (lower: Double, upper: Double)?,
        monthsBelowTarget: [YearMonth], grade: Grade?, rule: String
    ) {
        self.indicator = indicator
        self.value = value
        self.target = target
        self.interval = interval
        self.monthsBelowTarget = monthsBelowTarget
        self.grade = grade
        self.rule = rule
    }

    /// The rule of §1 on a value, target and interval (shares, 0…1), with the months that fell short.
    public static func judge(value p: Double, target t: Double, interval: (lower: Double, upper: Double), monthsBelowTarget: [YearMonth])
        -> (Grade, String)
    {
        let e = tolerance
        func pct(_ share: Double) -> String { Percent.text(share) }
        let excellentValue = t + 0.05 > 1 ? 0.995 : t + 0.05
        if p >= excellentValue - e && interval.lower >= t - e && monthsBelowTarget.isEmpty {
            return (
                .excellent,
                "\(pct(p)) is at least \(pct(excellentValue)), the interval's lower end \(pct(interval.lower)) is at least the target \(pct(t)), and no month of 30 or more fell short"
            )
        }
        if p >= t - 0.02 - e || interval.upper >= t - e {
            // Say which half of the rule gave the grade: within 2 points, or an interval reaching the target.
            if p >= t - 0.02 - e { return (.good, "\(pct(p)) is within 2 points of the target \(pct(t))") }
            return (.good, "the interval's upper end \(pct(interval.upper)) reaches the target \(pct(t)): not clearly below it")
        }
        if p >= t - 0.15 - e {
            return (.fair, "\(pct(p)) is below the target \(pct(t)), by no more than 15 points")
        }
        return (.poor, "\(pct(p)) is more than 15 points below the target \(pct(t))")
    }
}

/// Shares written as percentages for findings and explanations: one decimal place, trailing ".0" dropped.
public enum Percent {
    public static func text(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(abs(tenths % 10))%"
    }
}
