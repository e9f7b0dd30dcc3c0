/// The Home Office-style 999 table and the spread of answer and attendance times.
public enum CallTimes {
    /// One month of 999 calls as the Home Office publishes them. Shares are of answered calls; calls
    /// abandoned before answer are counted apart.
    @dynamicMemberLookup
    public struct HomeOfficeMonth: Sendable, Equatable {
        public let month: YearMonth
        public let bands: AnswerBands

        /// The bands' counts, read as the month's own (`row.calls`).
        public subscript<Value>(dynamicMember keyPath: KeyPath<AnswerBands, Value>) -> Value { bands[keyPath: keyPath] }
    }

    /// The 999 table for each month of the period (calls placed by `received_at`).
    public static func homeOfficeTable(_ calls: [CallFact], window: ReportWindow) -> [HomeOfficeMonth] {
        // Counts in a flat array by month index: a dictionary of rows holding arrays copied one row per call
        // (BENCHMARKS.md).
        let months = window.period.months
        let starts = MonthStarts(months, zone: window.zone)
        var bands = [AnswerBands](repeating: AnswerBands(), count: months.count)
        // As of T: calls received by T, answers after T read blank; a call still ringing is unanswered.
        for call in calls where call.is999 && window.counts(call.received) {
            guard let month = starts.index(of: call.received) else { continue }  // in the period, so in one of its months
            bands[month].count(received: call.received, answered: window.seen(call.answered))
        }
        return zip(months, bands).map(HomeOfficeMonth.init)
    }

    /// The median and 90th percentile of a set of durations (nearest rank: the smallest duration with at
    /// least that share of the set at or below it).
    public struct Spread: Sendable, Equatable {
        public let count: Int
        public let medianSeconds: Double
        public let percentile90Seconds: Double

        /// From the durations, which it reorders: taken over (`consuming`), so that a million durations are
        /// not copied first.
        init?(_ durations: consuming [Int64]) {
            guard !durations.isEmpty else { return nil }
            // Only two ranks are wanted, so they are selected (expected linear time) rather than sorted.
            var values = consume durations
            func rank(_ share: Double) -> Double {
                Double(Selection.select(&values, rank: max(0, Int((share * Double(values.count)).rounded(.up)) - 1))) / 1e6
            }
            count = values.count
            medianSeconds = rank(0.5)
            percentile90Seconds = rank(0.9)
        }
    }

    /// The spread of each kind of time for calls in the period, force-wide: answering 999 and 101 calls,
    /// reaching urban and rural emergencies, and reaching priority calls.
    public static func spreads(_ calls: [CallFact], window: ReportWindow, directory: NeighbourhoodDirectory) -> [String: Spread] {
        let measures = ["999 answer", "101 answer", "emergency attendance, urban", "emergency attendance, rural", "priority attendance"]
        // Kept in an array by measure: a dictionary keyed by name hashed a string twice per call. Each has room
        // for every call from the start (pages are only touched as they fill), rather than growing by copies.
        var durations = [[Int64]](repeating: [], count: measures.count)
        for index in durations.indices { durations[index].reserveCapacity(calls.count) }
        var finder = PlaceFinder(AreaLayout(directory))
        for call in calls where window.counts(call.received) {
            if let answered = window.seen(call.answered) { durations[call.is999 ? 0 : 1].append(answered.microseconds - call.received.microseconds) }
            guard let arrived = window.seen(call.arrived) else { continue }
            let wait = arrived.microseconds - call.received.microseconds
            if call.response == .emergency, let urban = call.urban ?? call.neighbourhood.flatMap({ finder.place(of: $0)?.urban }) {
                durations[urban ? 2 : 3].append(wait)
            } else if call.response == .priority {
                durations[4].append(wait)
            }
        }
        var spreads: [String: Spread] = [:]
        for (index, measure) in measures.enumerated() {
            var taken: [Int64] = []
            swap(&taken, &durations[index])
            spreads[measure] = Spread(taken)
        }
        return spreads
    }
}
