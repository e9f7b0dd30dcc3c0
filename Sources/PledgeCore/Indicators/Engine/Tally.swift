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

    /// Lets `body` count verdicts straight into the tally's storage: counting runs once per record and
    /// rule, and array subscripts checked uniqueness and bounds on every increment.
    mutating func record(_ body: (inout Counter) -> Void) {
        let (areaCount, monthCount, starts) = (areas.count, months.count, monthStarts)
        monthly.withUnsafeMutableBufferPointer { monthly in
            totals.withUnsafeMutableBufferPointer { totals in
                var counter = Counter(monthly: monthly, totals: totals, areas: areaCount, months: monthCount, starts: starts)
                body(&counter)
            }
        }
    }

    /// Counts verdicts into a tally's storage while `Tally.record` runs.
    struct Counter {
        fileprivate let monthly: UnsafeMutableBufferPointer<Int32>
        fileprivate let totals: UnsafeMutableBufferPointer<Int32>
        fileprivate let areas: Int
        fileprivate let months: Int
        fileprivate let starts: MonthStarts

        /// The month an instant falls in, and the instants in the same month.
        func month(of instant: Instant) -> (index: Int?, bounds: Range<Int64>) { starts.month(of: instant) }

        /// One verdict for every area of the record, in its month and, when in the period, the total.
        func add(rule: Int, met: Bool, areas indices: AreaSet, month: Int, inPeriod: Bool) {
            let increment: Int32 = met ? 1 : 0
            for slot in 0..<indices.count {
                let row = rule * areas + indices[slot]
                precondition(indices[slot] < areas && month < months, "an area or month outside the tally")
                let cell = (row * months + month) * 2
                monthly[cell] &+= 1
                monthly[cell + 1] &+= increment
                if inPeriod {
                    totals[row * 2] &+= 1
                    totals[row * 2 + 1] &+= increment
                }
            }
        }
    }

    /// Adds another tally of the same rules, areas and months (one made from other records).
    mutating func add(_ other: Tally) {
        precondition(other.rules == rules && other.areas == areas && other.months == months, "tallies of different shapes")
        for index in monthly.indices { monthly[index] += other.monthly[index] }
        for index in totals.indices { totals[index] += other.totals[index] }
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
