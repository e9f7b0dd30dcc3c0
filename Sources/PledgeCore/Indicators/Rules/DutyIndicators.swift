/// A neighbourhood officer's day on duty (promise 3).
public struct DutyFact: Sendable {
    public let neighbourhood: String
    public let date: LocalDate
    public let hoursOnDuty: Double
    public let hoursVisible: Double
    public let hoursAbstracted: Double

    public init(neighbourhood: String, date: LocalDate, hoursOnDuty: Double, hoursVisible: Double, hoursAbstracted: Double) {
        self.neighbourhood = neighbourhood
        self.date = date
        self.hoursOnDuty = hoursOnDuty
        self.hoursVisible = hoursVisible
        self.hoursAbstracted = hoursAbstracted
    }
}

extension IndicatorEngine {
    /// P3.visible_time and P3.abstraction: hours visible (or abstracted) over hours on duty, summed over
    /// the officer-days dated in the period. Each officer-day is one sampling unit of a `RatioEstimate`,
    /// and the monthly series is charted as XmR, because hours are not yes-or-no trials.
    public func dutyIndicators(_ days: [DutyFact]) -> [IndicatorResult] {
        let layout = AreaLayout(directory)
        let months = baselineMonths + window.period.months
        let monthIndex = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($0.element, $0.offset) })
        let parts: [(id: String, hours: (DutyFact) -> Double)] = [
            (IndicatorID.p3VisibleTime.rawValue, \.hoursVisible), (IndicatorID.p3Abstraction.rawValue, \.hoursAbstracted),
        ]
        // Per indicator × area: the period's estimate and each month's.
        var totals = [RatioEstimate](repeating: RatioEstimate(), count: parts.count * layout.areas.count)
        var monthly = [RatioEstimate](repeating: RatioEstimate(), count: parts.count * layout.areas.count * months.count)
        let asOfDay = window.asOfDay
        let covered = covered(months, kind: .duty)
        for day in days {
            // A day counts once it had begun by as-of (its midnight is before as-of).
            guard day.date < window.period.end, day.date <= asOfDay, let month = monthIndex[day.date.yearMonth], covered[month] else { continue }
            let inPeriod = day.date >= window.period.start && day.date < window.period.end
            let areas = layout.areas(of: day.neighbourhood)
            for (part, indicator) in parts.enumerated() {
                let hours = indicator.hours(day)
                for slot in 0..<areas.count {
                    let cell = part * layout.areas.count + areas[slot]
                    monthly[cell * months.count + month].add(hours, of: day.hoursOnDuty)
                    if inPeriod { totals[cell].add(hours, of: day.hoursOnDuty) }
                }
            }
        }
        // Both are among `months` by construction.
        let whole = window.wholeMonths.compactMap { monthIndex[$0] }
        let baseline = baselineMonths.compactMap { monthIndex[$0] }
        return parts.enumerated().flatMap { part, indicator in
            guard let definition = IndicatorCatalogue.definition(indicator.id) else { return [IndicatorResult]() }
            let (target, isDefault) = target(for: definition)
            let note = coverageNote(.duty)
            return layout.areas.indices.compactMap { area -> IndicatorResult? in
                let cell = part * layout.areas.count + area
                guard area == 0 || totals[cell].units > 0 else { return nil }
                let month = { (index: Int) in monthly[cell * months.count + index] }
                let chart = XmRChart(baseline: baseline.map { month($0).value })
                let values = whole.map { month($0).value }
                let signals = chart.map { chart in
                    SPCSignal.signals(
                        values: values, centre: chart.centre, limits: Array(repeating: (chart.lower, chart.upper), count: values.count))
                }
                let series = whole.enumerated().map { offset, index in
                    IndicatorResult.MonthPoint(
                        month: months[index], measure: .hours(month(index)), lower: chart?.lower, upper: chart?.upper,
                        signals: signals?[offset] ?? [])
                }
                return IndicatorResult(
                    indicator: definition, area: layout.areas[area], measure: .hours(totals[cell]), target: target,
                    targetIsDefault: isDefault, series: series, centre: chart?.centre, coverage: note)
            }
        }
    }
}
