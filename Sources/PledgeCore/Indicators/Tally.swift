/// Numerators and denominators of every rule, per area and month, in flat arrays: areas and months are
/// small integers resolved once per record, because hashing areas for every record and rule dominated
/// the report's time (BENCHMARKS.md).
struct Tally {
    /// The areas, by index: force, urban, rural, then units and neighbourhoods.
    let areas: [Area]
    /// The months counted, by index: the baseline months, then the period's.
    let months: [YearMonth]
    private let monthStarts: MonthStarts
    private let rules: Int
    private var monthly: [Int32]
    private var totals: [Int32]

    struct Counts: Equatable {
        var numerator = 0
        var denominator = 0
    }

    init(rules: Int, areas: [Area], months: [YearMonth], zone: ZoneRules) {
        self.rules = rules
        self.areas = areas
        self.months = months
        monthStarts = MonthStarts(months, zone: zone)
        monthly = Array(repeating: 0, count: rules * areas.count * months.count * 2)
        totals = Array(repeating: 0, count: rules * areas.count * 2)
    }

    /// The index of the month an instant falls in, or nil before the first.
    func monthIndex(of instant: Instant) -> Int? { monthStarts.index(of: instant) }

    mutating func add(rule: Int, met: Bool, areas indices: AreaSet, month: Int, inPeriod: Bool) {
        for slot in 0..<indices.count {
            let area = indices[slot]
            let cell = ((rule * areas.count + area) * months.count + month) * 2
            monthly[cell] += 1
            if met { monthly[cell + 1] += 1 }
            if inPeriod {
                let total = (rule * areas.count + area) * 2
                totals[total] += 1
                if met { totals[total + 1] += 1 }
            }
        }
    }

    func counts(rule: Int, area: Int) -> Counts {
        let total = (rule * areas.count + area) * 2
        return Counts(numerator: Int(totals[total + 1]), denominator: Int(totals[total]))
    }

    func counts(rule: Int, area: Int, month: Int) -> Counts {
        let cell = ((rule * areas.count + area) * months.count + month) * 2
        return Counts(numerator: Int(monthly[cell + 1]), denominator: Int(monthly[cell]))
    }
}

/// Up to four area indices held inline: a record counts in the force, its neighbourhood, its unit and,
/// for calls, urban or rural. No heap allocation per record.
struct AreaSet {
    private var slots: (Int, Int, Int, Int) = (0, 0, 0, 0)
    private(set) var count = 0

    init() {}

    /// The force alone: where a record with no (known) neighbourhood counts.
    static let forceOnly: AreaSet = {
        var set = AreaSet()
        set.insert(0)
        return set
    }()

    mutating func insert(_ index: Int) {
        switch count {
        case 0: slots.0 = index
        case 1: slots.1 = index
        case 2: slots.2 = index
        default: slots.3 = index
        }
        count = min(count + 1, 4)
    }

    subscript(slot: Int) -> Int {
        switch slot {
        case 0: slots.0
        case 1: slots.1
        case 2: slots.2
        default: slots.3
        }
    }
}
