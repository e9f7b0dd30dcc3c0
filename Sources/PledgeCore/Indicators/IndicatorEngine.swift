/// The indicator engine: the logic lives here once, in the core, whatever store the records came from.
/// A store gives it facts; it judges each record against each indicator, tallies per area and month, and
/// attaches the statistics.
public struct IndicatorEngine: Sendable {
    public let window: ReportWindow
    public let directory: NeighbourhoodDirectory
    /// The force's own targets by indicator id; the spec's defaults for the rest.
    public let targets: [String: Double]
    /// How many months before the period the control-chart centre line is drawn from.
    public static let baselineMonths = 12

    public init(window: ReportWindow, directory: NeighbourhoodDirectory, targets: [String: Double] = [:]) {
        self.window = window
        self.directory = directory
        self.targets = targets
    }

    /// The first instant whose records the engine needs: the start of the baseline months.
    public var earliestNeeded: Instant { window.zone.startOfDay(baselineMonths.first!.firstDay) }

    /// The months before the period that the control-chart centre line is drawn from.
    private var baselineMonths: [YearMonth] {
        var months = [window.period.start.yearMonth.previous]
        while months.count < Self.baselineMonths { months.insert(months[0].previous, at: 0) }
        return months
    }

    /// The call indicators (promises 5 and 6) for every area, from calls received (or, for appointments
    /// kept, due) from `earliestNeeded` to the end of the period.
    public func callIndicators(_ calls: [CallFact]) -> [IndicatorResult] {
        var tallies = [Tally](repeating: Tally(), count: CallRules.all.count)
        for call in calls {
            let entry = directory.entry(call.neighbourhood)
            let urban = call.urban ?? entry?.urban
            var areas = directory.areas(of: call.neighbourhood)
            if let urban { areas.append(urban ? .urban : .rural) }
            for (index, rule) in CallRules.all.enumerated() {
                guard let start = rule.start(call), start < window.end, start >= earliestNeeded,
                    let met = rule.judge(call, urban, window)
                else { continue }
                tallies[index].add(met, areas: areas, month: window.month(of: start), inPeriod: window.contains(start))
            }
        }
        return zip(CallRules.all, tallies).flatMap { rule, tally in results(IndicatorCatalogue.definition(rule.id)!, tally) }
    }

    /// Results for every area the tally saw in the period, and the force even when it saw nothing.
    private func results(_ definition: IndicatorDefinition, _ tally: Tally) -> [IndicatorResult] {
        let areas = Set(tally.period.keys).union([.force]).sorted()
        return areas.map { area in
            let counts = tally.counts(area)
            let points = window.wholeMonths.map { Proportion(tally.counts(area, $0).numerator, of: tally.counts(area, $0).denominator) }
            let baseline = baselineMonths.map { Proportion(tally.counts(area, $0).numerator, of: tally.counts(area, $0).denominator) }
            let chart = PChart(points: points, baseline: baseline)
            let signals = chart.map { SPCSignal.signals(values: points.map(\.value), centre: $0.centre, limits: $0.limits) }
            let series = window.wholeMonths.enumerated().map { index, month in
                IndicatorResult.MonthPoint(
                    month: month, numerator: points[index].numerator, denominator: points[index].denominator,
                    lower: chart?.limits[index].lower, upper: chart?.limits[index].upper, signals: signals?[index] ?? [])
            }
            let own = targets[definition.id]
            return IndicatorResult(
                indicator: definition, area: area, numerator: counts.numerator, denominator: counts.denominator,
                target: own ?? definition.defaultTarget, targetIsDefault: own == nil, series: series, centre: chart?.centre)
        }
    }
}
