import PledgeCore
import PledgeStore

/// The periods a force's figures can be shown for: every financial year, quarter and month its calls span,
/// latest first within each.
enum PeriodChoices {
    static func of(_ force: Force, in status: StoreStatus) -> [String] {
        let spans = status.holdings.filter { $0.force.id == force.id && $0.kind == .calls }
        return of(spans: spans)
    }

    /// The choices for every force with calls together (the national page).
    static func ofAll(in status: StoreStatus) -> [String] { of(spans: status.holdings.filter { $0.kind == .calls }) }

    private static func of(spans: [StoreStatus.Holding]) -> [String] {
        let firsts = spans.compactMap { $0.first.flatMap(LocalDate.init) }, lasts = spans.compactMap { $0.last.flatMap(LocalDate.init) }
        guard let first = firsts.min(), let last = lasts.max() else { return [] }
        var months: [YearMonth] = []
        var month = first.yearMonth
        while month <= last.yearMonth && months.count < 240 {
            months.append(month)
            month = month.next
        }
        var years: [String] = [], quarters: [String] = []
        for month in months {
            let year = Period.financialYear(containing: month.firstDay).label
            if years.last != year { years.append(year) }
            let quarter = "\(month.year)-Q\((month.month - 1) / 3 + 1)"
            if quarters.last != quarter { quarters.append(quarter) }
        }
        return years.reversed() + quarters.reversed() + months.reversed().map(\.description)
    }
}
