import PledgeCore

extension Measurements {
    /// The Authority's figures for `quarter` (any period; a calendar quarter for its quarterly report), as
    /// of `asOf` (default: the quarter's end, or `now`).
    public func authorityQuarter(force: Force, quarter: Period, now: Instant, asOf: Instant? = nil, targets: [String: Double] = [:]) async throws
        -> AuthorityQuarter
    {
        let zone = try force.zoneRules()
        let (window, lastYear, trend) = QuarterlyReport.windows(quarter: quarter, zone: zone, now: now, asOf: asOf)
        let probes = [lastYear, trend, window].map { IndicatorEngine(window: $0, directory: NeighbourhoodDirectory([])).earliestNeeded }
        let facts = try await store.indicatorFacts(force: force, from: probes.min() ?? window.start, to: max(window.end, trend.end))
        let engines = [window, lastYear, trend].map { IndicatorEngine(window: $0, directory: facts.directory, targets: targets) }
        let results = engines.map { $0.report(facts) }
        let plan = MonitoringPlanView(
            plan: try await store.monitoringPlan(force: force), actions: facts.actions, period: quarter, asOfDay: window.asOfDay)
        return AuthorityQuarter(
            force: force, window: window, lastYearWindow: lastYear, trendWindow: trend, quarter: results[0], lastYear: results[1],
            trend: results[2], actions: facts.actions, units: Array(Set(facts.directory.all.compactMap(\.unit))).sorted(), plan: plan,
            samples: try await store.dipSamples(force: force))
    }

    /// The Contact Management Panel's view of the calls of `window`, for the force and each unit.
    public func contactPanel(force: Force, window: ReportWindow, targets: [String: Double] = [:]) async throws -> ContactPanel {
        let probe = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([]))
        let facts = try await store.indicatorFacts(force: force, from: probe.earliestNeeded, to: window.end)
        let engine = IndicatorEngine(window: window, directory: facts.directory, targets: targets, coverage: Coverage(facts, window: window))
        return ContactPanel(calls: facts.calls, results: engine.callIndicators(facts.calls), engine: engine)
    }

    /// Complaints of `window` against the same period a year earlier and the peers' (every other force
    /// given, pooled), for the force or one of its units.
    public func complaintsAnalysis(force: Force, window: ReportWindow, area: Area = .force, peers: [Force] = []) async throws -> ComplaintsAnalysis {
        try await complaintsAnalyses(force: force, window: window, areas: [area], peers: peers)[0]
    }

    /// The complaints analysis of each of `areas`, in that order, from one read of the force's records (and
    /// one of each peer's): what a unit's page withholds depends on the force's and every unit's counts.
    public func complaintsAnalyses(force: Force, window: ReportWindow, areas: [Area], peers: [Force] = []) async throws -> [ComplaintsAnalysis] {
        let lastYear = ReportWindow(period: window.period.yearEarlier, zone: window.zone, now: window.asOf, asOf: nil)
        let facts = try await store.indicatorFacts(force: force, from: lastYear.start, to: window.end)
        var peerFigures: [ComplaintsAnalysis.PeerFigures] = []
        for peer in peers where peer != force {
            let zone = try peer.zoneRules()
            let peerWindow = ReportWindow(period: window.period, zone: zone, now: window.asOf, asOf: window.asOf)
            let theirs = try await store.indicatorFacts(force: peer, from: peerWindow.start, to: peerWindow.end)
            guard !theirs.calls.isEmpty else { continue }
            peerFigures.append(
                ComplaintsAnalysis.PeerFigures(forceID: peer.id, complaints: theirs.complaints, calls: theirs.calls, window: peerWindow))
        }
        return areas.map { area in
            ComplaintsAnalysis(
                area: area, complaints: facts.complaints, calls: facts.calls, window: window, lastYear: lastYear, directory: facts.directory,
                peers: peerFigures)
        }
    }

    /// The monitoring plan against what the Authority recorded doing, for the quarters `window` touches.
    public func monitoringPlanView(force: Force, window: ReportWindow) async throws -> MonitoringPlanView {
        let facts = try await store.indicatorFacts(force: force, from: window.end, to: window.end)
        return MonitoringPlanView(
            plan: try await store.monitoringPlan(force: force), actions: facts.actions, period: window.period, asOfDay: window.asOfDay)
    }

    /// The Authority's questionnaires answered in `window`.
    public func questionnaires(force: Force, window: ReportWindow, minimumGroupAnswers: Int = 30) async throws -> QuestionnaireAnalysis {
        let facts = try await store.indicatorFacts(force: force, from: window.start, to: window.end)
        return QuestionnaireAnalysis(
            answers: facts.surveyAnswers, from: window.period.start, to: window.period.end, minimumGroupAnswers: minimumGroupAnswers)
    }

    /// Draws and keeps a dip sample of the force's `kind` records of `window`.
    public func drawDipSample(
        name: String, force: Force, kind: DipSampleKind, window: ReportWindow, size: Int, seed: UInt64, drawnAt: Instant
    ) async throws -> DipSample {
        let frame = try await store.sampleFrame(force: force, kind: kind, from: window.start, to: window.end)
        let sample = DipSample(
            name: name, forceID: force.id, kind: kind, period: window.period, frame: frame, size: size, seed: seed, drawnAt: drawnAt)
        try await store.keepDipSample(sample)
        return sample
    }
}
