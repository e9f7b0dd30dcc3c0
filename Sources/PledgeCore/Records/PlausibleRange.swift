/// The time a record's instants, dates and months may plausibly lie in. A value outside it is a typing
/// error or a placeholder (`0001-01-01`, `9999-12-31 23:59:59`), never a record; stored, it would make
/// every report of the force span millennia. See docs/records.md, "Plausible times".
public enum PlausibleRange {
    /// The earliest day any field may name: old history is allowed (the pledge is of 2008), year 1 is not.
    public static let earliest = LocalDate(year: 1990, month: 1, day: 1)!
    /// The latest day any field may name, whatever the clock says.
    public static let latest = LocalDate(year: 2099, month: 12, day: 31)!
    /// How many years after its record's start (the kind's month field: `received_at`, `month`, …) a
    /// later instant, date or month may lie, unless the kind allows a field more (`RecordSchema.laterYears`).
    public static let yearsAfterStart = 5

    /// The day `years` calendar years after `date` (29 February becomes 28 February).
    static func date(_ date: LocalDate, plusYears years: Int) -> LocalDate {
        let year = min(date.year + years, 9999)
        return LocalDate(year: year, month: date.month, day: date.day) ?? LocalDate(year: year, month: date.month, day: 28)!
    }

    /// The problem with a value whose first day (instants: in the force's zone) is `day`, if it is
    /// outside `earliest…latest`; `shown` is the value as the reason shows it.
    static func eraProblem(field: String, day: LocalDate, shown: String, isMonth: Bool) -> RowProblem? {
        if day < earliest {
            let limit = isMonth ? earliest.yearMonth.description : earliest.description
            return RowProblem(field: field, "\(shown) is before \(limit), earlier than any record may be")
        }
        if latest < day {
            let limit = isMonth ? latest.yearMonth.description : latest.description
            return RowProblem(field: field, "\(shown) is after \(limit), later than any record may be")
        }
        return nil
    }
}

extension FieldValue {
    /// The day an instant (in `zone`), date or month (its first day) falls on; nil for other values.
    func day(in zone: ZoneRules) -> LocalDate? {
        switch self {
        case .instant(let instant): zone.localDate(of: instant)
        case .date(let date): date
        case .month(let month): month.firstDay
        default: nil
        }
    }
}
