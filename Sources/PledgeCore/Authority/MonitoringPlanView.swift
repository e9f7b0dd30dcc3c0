/// The monitoring plan against what the Authority recorded doing (`actions` with owner `authority` and
/// kind `monitoring`): per promise and quarter, what ran, what is overdue, and any promise that went
/// unmonitored.
///
/// A monitoring action *ran* on its `closed_on` day; one not closed has not run, and is overdue once its
/// `due_on` has passed. An action that names no promise is a force-wide run of its mechanism: it counts
/// for every promise whose plan uses that mechanism (or, when none does, for the promise to keep the
/// promises).
public struct MonitoringPlanView: Sendable {
    /// Where one plan entry stands in one quarter.
    public enum Status: Sendable, Equatable {
        /// It ran in the quarter, on these days.
        case ran([LocalDate])
        /// It did not run in the quarter but did in the same window of its frequency (a yearly force report
        /// given in another quarter of the financial year).
        case ranInWindow(LocalDate)
        /// Its window has not ended by the as-of day: due by the day before `dueBy`.
        case due(by: LocalDate)
        /// Its window ended with no run.
        case overdue
        /// The quarter starts after the as-of day.
        case notStarted

        /// A word for tables: `ran`, `ran in window`, `due`, `overdue`, `not started`.
        public var word: String {
            switch self {
            case .ran: "ran"
            case .ranInWindow: "ran in window"
            case .due: "due"
            case .overdue: "overdue"
            case .notStarted: "not started"
            }
        }
    }

    public struct EntryStatus: Sendable {
        public let entry: MonitoringPlan.Entry
        public let status: Status
    }

    /// One promise in one quarter.
    public struct Cell: Sendable {
        public let quarter: Period
        public let entries: [EntryStatus]
        /// The monitoring that ran for the promise in the quarter, planned or not, by day.
        public let runs: [ActionFact]
        /// True when the quarter has ended by the as-of day and nothing ran for the promise in it.
        public let unmonitored: Bool

        public var overdue: [MonitoringPlan.Entry] { entries.filter { $0.status == .overdue }.map(\.entry) }
    }

    public struct Row: Sendable {
        /// 1–10; nil for the promise to keep the promises.
        public let promise: Int?
        public let cells: [Cell]
    }

    public let plan: MonitoringPlan
    public let quarters: [Period]
    public let asOfDay: LocalDate
    public let rows: [Row]
    /// Monitoring actions not closed whose `due_on` is before the as-of day.
    public let overdueActions: [ActionFact]

    /// The view for the calendar quarters `period` touches, as of `asOfDay` (the last day counted).
    public init(plan: MonitoringPlan, actions: [ActionFact], period: Period, asOfDay: LocalDate) {
        self.plan = plan
        self.asOfDay = asOfDay
        let quarters = period.calendarQuarters
        self.quarters = quarters
        // As of a day, an action closed after it has not run yet.
        let monitoring = actions.filter(\.isAuthorityMonitoring).map { action in
            guard let closed = action.closedOn, closed > asOfDay else { return action }
            return ActionFact(
                isImprovement: action.isImprovement, indicator: action.indicator, openedOn: action.openedOn, closedOn: nil, summary: action.summary,
                id: action.id, isAuthority: action.isAuthority, promise: action.promise, mechanism: action.mechanism, dueOn: action.dueOn)
        }
        let planned = Set(plan.entries.map(\.mechanism))
        func applies(_ action: ActionFact, to promise: Int?) -> Bool {
            if let own = action.promise { return own == promise }
            guard let mechanism = action.mechanism.flatMap(MonitoringMechanism.init) else { return promise == nil }
            guard planned.contains(mechanism) else { return promise == nil }
            return plan.entries(for: promise).contains { $0.mechanism == mechanism }
        }
        let dayAfterAsOf = asOfDay.adding(days: 1)
        rows = MonitoringPlan.scopes.map { promise in
            let mine = monitoring.filter { applies($0, to: promise) }
            let entries = plan.entries(for: promise)
            let cells = quarters.map { quarter -> Cell in
                let runs = mine.filter { action in action.closedOn.map { $0 >= quarter.start && $0 < quarter.end } ?? false }
                    .sorted { ($0.closedOn!, $0.id) < ($1.closedOn!, $1.id) }
                let statuses = entries.map { entry in
                    EntryStatus(
                        entry: entry,
                        status: Self.status(
                            of: entry, in: quarter, runs: mine.filter { $0.mechanism.flatMap(MonitoringMechanism.init) == entry.mechanism },
                            dayAfterAsOf: dayAfterAsOf))
                }
                return Cell(quarter: quarter, entries: statuses, runs: runs, unmonitored: quarter.end <= dayAfterAsOf && runs.isEmpty)
            }
            return Row(promise: promise, cells: cells)
        }
        overdueActions = monitoring.filter { action in
            action.closedOn == nil && (action.dueOn.map { $0 < asOfDay } ?? false)
        }.sorted { ($0.dueOn!, $0.id) < ($1.dueOn!, $1.id) }
    }

