/// A p-chart: the share each month with limits at three standard errors around a centre line drawn from
/// baseline months, p̄ ± 3√(p̄(1 − p̄)/nᵢ) (docs/statistics.md, "Control charts").
public struct PChart: Sendable, Equatable {
    /// The centre line: the pooled share of the baseline months.
    public let centre: Double
    /// The limits for each point, clipped to [0, 1].
    public let limits: [(lower: Double, upper: Double)]

    /// Limits for `points` around the pooled share of `baseline`; nil when the baseline has no denominator.
    public init?(points: [Proportion], baseline: [Proportion]) {
        let numerator = baseline.map(\.numerator).reduce(0, +)
        let denominator = baseline.map(\.denominator).reduce(0, +)
        guard denominator > 0 else { return nil }
        let p = Double(numerator) / Double(denominator)
        centre = p
        limits = points.map { point in
            guard point.denominator > 0 else { return (0, 1) }
            let spread = 3 * (p * (1 - p) / Double(point.denominator)).squareRoot()
            return (max(0, p - spread), min(1, p + spread))
        }
    }

    public static func == (lhs: PChart, rhs: PChart) -> Bool {
        lhs.centre == rhs.centre && lhs.limits.map(\.lower) == rhs.limits.map(\.lower) && lhs.limits.map(\.upper) == rhs.limits.map(\.upper)
    }
}

/// The special-cause rules of statistical process control as NHS "Making Data Count" uses them.
public enum SPCSignal: String, Sendable, Codable, CaseIterable {
    /// A point outside the control limits.
    case outsideLimits = "outside-limits"
    /// Seven or more consecutive points on one side of the centre line.
    case runOfSeven = "run-of-7"
    /// Seven or more consecutive points each higher, or each lower, than the one before.
    case trendOfSeven = "trend-of-7"

    /// The signals at each point of a series. A month with no value (no denominator) breaks runs and
    /// trends; a point exactly on the centre line breaks a run on one side.
    public static func signals(values: [Double?], centre: Double, limits: [(lower: Double, upper: Double)]) -> [Set<SPCSignal>] {
        var result = [Set<SPCSignal>](repeating: [], count: values.count)
        for (index, value) in values.enumerated() {
            if let value, value < limits[index].lower || value > limits[index].upper { result[index].insert(.outsideLimits) }
        }
        // Runs on one side of the centre line.
        var run: [Int] = []
        var side = 0
        for (index, value) in values.enumerated() {
            let here = value.map { $0 > centre ? 1 : ($0 < centre ? -1 : 0) } ?? 0
            if here != 0 && here == side { run.append(index) } else { run = here == 0 ? [] : [index] }
            side = here
            if run.count >= 7 { for point in run { result[point].insert(.runOfSeven) } }
        }
        // Trends: each point higher (or each lower) than the one before.
        var trend: [Int] = []
        var direction = 0
        for (index, value) in values.enumerated() {
            guard let value else {
                trend = []
                direction = 0
                continue
            }
            guard let last = trend.last, let previous = values[last] else {
                trend = [index]
                continue
            }
            let step = value > previous ? 1 : (value < previous ? -1 : 0)
            if step != 0 && (direction == 0 || step == direction) {
                trend.append(index)
            } else {
                trend = step == 0 ? [index] : [last, index]
            }
            direction = step
            if trend.count >= 7 { for point in trend { result[point].insert(.trendOfSeven) } }
        }
        return result
    }
}

/// An XmR (individuals) chart for a measure that is not a count of trials, such as the share of duty
/// hours spent visibly: the centre line is the mean of the baseline months' values and the limits are
/// centre ± 2.66 × their mean moving range (docs/statistics.md, "Control charts"; NHS Making Data Count).
public struct XmRChart: Sendable, Equatable {
    /// The centre line: the mean of the baseline months' values.
    public let centre: Double
    /// The same limits for every point, clipped to [0, 1].
    public let lower: Double
    public let upper: Double

    /// Limits from the baseline months that have a value; nil with fewer than two (no moving range).
    public init?(baseline: [Double?]) {
        let values = baseline.compactMap { $0 }
        guard values.count >= 2 else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        let movingRanges = zip(values, values.dropFirst()).map { abs($1 - $0) }
        let spread = 2.66 * movingRanges.reduce(0, +) / Double(movingRanges.count)
        centre = mean
        lower = max(0, mean - spread)
        upper = min(1, mean + spread)
    }
}
