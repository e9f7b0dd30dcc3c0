/// One indicator for one area and period, with its statistics (docs/indicators.md, "What
/// each result carries").
public struct IndicatorResult: Sendable {
    public let indicator: IndicatorDefinition
    public let area: Area
    /// What was counted (or summed) for the period.
    public let measure: Measure
    /// The target used, and whether it is the default or the force's own.
    public let target: Double?
    public let targetIsDefault: Bool
    /// Each whole month of the period.
    public let series: [MonthPoint]
    /// The control chart's centre line, from the months before the period (nil without a baseline).
    public let centre: Double?
    /// The months the result stood on and those it left out for want of records (nil: not known).
    public let coverage: CoverageNote?

    public init(
        indicator: IndicatorDefinition, area: Area, measure: Measure, target: Double?, targetIsDefault: Bool, series: [MonthPoint],
        centre: Double?, coverage: CoverageNote? = nil
    ) {
        self.coverage = coverage
        self.indicator = indicator
        self.area = area
        self.measure = measure
        self.target = target
        self.targetIsDefault = targetIsDefault
        self.series = series
        self.centre = centre
    }

    /// Records that met the rule, or hours (P3's hours indicators).
    public var numerator: Double { measure.numerator }
    /// Records counted, or hours.
    public var denominator: Double { measure.denominator }
    /// Nil for a denominator of 0: no value, no grade.
    public var value: Double? { measure.value }
    /// The 95% interval: Wilson's for a share of records, the ratio estimator's for hours.
    public var interval: (lower: Double, upper: Double)? { measure.interval }
    /// P(a value this low | the target were true); nil without a target or a denominator.
    public var pValueBelowTarget: Double? { target.flatMap { measure.pValueBelow(target: $0) } }
    /// Why there is no value, when the period holds no records of the indicator's kind.
    public var noRecords: String? { coverage?.noRecords }
    /// Fewer than 30 records (or officer-days) behind the value.
    public var smallSample: Bool { measure.sampleSize < 30 }

    /// One month of the series, with its control limits and the signals it shows.
    public struct MonthPoint: Sendable {
        public let month: YearMonth
        public let measure: Measure
        public let lower: Double?
        public let upper: Double?
        public let signals: Set<SPCSignal>

        public init(month: YearMonth, measure: Measure, lower: Double?, upper: Double?, signals: Set<SPCSignal>) {
            self.month = month
            self.measure = measure
            self.lower = lower
            self.upper = upper
            self.signals = signals
        }

        public var numerator: Double { measure.numerator }
        public var denominator: Double { measure.denominator }
        public var value: Double? { measure.value }
    }

    /// What an indicator measures: a share of records meeting a rule, or a share of hours summed over
    /// officer-days. The two need different statistics (see `RatioEstimate`).
    public enum Measure: Sendable {
        case records(Proportion)
        case hours(RatioEstimate)

        public var numerator: Double {
            switch self {
            case .records(let share): Double(share.numerator)
            case .hours(let ratio): ratio.numerator
            }
        }

        public var denominator: Double {
            switch self {
            case .records(let share): Double(share.denominator)
            case .hours(let ratio): ratio.denominator
            }
        }

        public var value: Double? {
            switch self {
            case .records(let share): share.value
            case .hours(let ratio): ratio.value
            }
        }

        public var interval: (lower: Double, upper: Double)? {
            switch self {
            case .records(let share): share.wilsonInterval()
            case .hours(let ratio): ratio.interval()
            }
        }

        public func pValueBelow(target: Double) -> Double? {
            switch self {
            case .records(let share): share.pValueBelow(target: target)
            case .hours(let ratio): ratio.pValueBelow(target: target)
            }
        }

        /// The independent units behind the value: records, or officer-days.
        public var sampleSize: Int {
            switch self {
            case .records(let share): share.denominator
            case .hours(let ratio): ratio.units
            }
        }

        /// What the numerator and denominator count: `records` or `hours`.
        public var unit: String {
            switch self {
            case .records: "records"
            case .hours: "hours"
            }
        }
    }
}