    /// Where `entry` stands in `quarter`, from the runs of its mechanism for its promise.
    static func status(of entry: MonitoringPlan.Entry, in quarter: Period, runs: [ActionFact], dayAfterAsOf: LocalDate) -> Status {
        guard quarter.start < dayAfterAsOf else { return .notStarted }
        let days = runs.compactMap(\.closedOn).sorted()
        func ran(_ from: LocalDate, _ to: LocalDate) -> [LocalDate] { days.filter { $0 >= from && $0 < to } }
        if entry.frequency == .monthly {
            let months = Period(start: quarter.start, end: quarter.end, label: quarter.label).months
            let missed = months.filter { ran($0.firstDay, $0.next.firstDay).isEmpty }
            if missed.isEmpty { return .ran(ran(quarter.start, quarter.end)) }
            if missed.contains(where: { $0.next.firstDay <= dayAfterAsOf }) { return .overdue }
            return .due(by: missed.last!.next.firstDay)
        }
        let inQuarter = ran(quarter.start, quarter.end)
        if !inQuarter.isEmpty { return .ran(inQuarter) }
        let window = entry.frequency.window(containing: quarter.start.yearMonth)
        if let other = ran(window.first.firstDay, window.end.firstDay).first { return .ranInWindow(other) }
        // A longer window is overdue only in its last quarter; before that the run is still due.
        if quarter.end < window.end.firstDay { return .due(by: window.end.firstDay) }
        return window.end.firstDay <= dayAfterAsOf ? .overdue : .due(by: window.end.firstDay)
    }

    /// The promises that went unmonitored in at least one ended quarter, with those quarters' labels.
    public var unmonitored: [(promise: Int?, quarters: [String])] {
        rows.compactMap { row in
            let quarters = row.cells.filter(\.unmonitored).map(\.quarter.label)
            return quarters.isEmpty ? nil : (row.promise, quarters)
        }
    }
}

extension Period {
    /// The calendar quarters the period touches, each labelled `2009-Q1`.
    public var calendarQuarters: [Period] {
        var quarters: [Period] = []
        for month in months {
            let label = "\(month.year)-Q\((month.month - 1) / 3 + 1)"
            if quarters.last?.label != label { quarters.append(Period(label)!) }
        }
        return quarters
    }

    /// The same span a year earlier (`2008-Q1` for `2009-Q1`, `2007/08` for `2008/09`); 29 February
    /// becomes the 28th.
    public var yearEarlier: Period {
        func back(_ day: LocalDate) -> LocalDate {
            LocalDate(year: day.year - 1, month: day.month, day: min(day.day, LocalDate.daysIn(year: day.year - 1, month: day.month)))!
        }
        // The last day goes back a year, so that a span ending on 28 February keeps its last day.
        let (start, end) = (back(self.start), back(self.end.adding(days: -1)).adding(days: 1))
        if label.contains("/") { return Period(financialYearFrom: start.year) }
        if label.contains("-Q") { return Period(start: start, end: end, label: "\(start.year)-Q\(label.suffix(1))") }
        if label.count == 7 { return Period(start: start, end: end, label: start.yearMonth.description) }
        return Period(start: start, end: end, label: "\(start)..\(end.adding(days: -1))")
    }
}
