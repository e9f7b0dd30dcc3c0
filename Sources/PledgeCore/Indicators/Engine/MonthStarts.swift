/// The first instants of consecutive force-local months, to find the month an instant falls in by binary
/// search: cheaper per record than converting the instant to a local date.
struct MonthStarts {
    private let starts: [Int64]

    init(_ months: [YearMonth], zone: ZoneRules) {
        starts = months.map { zone.startOfDay($0.firstDay).microseconds }
    }

    /// The index of the month an instant falls in, or nil before the first.
    func index(of instant: Instant) -> Int? {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= instant.microseconds { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    /// The month an instant falls in (nil before the first) and the instants that fall in the same one,
    /// so that a run of records in one month is placed without searching again.
    func month(of instant: Instant) -> (index: Int?, bounds: Range<Int64>) {
        guard let index = index(of: instant) else { return (nil, Int64.min..<(starts.first ?? Int64.max)) }
        return (index, starts[index]..<(index + 1 < starts.count ? starts[index + 1] : Int64.max))
    }
}
