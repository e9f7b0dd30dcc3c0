/// The indicators of one force, period and as-of, in the stable shape the CLI prints as JSON and the
/// website and API serve (documented in docs/indicators-json.md). Keys are snake_case; values that do not
/// exist (no denominator, no target) are `null`, never missing.
public struct IndicatorReport: Codable, Sendable {
    public let force: ForceRef
    public let period: PeriodRef
    public let indicators: [Entry]
    public let homeOffice999: [HomeOfficeRow]
    public let times: [TimeRow]
    public let complaintsByPromise: [ComplaintRow]
    public let respectGap: [GapRow]
    public let narrative: Narrative

    /// P1.respect_gap for one area.
    public struct GapRow: Codable, Sendable {
        public let area: String
        public let groups: [GroupShare]
        public let largestGapPoints: Double?
        public let lowestGroup: String?
        public let highestGroup: String?
        public let intervalsApart: Bool?

        enum CodingKeys: String, CodingKey {
            case area, groups
            case largestGapPoints = "largest_gap_points", lowestGroup = "lowest_group", highestGroup = "highest_group"
            case intervalsApart = "intervals_apart"
        }
    }

    public struct GroupShare: Codable, Sendable {
        public let group: String
        public let numerator: Int
        public let denominator: Int
        public let value: Double?
    }

    public struct ForceRef: Codable, Sendable {
        public let id: String
        public let name: String
    }

    public struct PeriodRef: Codable, Sendable {
        public let label: String
        /// First day and the day after the last, force-local.
        public let start: String
        public let end: String
        public let asOf: String

        enum CodingKeys: String, CodingKey { case label, start, end, asOf = "as_of" }
    }

    public struct Entry: Codable, Sendable {
        public let id: String
        public let promise: Int
        public let title: String
        public let area: String
        /// `records`, or `hours` for P3's hours indicators.
        public let unit: String
        public let numerator: Double
        public let denominator: Double
        /// The independent units behind the value: records, or officer-days for hours.
        public let sampleSize: Int
        public let value: Double?
        public let intervalLower: Double?
        public let intervalUpper: Double?
        public let target: Double?
        public let targetSource: String
        public let pValueBelowTarget: Double?
        public let smallSample: Bool
        public let weight: Int
        public let centre: Double?
        public let series: [Point]
        /// Months of the period (begun by as-of) left out for want of records of the indicator's kind.
        public let monthsLeftOut: [String]
        /// Why there is no value when no month of the period has records of its kind.
        public let noRecords: String?

        enum CodingKeys: String, CodingKey {
            case id, promise, title, area, unit, numerator, denominator, value, target, weight, centre, series
            case monthsLeftOut = "months_left_out", noRecords = "no_records"
            case sampleSize = "sample_size", intervalLower = "interval_lower", intervalUpper = "interval_upper", targetSource = "target_source"
            case pValueBelowTarget = "p_value_below_target", smallSample = "small_sample"
        }
    }

    public struct Point: Codable, Sendable {
        public let month: String
        public let numerator: Double
        public let denominator: Double
        public let value: Double?
        public let lowerLimit: Double?
        public let upperLimit: Double?
        public let signals: [String]

        enum CodingKeys: String, CodingKey {
            case month, numerator, denominator, value, signals
            case lowerLimit = "lower_limit", upperLimit = "upper_limit"
        }
    }

    public struct HomeOfficeRow: Codable, Sendable {
        public let month: String
        public let calls: Int
        public let abandoned: Int
        public let under10s: Int
        public let from10sTo60s: Int
        public let over60s: Int
        public let meanSecondsToAnswer: Double?

        enum CodingKeys: String, CodingKey {
            case month, calls, abandoned
            case under10s = "under_10s", from10sTo60s = "from_10s_to_60s", over60s = "over_60s", meanSecondsToAnswer = "mean_seconds_to_answer"
        }
    }

    public struct TimeRow: Codable, Sendable {
        public let measure: String
        public let count: Int
        public let medianSeconds: Double
        public let percentile90Seconds: Double

        enum CodingKeys: String, CodingKey {
            case measure, count, medianSeconds = "median_seconds", percentile90Seconds = "percentile_90_seconds"
        }
    }

    public struct ComplaintRow: Codable, Sendable {
        public let promise: Int
        public let category: String
        public let complaints: Int
        public let perThousandCalls: Double?

        enum CodingKeys: String, CodingKey { case promise, category, complaints, perThousandCalls = "per_thousand_calls" }
    }

