/// Numerators and denominators of one indicator, per area, for the period and for each month (months
/// before the period too, for control-chart baselines).
struct Tally {
    private(set) var period: [Area: Counts] = [:]
    private(set) var months: [Area: [YearMonth: Counts]] = [:]

    struct Counts: Equatable {
        var numerator = 0
        var denominator = 0

        mutating func add(_ met: Bool) {
            denominator += 1
            if met { numerator += 1 }
        }
    }

    mutating func add(_ met: Bool, areas: [Area], month: YearMonth, inPeriod: Bool) {
        for area in areas {
            if inPeriod { period[area, default: Counts()].add(met) }
            months[area, default: [:]][month, default: Counts()].add(met)
        }
    }

    func counts(_ area: Area) -> Counts { period[area] ?? Counts() }

    func counts(_ area: Area, _ month: YearMonth) -> Counts { months[area]?[month] ?? Counts() }
}
