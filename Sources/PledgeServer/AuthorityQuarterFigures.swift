import PledgeCore
import PledgeStore

/// What the Authority's pages keep of `AuthorityQuarter`: the engine's results for the quarter, the same
/// quarter last year and the twelve months to its end, and the force's actions, without the records behind
/// them. The plan view and the dip samples are added when a report is made, as they are at that moment.
struct AuthorityQuarterFigures: Sendable {
    let force: Force
    let window: ReportWindow
    let lastYearWindow: ReportWindow
    let trendWindow: ReportWindow
    let quarter: [IndicatorResult]
    let lastYear: [IndicatorResult]
    let trend: [IndicatorResult]
    let actions: [ActionFact]
    /// The force's local policing units, by name.
    let units: [String]

    init(_ figures: AuthorityQuarter) {
        force = figures.force
        window = figures.window
        lastYearWindow = figures.lastYearWindow
        trendWindow = figures.trendWindow
        quarter = figures.quarter
        lastYear = figures.lastYear
        trend = figures.trend
        actions = figures.facts.actions
        units = figures.units
    }

    /// The report for the force or one unit, as `AuthorityQuarter.report` makes it, with `plan` and
    /// `samples` read now.
    func report(_ area: Area, plan: MonitoringPlan, samples: [DipSample]) -> QuarterlyReport {
        let view = MonitoringPlanView(plan: plan, actions: actions, period: window.period, asOfDay: window.asOfDay)
        return QuarterlyReport(
            force: force, area: area, quarter: quarter, window: window, lastYear: lastYear, lastYearWindow: lastYearWindow, trend: trend,
            trendWindow: trendWindow, actions: actions, samples: samples, plan: view)
    }
}