    enum CodingKeys: String, CodingKey {
        case force, period, indicators, times
        case homeOffice999 = "home_office_999", complaintsByPromise = "complaints_by_promise", respectGap = "respect_gap", narrative
    }

    public init(
        force: ForceRef, period: PeriodRef, indicators: [Entry], homeOffice999: [HomeOfficeRow], times: [TimeRow],
        complaintsByPromise: [ComplaintRow],
        respectGap: [GapRow], narrative: Narrative
    ) {
        self.respectGap = respectGap
        self.narrative = narrative
        self.force = force
        self.period = period
        self.indicators = indicators
        self.homeOffice999 = homeOffice999
        self.times = times
        self.complaintsByPromise = complaintsByPromise
    }
}

extension IndicatorReport {
    /// The whole report for a force from its facts: every indicator the engine has, for every area.
    public init(force: Force, engine: IndicatorEngine, facts: IndicatorFacts) {
        let window = engine.window
        self.force = ForceRef(id: force.id, name: force.name)
        period = PeriodRef(
            label: window.period.label, start: window.period.start.description, end: window.period.end.description,
            asOf: window.zone.localText(window.asOf))
        // The indicators and the tables need only the facts: they are computed at the same time.
        let (results, tables) = Concurrently.run({ engine.report(facts) }, { Self.tables(facts, window: window) })
        indicators = results.map(Self.entry)
        (homeOffice999, times, narrative, respectGap, complaintsByPromise) = tables
    }

    public static func entry(_ result: IndicatorResult) -> Entry {
        Entry(
            id: result.indicator.id, promise: result.indicator.promise, title: result.indicator.title, area: result.area.description,
            unit: result.measure.unit, numerator: amount(result.numerator), denominator: amount(result.denominator),
            sampleSize: result.measure.sampleSize, value: result.value, intervalLower: result.interval?.lower,
            intervalUpper: result.interval?.upper, target: result.target, targetSource: result.targetIsDefault ? "default" : "force",
            pValueBelowTarget: result.pValueBelowTarget, smallSample: result.smallSample, weight: result.indicator.weight, centre: result.centre,
            series: result.series.map { point in
                Point(
                    month: point.month.description, numerator: amount(point.numerator), denominator: amount(point.denominator), value: point.value,
                    lowerLimit: point.lower, upperLimit: point.upper, signals: point.signals.map(\.rawValue).sorted())
            }, monthsLeftOut: result.coverage?.monthsLeftOut.map(\.description) ?? [], noRecords: result.noRecords)
    }

    /// The Home Office 999 table, the spread of times, the narrative, the respect gap and complaints by promise.
    private static func tables(_ facts: IndicatorFacts, window: ReportWindow) -> ([HomeOfficeRow], [TimeRow], Narrative, [GapRow], [ComplaintRow]) {
        let homeOffice999 = CallTimes.homeOfficeTable(facts.calls, window: window).map {
            HomeOfficeRow(
                month: $0.month.description, calls: $0.calls, abandoned: $0.abandoned, under10s: $0.under10s, from10sTo60s: $0.from10sTo60s,
                over60s: $0.over60s, meanSecondsToAnswer: $0.meanSecondsToAnswer)
        }
        let times = CallTimes.spreads(facts.calls, window: window, directory: facts.directory).sorted { $0.key < $1.key }.map {
            TimeRow(measure: $0.key, count: $0.value.count, medianSeconds: $0.value.medianSeconds, percentile90Seconds: $0.value.percentile90Seconds)
        }
        let narrative = Narrative(facts, window: window)
        let respectGap = RespectGap.compute(facts.surveyAnswers, directory: facts.directory, window: window).map { gap in
            GapRow(
                area: gap.area.description,
                groups: gap.groups.map {
                    GroupShare(group: $0.name, numerator: $0.share.numerator, denominator: $0.share.denominator, value: $0.share.value)
                },
                largestGapPoints: gap.largestGapPoints, lowestGroup: gap.between?.lowest, highestGroup: gap.between?.highest,
                intervalsApart: gap.intervalsApart)
        }
        let complaints = ComplaintsByPromise.table(facts.complaints, calls: narrative.calls, window: window).map {
            ComplaintRow(promise: $0.promise, category: $0.category, complaints: $0.complaints, perThousandCalls: $0.perThousandCalls)
        }
        return (homeOffice999, times, narrative, respectGap, complaints)
    }

    /// Counts as they are; sums of hours to the millionth, so that the adding up of binary fractions does
    /// not show as 1234.5000000000002.
    private static func amount(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }
}
