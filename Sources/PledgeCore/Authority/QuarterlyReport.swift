/// The Police Authority's quarterly performance report for the force or one local policing unit: each
/// promise's figures for the quarter beside the same quarter last year, the trend of the twelve months to
/// the quarter's end with its control limits, grades, the force's improvement actions against each
/// shortfall and whether they are on time, the Authority's dip samples and what it did to monitor.
public struct QuarterlyReport: Sendable {
    /// Where an improvement action stands on the report's as-of day.
    public enum ActionState: String, Sendable {
        case onTrack = "on track"
        case overdue
        case doneOnTime = "done on time"
        case doneLate = "done late"
        case noDueDate = "no due date"

        /// Closed on or before its due day, or open with its due day still ahead.
        public var isOnTime: Bool { self == .onTrack || self == .doneOnTime }

        init(_ action: ActionFact, on day: LocalDate) {
            switch (action.closedOn.flatMap { $0 <= day ? $0 : nil }, action.dueOn) {
            case (_, nil): self = .noDueDate
            case (let closed?, let due?): self = closed <= due ? .doneOnTime : .doneLate
            case (nil, let due?): self = due < day ? .overdue : .onTrack
            }
        }
    }

    public struct ActionLine: Sendable {
        public let action: ActionFact
        public let state: ActionState
    }

    /// One indicator in the area.
    public struct Line: Sendable {
        public let indicator: IndicatorDefinition
        /// The quarter's result: the indicator engine's, unchanged.
        public let quarter: IndicatorResult?
        public let lastYear: IndicatorResult?
        /// The twelve months to the quarter's end, whose series carries the control limits.
        public let trend: IndicatorResult?
        /// The quarter's grade (nil for informational indicators and empty quarters).
        public let grading: IndicatorGrading?
        /// Graded and below its target in the quarter.
        public let isShortfall: Bool
        /// The force's improvement actions naming the indicator, open at some time up to the as-of day
        /// and not closed before the quarter began.
        public let actions: [ActionLine]
        /// Why the quarter's figure is withheld on a public output (`Disclosure`): then the quarter, last
        /// year, the trend and the grade are all left out, so that nothing shows the count.
        public let withheld: Disclosure.Reason?
        /// Why last year's figure is withheld while the quarter's is shown.
        public let lastYearWithheld: Disclosure.Reason?
    }

    public struct Section: Sendable {
        public let promise: Int
        public let wording: String
        public let grading: PromiseGrading
        public let lines: [Line]
        /// What the Authority did about the promise in the quarter, when a plan view was given.
        public let monitoring: MonitoringPlanView.Cell?
        /// Whether the promise's grade is withheld: a grade computed from a withheld figure could give it away.
        public let gradeWithheld: Bool

        /// Why the grade is withheld, in the words a page or the JSON gives in its place.
        public static let gradeWithheldText =
            "Grade withheld: one or more of this promise's figures about people stand on \(SmallNumbers.phrase) in this area, and a grade worked out from them could give them away."
    }

    /// What a public output withholds of the three windows' results (`Disclosure`, each built from every
    /// area's results of its window); `.none` keeps every count, for internal outputs.
    public struct Withholding: Sendable {
        public let quarter: Disclosure
        public let lastYear: Disclosure
        public let trend: Disclosure

        /// False for `.none`: `Disclosure.withholds(_:of:)` judges a month by its records alone, whatever it was built from.
        private let isPublic: Bool

        public init(quarter: Disclosure, lastYear: Disclosure, trend: Disclosure) {
            (self.quarter, self.lastYear, self.trend, isPublic) = (quarter, lastYear, trend, true)
        }

        private init() { (quarter, lastYear, trend, isPublic) = (.none, .none, .none, false) }

        /// Nothing withheld.
        public static let none = Withholding()

        /// A trend is shown only whole: left out when its result or any of its months is withheld.
        func showsTrend(_ trend: IndicatorResult) -> Bool {
            !isPublic || (self.trend.reason(trend) == nil && !trend.series.contains { self.trend.withholds($0, of: trend) })
        }
    }

    public let forceID: String
    public let forceName: String
    public let area: Area
    public let window: ReportWindow
    public let lastYearWindow: ReportWindow
    public let trendWindow: ReportWindow
    public let sections: [Section]
    /// Dip samples of the force whose period overlaps the quarter.
    public let samples: [DipSample]

