import Foundation

/// A span of force-local calendar days `[start, end)`: a month (`2009-01`), a calendar quarter
/// (`2009-Q1`), a financial year (`2008/09`, April to March) or two dates (`2008-04-01..2008-06-30`,
/// both days included). Its instants are the local midnights at its ends (docs/indicators.md, "Periods").
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The first day in the period.
    public let start: LocalDate
    /// The first day after the period.
    public let end: LocalDate
    /// How the period was written.
    public let label: String

    public init(start: LocalDate, end: LocalDate, label: String) {
        self.start = start
        self.end = end
        self.label = label
    }

    /// The months `text` names, in order: a range of months `2008-04..2009-03`, or any period form
    /// (`2008/09`, `2009-Q2`, `2008-04`, `2008-04-01..2009-03-31`). Nil for anything else, for a range that
    /// runs backwards, or for one longer than a century (a slip of the keyboard, not a declaration).
    public static func months(named text: String) -> [YearMonth]? {
        let ends = text.components(separatedBy: "..")
        let months: [YearMonth]
        if ends.count == 2, ends.allSatisfy({ $0.count == 7 }), let first = YearMonth(ends[0]), let last = YearMonth(ends[1]) {
            guard first <= last, last.compact - first.compact <= 100 * 100 else { return nil }
            var all = [first]
            while let latest = all.last, latest < last { all.append(latest.next) }
            months = all
        } else if let period = Period(text) {
            months = period.months
        } else {
            return nil
        }
        return months.count <= 1200 ? months : nil
    }

    /// Reads a period, or nil when the text is none of the four forms.
    public init?(_ text: String) {
        // Each form is refused when its years are outside 1…9999 or the day after it is past 9999-12-31:
        // a date cannot hold it, and reading it would trap.
        let parts = text.split(separator: "/")
        if parts.count == 2, let year = Int(parts[0]), parts[0].count == 4, let next = Int(parts[1]), parts[1].count == 2,
            (year + 1) % 100 == next, year >= 1, year < 9999
        {
            self.init(financialYearFrom: year)
            return
        }
        if text.count == 7, let month = YearMonth(text), month.compact < 9999_12 {
            self.init(start: month.firstDay, end: month.next.firstDay, label: text)
            return
        }
        let quarter = text.split(separator: "-")
        if quarter.count == 2, let year = Int(quarter[0]), quarter[1].count == 2, quarter[1].first == "Q",
            let q = Int(quarter[1].dropFirst()), (1...4).contains(q), let first = YearMonth(year: year, month: (q - 1) * 3 + 1),
            year < 9999 || q < 4
        {
            self.init(start: first.firstDay, end: first.next.next.next.firstDay, label: text)
            return
        }
        let range = text.components(separatedBy: "..")
        if range.count == 2, let from = LocalDate(range[0]), let to = LocalDate(range[1]), from <= to, (to.year, to.month, to.day) < (9999, 12, 31) {
            self.init(start: from, end: to.adding(days: 1), label: text)
            return
        }
        return nil
    }

    /// The financial year (April to March) starting in April of `year`, labelled `2008/09`.
    public init(financialYearFrom year: Int) {
        let next = (year + 1) % 100
        self.init(
            start: LocalDate(year: year, month: 4, day: 1)!, end: LocalDate(year: year + 1, month: 4, day: 1)!,
            label: "\(year)/\(next < 10 ? "0" : "")\(next)")
    }

    /// The financial year holding `day`.
    public static func financialYear(containing day: LocalDate) -> Period {
        Period(financialYearFrom: day.month >= 4 ? day.year : day.year - 1)
    }

    /// Every day of the period, in order.
    public var days: [LocalDate] {
        (start.daysSinceEpoch..<end.daysSinceEpoch).map(LocalDate.init(daysSinceEpoch:))
    }

    /// The calendar months the period touches, in order.
    public var months: [YearMonth] {
        var months: [YearMonth] = []
        var month = start.yearMonth
        while month.firstDay < end {
            months.append(month)
            month = month.next
        }
        return months
    }

    public var description: String { label }
}

extension LocalDate {
    /// A date from `YYYY-MM-DD`.
    public init?(_ text: String) {
        guard let parsed = Array(text.utf8).withUnsafeBytes({ FieldParsers.date($0) }) else { return nil }
        self = parsed
    }
}

extension YearMonth {
    /// A month from `YYYY-MM`.
    public init?(_ text: String) {
        guard let parsed = Array(text.utf8).withUnsafeBytes({ FieldParsers.month($0) }) else { return nil }
        self = parsed
    }
}
