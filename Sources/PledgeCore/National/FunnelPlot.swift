/// A funnel plot of one indicator across forces (Spiegelhalter 2005): each force's share against its
/// denominator, with control limits around the pooled national share that narrow as the denominator grows.
/// A force is judged against the limits for its own size, not ranked: a league table would put forces
/// whose differences are chance in order.
public struct FunnelPlot: Sendable {
    public enum Position: String, Sendable {
        /// Inside the 95% limits: no evidence it differs from the national share.
        case within
        /// Between the 95% and 99.8% limits, above or below: a possible difference.
        case above95, below95
        /// Outside the 99.8% limits: a difference very unlikely to be chance.
        case above998, below998
    }

    public struct Point: Sendable {
        public let forceID: String
        public let forceName: String
        public let numerator: Double
        public let denominator: Double
        public let value: Double
        public let limits95: (lower: Double, upper: Double)
        public let limits998: (lower: Double, upper: Double)
        public let position: Position
    }

    /// Two-sided normal quantiles for 95% and 99.8% limits.
    public static let z95 = 1.959964
    public static let z998 = 3.090232

    public let indicator: IndicatorDefinition
    /// The pooled national share: all forces' numerators over all their denominators.
    public let national: Double?
    public let points: [Point]

    /// Builds the plot from each force's force-level result for the indicator (forces with no records are
    /// left out). Limits use the binomial standard error at the national share, clipped to 0–1.
    public init(indicator: IndicatorDefinition, results: [(forceID: String, forceName: String, result: IndicatorResult)]) {
        self.indicator = indicator
        let counted = results.filter { $0.result.denominator > 0 }
        let numerator = counted.reduce(0) { $0 + $1.result.numerator }
        let denominator = counted.reduce(0) { $0 + $1.result.denominator }
        guard denominator > 0 else {
            national = nil
            points = []
            return
        }
        let p = numerator / denominator
        national = p
        points = counted.map { entry in
            let n = entry.result.denominator
            let value = entry.result.numerator / n
            let limits95 = Self.limits(p, n, Self.z95)
            let limits998 = Self.limits(p, n, Self.z998)
            let position: Position =
                value > limits998.upper
                ? .above998
                : value < limits998.lower
                    ? .below998
                    : value > limits95.upper ? .above95 : value < limits95.lower ? .below95 : .within
            return Point(
                forceID: entry.forceID, forceName: entry.forceName, numerator: entry.result.numerator, denominator: n, value: value,
                limits95: limits95, limits998: limits998, position: position)
        }.sorted { $0.denominator < $1.denominator }
    }

    private init(indicator: IndicatorDefinition, national: Double?, points: [Point]) {
        self.indicator = indicator
        self.national = national
        self.points = points
    }

    /// The same plot without the points whose `forceID` is in `areas`: their records stay in the pooled
    /// share, so the limits and positions of the points shown do not move.
    public func removing(_ areas: Set<String>) -> FunnelPlot {
        FunnelPlot(indicator: indicator, national: national, points: points.filter { !areas.contains($0.forceID) })
    }

    /// `p ± z √(p(1−p)/n)`, clipped to 0–1.
    public static func limits(_ p: Double, _ n: Double, _ z: Double) -> (lower: Double, upper: Double) {
        let spread = z * (p * (1 - p) / n).squareRoot()
        return (max(0, p - spread), min(1, p + spread))
    }
}
