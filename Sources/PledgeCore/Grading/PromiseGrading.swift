/// An assessor's grade in place of the computed one, with the reason the report prints.
public struct GradeOverride: Sendable, Equatable {
    public let grade: Grade
    public let reason: String
    /// Who set it and when (the assessment's version).
    public let assessor: String
    public let at: Instant

    public init(grade: Grade, reason: String, assessor: String, at: Instant) {
        self.grade = grade
        self.reason = reason
        self.assessor = assessor
        self.at = at
    }
}

/// One promise's grade (`grading.md` §2): the weighted mean of its graded indicators, rounded to the
/// nearest grade with a tie going up; NOT ASSESSED (nil) when none is graded. An assessor's override is
/// kept beside the computed grade and is the one published.
public struct PromiseGrading: Sendable {
    public let promise: Int
    public let indicators: [IndicatorGrading]
    public let mean: PointsMean
    /// The grade the figures give.
    public let computed: Grade?
    public let override: GradeOverride?

    /// The grade the report publishes: the assessor's when there is one.
    public var published: Grade? { override?.grade ?? computed }

    public init(promise: Int, indicators: [IndicatorGrading], override: GradeOverride? = nil) {
        self.promise = promise
        self.indicators = indicators
        let graded = indicators.compactMap { grading in grading.grade.map { (grade: $0, weight: grading.indicator.weight) } }
        mean = PointsMean(
            weightedPoints: graded.reduce(0) { $0 + $1.grade.points * $1.weight }, weights: graded.reduce(0) { $0 + $1.weight })
        computed = mean.grade
        self.override = override
    }

    /// How the grade came about, e.g. "P5.answer_10s GOOD ×2, … : (6 + 4 + 4 + 1) / 7 = 2.14: FAIR".
    public var explanation: String {
        let graded = indicators.filter { $0.grade != nil }
        guard let computed else { return "NOT ASSESSED: none of its indicators could be graded" }
        let terms = graded.map { "\($0.indicator.id) \($0.grade!.label) (\($0.grade!.points) × weight \($0.indicator.weight))" }
        var text = terms.joined(separator: ", ") + ": \(mean.workings), nearest grade (a tie goes up): \(computed.label)"
        if let override { text += "; assessed as \(override.grade.label) by \(override.assessor): \(override.reason)" }
        return text
    }
}
