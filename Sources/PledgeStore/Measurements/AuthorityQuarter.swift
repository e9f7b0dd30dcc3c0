import PledgeCore

/// A force's figures for one quarter as the Authority reads them: the engine's results for the quarter,
/// the same quarter last year and the twelve months to the quarter's end, from one read of the records.
/// It keeps the results and the force's actions, not the records behind them, so that a server can keep it.
public struct AuthorityQuarter: Sendable {
    public let force: Force
    public let window: ReportWindow
    public let lastYearWindow: ReportWindow
    public let trendWindow: ReportWindow
    public let quarter: [IndicatorResult]
    public let lastYear: [IndicatorResult]
    public let trend: [IndicatorResult]
    /// The force's improvement actions and the Authority's monitoring.
    public let actions: [ActionFact]
    /// The local policing units of the force, by name.
    public let units: [String]
    public let plan: MonitoringPlanView
    public let samples: [DipSample]

    /// The report for the force (`.force`) or one unit (`.unit(name)`).
    public func report(_ area: Area) -> QuarterlyReport { report(area, plan: plan, samples: samples, withholding: .none) }

    /// The public report (see below) with the plan and samples read with the figures.
    public func report(_ area: Area, publicFor directory: NeighbourhoodDirectory) -> QuarterlyReport {
        report(area, plan: plan, samples: samples, withholding: withholding(directory))
    }

    /// The report with another plan and other samples than those read with the figures (a server keeps
    /// the figures, and reads the plan and samples, which change without an import, for each page). With
    /// `publicFor` (the force's neighbourhoods and their units), it is the public report: small numbers
    /// about people below the force are withheld (`Disclosure`); without, every count is kept.
    public func report(_ area: Area, plan: MonitoringPlan, samples: [DipSample], publicFor directory: NeighbourhoodDirectory? = nil)
        -> QuarterlyReport
    {
        report(
            area, plan: MonitoringPlanView(plan: plan, actions: actions, period: window.period, asOfDay: window.asOfDay), samples: samples,
            withholding: withholding(directory))
    }

    /// What a public report withholds, given the force's neighbourhoods and their units; nothing without them.
    private func withholding(_ directory: NeighbourhoodDirectory?) -> QuarterlyReport.Withholding {
        guard let directory else { return .none }
        return QuarterlyReport.Withholding(
            quarter: Disclosure(results: quarter, directory: directory), lastYear: Disclosure(results: lastYear, directory: directory),
            trend: Disclosure(results: trend, directory: directory))
    }

    private func report(_ area: Area, plan: MonitoringPlanView, samples: [DipSample], withholding: QuarterlyReport.Withholding) -> QuarterlyReport {
        QuarterlyReport(
            force: force, area: area, quarter: quarter, window: window, lastYear: lastYear, lastYearWindow: lastYearWindow, trend: trend,
            trendWindow: trendWindow, actions: actions, samples: samples, plan: plan, withholding: withholding)
    }

    /// The force's pack, then one per unit.
    public var reports: [QuarterlyReport] { ([Area.force] + units.map(Area.unit)).map(report) }
}
