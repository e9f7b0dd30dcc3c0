/// A calendar day with no time zone attached (`YYYY-MM-DD`), in the proleptic Gregorian calendar.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil when the day does not exist (2009-02-29, 2009-13-01, …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= LocalDate.daysIn(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` after 1970-01-01.
    public init(daysSinceEpoch days: Int64) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(checkedYear: Int(yoe + era * 400 + (m <= 2 ? 1 : 0)), month: Int(m), day: Int(d))
    }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int64 {
        // Howard Hinnant's days_from_civil.
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = floorDivide(y, 400)
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// A day already known to exist (from arithmetic on days): any year, even outside 1–9999, so that a
    /// far-off instant read from a store never traps.
    init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The month this day is in.
    public var yearMonth: YearMonth { YearMonth(anyYear: year, month: month) }

    /// The day of the week, 0 for Monday to 6 for Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { Int(((daysSinceEpoch + 3) % 7 + 7) % 7) }

    /// The day `days` later.
    public func adding(days: Int64) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + twoDigits(Int64(month)) + "-"
            + twoDigits(Int64(day))
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Splits seconds since the epoch into a date and the second of that day (0..<86400).
    static func split(secondsSinceEpoch seconds: Int64) -> (LocalDate, Int64) {
        let days = floorDivide(seconds, 86_400)
        return (LocalDate(daysSinceEpoch: days), seconds - days * 86_400)
    }
}

/// A calendar month (`YYYY-MM`).
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// A month written with a four-digit year: nil outside 0001-01…9999-12 or for a month not 1–12.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// A month reached by arithmetic (the month of a day, the one after another): any year, so that
    /// stepping past 9999-12 or before 0001-01 never traps. `month` must be 1–12.
    init(anyYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month as one integer, `year * 100 + month` (200904 for April 2009): the form stored in
    /// the `local_month` columns, which sorts and compares like the month itself.
    public var compact: Int { year * 100 + month }

    /// The month of a `compact` number (200904), or nil for one that names no month.
    public init?(compact: Int) {
        let (year, month) = compact.quotientAndRemainder(dividingBy: 100)
        self.init(year: year, month: month)
    }

    /// The first day of the month.
    public var firstDay: LocalDate { LocalDate(checkedYear: year, month: month, day: 1) }

    /// The month after this one.
    public var next: YearMonth { month == 12 ? YearMonth(anyYear: year + 1, month: 1) : YearMonth(anyYear: year, month: month + 1) }

    /// The month before this one.
    public var previous: YearMonth { month == 1 ? YearMonth(anyYear: year - 1, month: 12) : YearMonth(anyYear: year, month: month - 1) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.compact < rhs.compact }

    /// `YYYY-MM`.
    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + twoDigits(Int64(month))
    }
}
