/// One indicator for one area and period, with its statistics (`shared/spec/indicators.md`, "Each
/// result carries").
public struct IndicatorResult: Sendable {
    public let indicator: IndicatorDefinition
    public let area: Area
    public let numerator: Int
    public let denominator: Int
    /// The target used, and whether it is the spec's default or the force's own.
    public let target: Double?
    public let targetIsDefault: Bool
    /// Each whole month of the period.
    public let series: [MonthPoint]
    /// The control chart's centre line, from the months before the period (nil without a baseline).
    public let centre: Double?

    public var proportion: Proportion { Proportion(numerator, of: denominator) }
    /// Nil for a denominator of 0: no value, no grade.
    public var value: Double? { proportion.value }
    public var interval: (lower: Double, upper: Double)? { proportion.wilsonInterval() }
    /// P(a numerator this low | the target were true); nil without a target or a denominator.
    public var pValueBelowTarget: Double? { target.flatMap { proportion.pValueBelow(target: $0) } }
    /// A denominator under 30.
    public var smallSample: Bool { denominator < 30 }

    /// One month of the series, with its control limits and the signals it shows.
    public struct MonthPoint: Sendable {
        public let month: YearMonth
        public let numerator: Int
        public let denominator: Int
        public let lower: Double?
        public let upper: Double?
        public let signals: Set<SPCSignal>

        public var value: Double? { Proportion(numerator, of: denominator).value }
    }
}
