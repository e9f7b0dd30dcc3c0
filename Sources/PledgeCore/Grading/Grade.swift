/// The inspectorate's four grades (docs/grading.md), with their points.
public enum Grade: Int, Comparable, CaseIterable, Sendable {
    case poor = 1, fair, good, excellent

    /// As printed: `EXCELLENT`, `GOOD`, `FAIR`, `POOR`.
    public var label: String {
        switch self {
        case .excellent: "EXCELLENT"
        case .good: "GOOD"
        case .fair: "FAIR"
        case .poor: "POOR"
        }
    }

    /// What the grade means, in the inspectorate's words.
    public var meaning: String {
        switch self {
        case .excellent: "Exceptional performance, consistently above and beyond the required standard."
        case .good: "Meets the standard, though there may be minor dips in performance."
        case .fair: "Performance is variable and falls short of the required standard; remedial action is needed."
        case .poor: "Performance fails to meet an acceptable level; immediate remedial action is needed."
        }
    }

    public var points: Int { rawValue }

    public init?(label: String) {
        guard let grade = Grade.allCases.first(where: { $0.label == label.uppercased() }) else { return nil }
        self = grade
    }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The grade nearest a weighted mean of points, a tie going up (2.5 is GOOD), computed exactly from the
    /// integer sums: floor(Σpw / Σw + 1/2) = floor((2Σpw + Σw) / 2Σw). Nil when nothing is weighted.
    static func nearest(weightedPoints: Int, weights: Int) -> Grade? {
        guard weights > 0 else { return nil }
        return Grade(rawValue: (2 * weightedPoints + weights) / (2 * weights))
    }
}

/// A weighted mean of points, kept as its integer sums so that rounding is exact.
public struct PointsMean: Sendable, Equatable {
    public let weightedPoints: Int
    public let weights: Int

    public init(weightedPoints: Int, weights: Int) {
        self.weightedPoints = weightedPoints
        self.weights = weights
    }

    public var value: Double? { weights > 0 ? Double(weightedPoints) / Double(weights) : nil }
    /// The nearest grade, a tie going up.
    public var grade: Grade? { Grade.nearest(weightedPoints: weightedPoints, weights: weights) }

    /// `(6 + 4 + 4 + 1) / 7`: the sum written out, as docs/grading.md's worked examples are.
    public var workings: String {
        guard let value else { return "nothing graded" }
        return "\(weightedPoints) / \(weights) = \(Self.twoPlaces(value))"
    }

    static func twoPlaces(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
