/// One finding under a promise: a strength, or a weakness (printed after "But").
public struct Finding: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case strength, weakness }
    /// Where the words came from: drafted from the figures, drafted then edited by an assessor, or added
    /// by an assessor.
    public enum Origin: String, Sendable, Codable { case drafted, edited, added }

    public let kind: Kind
    public let text: String
    public let origin: Origin
    /// The indicator a drafted finding quotes.
    public let indicator: String?

    public init(kind: Kind, text: String, origin: Origin, indicator: String? = nil) {
        self.kind = kind
        self.text = text
        self.origin = origin
        self.indicator = indicator
    }
}

/// Drafts findings from graded figures in the report's plain style, each quoting its share, its counts and
/// its target, and saying what the grading rule said: a strength for each graded indicator at or above its
/// target; a weakness ("But only …, against a target of …") for each graded FAIR or POOR; and for one graded
/// GOOD though below its target, a weakness that says why it is still GOOD (within 2 points of the target,
/// or an interval that reaches it). A weakness opens with "But" only after a strength.
public enum FindingDrafter {
    /// Findings for `gradings`, quoting the counts of the `results` they were graded from.
    public static func draft(_ gradings: [IndicatorGrading], results: [IndicatorResult]) -> [Finding] {
        let counted = Dictionary(results.map { ($0.indicator.id, $0.countText) }, uniquingKeysWith: { first, _ in first })
        func counts(_ grading: IndicatorGrading) -> String { counted[grading.indicator.id] ?? "no counts" }
        let strengths = gradings.compactMap { grading -> Finding? in
            guard let grade = grading.grade, grade >= .good, let value = grading.value, let target = grading.target,
                value >= target - IndicatorGrading.tolerance
            else { return nil }
            let text = "\(Percent.text(value)) \(phrase(grading.indicator)) (\(counts(grading)); target \(Percent.text(target)))."
            return Finding(kind: .strength, text: capitalised(text), origin: .drafted, indicator: grading.indicator.id)
        }
        let opening = strengths.isEmpty ? "" : "But "
        let weaknesses = gradings.compactMap { grading -> Finding? in
            guard let grade = grading.grade, let value = grading.value, let target = grading.target,
                value < target - IndicatorGrading.tolerance
            else { return nil }
            let share = "\(Percent.text(value)) \(phrase(grading.indicator))"
            let text: String
            if grade >= .good, value >= target - 0.02 - IndicatorGrading.tolerance {
                text = "\(share), within 2 points of the target of \(Percent.text(target)) (\(counts(grading)))."
            } else if grade >= .good {
                text = "\(share), short of the target of \(Percent.text(target)) (\(counts(grading))), though not clearly below it."
            } else {
                // "Only" belittles a share that exists; none at all is said plainly.
                text = "\(value > 0 ? "only " : "")\(share), against a target of \(Percent.text(target)) (\(counts(grading)))."
            }
            return Finding(kind: .weakness, text: capitalised(opening + text), origin: .drafted, indicator: grading.indicator.id)
        }
        return strengths + weaknesses
    }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// What the share is of, and what happened, after "94% ".
    static func phrase(_ indicator: IndicatorDefinition) -> String {
        if indicator.id.hasSuffix(".reality_checks") { return "of reality checks of promise \(indicator.promise) were met" }
        return indicator.finding ?? "for \(indicator.title.prefix(1).lowercased() + indicator.title.dropFirst())"
    }

}

extension IndicatorResult {
    /// Its counts as the card quotes them: `9,460 of 10,000`, or `585,335.6 of 617,366.5 hours`.
    public var countText: String {
        "\(Thousands.text(numerator)) of \(Thousands.text(denominator))\(measure.unit == "hours" ? " hours" : "")"
    }
}

/// Counts written with thousands separators, to one decimal place when that is not zero (hours):
/// `141,863`, `585,335.6`.
public enum Thousands {
    public static func text(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        var digits = String(abs(tenths / 10))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return (tenths < 0 ? "-" : "") + digits + grouped + (tenths % 10 == 0 ? "" : ".\(abs(tenths % 10))")
    }

    public static func text(_ value: Int) -> String { text(Double(value)) }
}
