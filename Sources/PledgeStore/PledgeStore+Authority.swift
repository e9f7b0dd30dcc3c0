import PledgeCore

/// What the Police Authority keeps beside the force's records: its monitoring plan and its dip samples.
public protocol AuthorityStore: Sendable {
    /// The Authority's own plan for the force, or the default plan when it has kept none.
    func monitoringPlan(force: Force) async throws -> MonitoringPlan

    /// Keeps `plan` as the force's plan, replacing any earlier one in one transaction; nil (or a plan with
    /// no entries, which the CLI refuses) goes back to the default plan.
    func keepMonitoringPlan(force: Force, plan: MonitoringPlan?) async throws

    /// The records a dip sample of `kind` may be drawn from: those whose start instant (received or
    /// reported) lies in `[from, to)`, with their promise and unit.
    func sampleFrame(force: Force, kind: DipSampleKind, from: Instant, to: Instant) async throws -> [SampleFrameRecord]

    /// Keeps a newly drawn sample; refuses a name the force has already used.
    func keepDipSample(_ sample: DipSample) async throws

    /// The force's dip samples with their findings, oldest first.
    func dipSamples(force: Force) async throws -> [DipSample]

    /// Replaces the findings of the sample's items named in `findings`, all or none.
    func recordFindings(force: Force, sample: String, findings: [DipSample.Finding]) async throws
}

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

extension PledgeStore {
    /// The Authority's figures for `quarter` (any period; a calendar quarter for its quarterly report), as
    /// of `asOf` (default: the quarter's end, or `now`).
    public func authorityQuarter(force: Force, quarter: Period, now: Instant, asOf: Instant? = nil, targets: [String: Double] = [:]) async throws
        -> AuthorityQuarter
    {
        let zone = try StoreError.zone(of: force)
        let (window, lastYear, trend) = QuarterlyReport.windows(quarter: quarter, zone: zone, now: now, asOf: asOf)
        let probes = [lastYear, trend, window].map { IndicatorEngine(window: $0, directory: NeighbourhoodDirectory([])).earliestNeeded }
        let facts = try await indicatorFacts(force: force, from: probes.min() ?? window.start, to: max(window.end, trend.end))
        let engines = [window, lastYear, trend].map { IndicatorEngine(window: $0, directory: facts.directory, targets: targets) }
        let results = engines.map { $0.report(facts) }
        let plan = MonitoringPlanView(
            plan: try await monitoringPlan(force: force), actions: facts.actions, period: quarter, asOfDay: window.asOfDay)
        return AuthorityQuarter(
            force: force, window: window, lastYearWindow: lastYear, trendWindow: trend, quarter: results[0], lastYear: results[1],
            trend: results[2], actions: facts.actions, units: Array(Set(facts.directory.all.compactMap(\.unit))).sorted(), plan: plan,
            samples: try await dipSamples(force: force))
    }

    /// The Contact Management Panel's view of the calls of `window`, for the force and each unit.
    public func contactPanel(force: Force, window: ReportWindow, targets: [String: Double] = [:]) async throws -> ContactPanel {
        let probe = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([]))
        let facts = try await indicatorFacts(force: force, from: probe.earliestNeeded, to: window.end)
        let engine = IndicatorEngine(window: window, directory: facts.directory, targets: targets, coverage: Coverage(facts, window: window))
        return ContactPanel(calls: facts.calls, results: engine.callIndicators(facts.calls), engine: engine)
    }

    /// Complaints of `window` against the same period a year earlier and the peers' (every other force
    /// given, pooled), for the force or one of its units.
    public func complaintsAnalysis(force: Force, window: ReportWindow, area: Area = .force, peers: [Force] = []) async throws -> ComplaintsAnalysis {
        let lastYear = ReportWindow(period: window.period.yearEarlier, zone: window.zone, now: window.asOf, asOf: nil)
        let facts = try await indicatorFacts(force: force, from: lastYear.start, to: window.end)
        var peerFigures: [ComplaintsAnalysis.PeerFigures] = []
        for peer in peers where peer != force {
            let zone = try StoreError.zone(of: peer)
            let peerWindow = ReportWindow(period: window.period, zone: zone, now: window.asOf, asOf: window.asOf)
            let theirs = try await indicatorFacts(force: peer, from: peerWindow.start, to: peerWindow.end)
            guard !theirs.calls.isEmpty else { continue }
            peerFigures.append(
                ComplaintsAnalysis.PeerFigures(forceID: peer.id, complaints: theirs.complaints, calls: theirs.calls, window: peerWindow))
        }
        return ComplaintsAnalysis(
            area: area, complaints: facts.complaints, calls: facts.calls, window: window, lastYear: lastYear, directory: facts.directory,
            peers: peerFigures)
    }

    /// The monitoring plan against what the Authority recorded doing, for the quarters `window` touches.
    public func monitoringPlanView(force: Force, window: ReportWindow) async throws -> MonitoringPlanView {
        let facts = try await indicatorFacts(force: force, from: window.end, to: window.end)
        return MonitoringPlanView(
            plan: try await monitoringPlan(force: force), actions: facts.actions, period: window.period, asOfDay: window.asOfDay)
    }

    /// The Authority's questionnaires answered in `window`.
    public func questionnaires(force: Force, window: ReportWindow, minimumGroupAnswers: Int = 30) async throws -> QuestionnaireAnalysis {
        let facts = try await indicatorFacts(force: force, from: window.start, to: window.end)
        return QuestionnaireAnalysis(
            answers: facts.surveyAnswers, from: window.period.start, to: window.period.end, minimumGroupAnswers: minimumGroupAnswers)
    }

    /// Draws and keeps a dip sample of the force's `kind` records of `window`.
    public func drawDipSample(
        name: String, force: Force, kind: DipSampleKind, window: ReportWindow, size: Int, seed: UInt64, drawnAt: Instant
    ) async throws -> DipSample {
        let frame = try await sampleFrame(force: force, kind: kind, from: window.start, to: window.end)
        let sample = DipSample(
            name: name, forceID: force.id, kind: kind, period: window.period, frame: frame, size: size, seed: seed, drawnAt: drawnAt)
        try await keepDipSample(sample)
        return sample
    }
}