    /// The windows a report for `quarter` needs, as of `asOf` (default: the quarter's end, or now): the
    /// quarter, the same quarter a year earlier, and the twelve months to the quarter's end.
    public static func windows(quarter: Period, zone: ZoneRules, now: Instant, asOf: Instant? = nil) -> (ReportWindow, ReportWindow, ReportWindow) {
        let window = ReportWindow(period: quarter, zone: zone, now: now, asOf: asOf)
        let lastYear = ReportWindow(period: quarter.yearEarlier, zone: zone, now: now, asOf: nil)
        let start = LocalDate(year: quarter.end.year - 1, month: quarter.end.month, day: 1) ?? quarter.end
        let trend = ReportWindow(
            period: Period(start: start, end: quarter.end, label: "\(start)..\(quarter.end.adding(days: -1))"), zone: zone, now: now,
            asOf: window.asOf)
        return (window, lastYear, trend)
    }

    /// Builds the report for `area` from the engine's results for the three windows (`windows`), the
    /// force's actions, its dip samples and, when given, the Authority's plan view; `withholding` says which
    /// small numbers about people a public output leaves out (`SmallNumbers`).
    public init(
        force: Force, area: Area, quarter: [IndicatorResult], window: ReportWindow, lastYear: [IndicatorResult], lastYearWindow: ReportWindow,
        trend: [IndicatorResult], trendWindow: ReportWindow, actions: [ActionFact], samples: [DipSample] = [], plan: MonitoringPlanView? = nil,
        withholding: Withholding = .none
    ) {
        forceID = force.id
        forceName = force.name
        self.area = area
        self.window = window
        self.lastYearWindow = lastYearWindow
        self.trendWindow = trendWindow
        func index(_ results: [IndicatorResult]) -> [String: IndicatorResult] {
            Dictionary(results.filter { $0.area == area }.map { ($0.indicator.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let (now, before, rolling) = (index(quarter), index(lastYear), index(trend))
        let day = window.asOfDay
        let improvements = actions.filter {
            $0.isImprovement && !$0.isAuthority && $0.openedOn <= day && ($0.closedOn.map { $0 >= window.period.start } ?? true)
        }
        sections = (1...10).map { promise in
            let lines = IndicatorCatalogue.all.filter { $0.promise == promise }.map { definition -> Line in
                if let result = now[definition.id], let reason = withholding.quarter.reason(result) {
                    return Line(
                        indicator: definition, quarter: nil, lastYear: nil, trend: nil, grading: nil, isShortfall: false,
                        actions: improvements.filter { $0.indicator == definition.id }.map {
                            ActionLine(action: $0, state: ActionState($0, on: day))
                        }, withheld: reason,
                        lastYearWithheld: nil)
                }
                let result = now[definition.id]
                let lastYearWithheld = before[definition.id].flatMap(withholding.lastYear.reason)
                let grading = result.flatMap { $0.indicator.isInformational ? nil : IndicatorGrading($0) }
                let isShortfall =
                    grading.map { grading in
                        guard grading.grade != nil, let value = grading.value, let target = grading.target else { return false }
                        return value < target - IndicatorGrading.tolerance
                    } ?? false
                return Line(
                    indicator: definition, quarter: result, lastYear: lastYearWithheld == nil ? before[definition.id] : nil,
                    trend: rolling[definition.id].flatMap { withholding.showsTrend($0) ? $0 : nil }, grading: grading, isShortfall: isShortfall,
                    actions: improvements.filter { $0.indicator == definition.id }.map { ActionLine(action: $0, state: ActionState($0, on: day)) },
                    withheld: nil, lastYearWithheld: lastYearWithheld)
            }
            let gradeWithheld = lines.contains { $0.withheld != nil }
            let cell = plan?.rows.first { $0.promise == promise }?.cells.first {
                $0.quarter.start <= window.period.start && $0.quarter.end > window.period.start
            }
            return Section(
                promise: promise, wording: PledgeWording.promise(promise),
                grading: PromiseGrading(promise: promise, indicators: lines.compactMap(\.grading)), lines: lines, monitoring: cell,
                gradeWithheld: gradeWithheld)
        }
        self.samples = samples.filter { $0.forceID == force.id && $0.period.start < window.period.end && $0.period.end > window.period.start }
    }

    /// Indicators below target in the quarter with no improvement action.
    public var shortfallsWithoutAction: [String] {
        sections.flatMap(\.lines).filter { $0.isShortfall && $0.actions.isEmpty }.map(\.indicator.id)
    }
}
