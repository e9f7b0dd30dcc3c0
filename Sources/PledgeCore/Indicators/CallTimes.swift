/// The Home Office-style 999 table and the spread of answer and attendance times.
public enum CallTimes {
    /// One month of 999 calls as the Home Office publishes them. Shares are of answered calls; calls
    /// abandoned before answer are counted apart.
    public struct HomeOfficeMonth: Sendable, Equatable {
        public let month: YearMonth
        public let calls: Int
        public let abandoned: Int
        /// Answered in under 10 s, in 10 to under 60 s, in 60 s or more.
        public let under10s: Int
        public let from10sTo60s: Int
        public let over60s: Int
        /// Mean seconds to answer, over answered calls; nil when none were answered.
        public let meanSecondsToAnswer: Double?

        public var answered: Int { calls - abandoned }
    }

    /// The 999 table for each month of the period (calls placed by `received_at`).
    public static func homeOfficeTable(_ calls: [CallFact], window: ReportWindow) -> [HomeOfficeMonth] {
        var byMonth: [YearMonth: (calls: Int, abandoned: Int, bands: [Int], total: Int64)] = [:]
        for call in calls where call.is999 && window.contains(call.received) {
            let month = window.month(of: call.received)
            var row = byMonth[month] ?? (0, 0, [0, 0, 0], 0)
            row.calls += 1
            if let answered = call.answered {
                let wait = answered.microseconds - call.received.microseconds
                row.bands[wait < 10 * Duration.second ? 0 : (wait < 60 * Duration.second ? 1 : 2)] += 1
                row.total += wait
            } else {
                row.abandoned += 1
            }
            byMonth[month] = row
        }
        return window.period.months.map { month in
            let row = byMonth[month] ?? (0, 0, [0, 0, 0], 0)
            let answered = row.calls - row.abandoned
            return HomeOfficeMonth(
                month: month, calls: row.calls, abandoned: row.abandoned, under10s: row.bands[0], from10sTo60s: row.bands[1],
                over60s: row.bands[2], meanSecondsToAnswer: answered == 0 ? nil : Double(row.total) / Double(answered) / 1e6)
        }
    }

    /// The median and 90th percentile of a set of durations (nearest rank: the smallest duration with at
    /// least that share of the set at or below it).
    public struct Spread: Sendable, Equatable {
        public let count: Int
        public let medianSeconds: Double
        public let percentile90Seconds: Double

        init?(_ durations: [Int64]) {
            guard !durations.isEmpty else { return nil }
            let sorted = durations.sorted()
            func rank(_ share: Double) -> Double {
                Double(sorted[max(0, Int((share * Double(sorted.count)).rounded(.up)) - 1)]) / 1e6
            }
            count = sorted.count
            medianSeconds = rank(0.5)
            percentile90Seconds = rank(0.9)
        }
    }

    /// The spread of each kind of time for calls in the period, force-wide: answering 999 and 101 calls,
    /// reaching urban and rural emergencies, and reaching priority calls.
    public static func spreads(_ calls: [CallFact], window: ReportWindow, directory: NeighbourhoodDirectory) -> [String: Spread] {
        var durations: [String: [Int64]] = [:]
        for call in calls where window.contains(call.received) {
            if let answered = call.answered {
                durations[call.is999 ? "999 answer" : "101 answer", default: []].append(answered.microseconds - call.received.microseconds)
            }
            guard let arrived = call.arrived else { continue }
            let wait = arrived.microseconds - call.received.microseconds
            if call.response == .emergency, let urban = call.urban ?? directory.entry(call.neighbourhood)?.urban {
                durations[urban ? "emergency attendance, urban" : "emergency attendance, rural", default: []].append(wait)
            } else if call.response == .priority {
                durations["priority attendance", default: []].append(wait)
            }
        }
        return durations.compactMapValues(Spread.init)
    }
}
