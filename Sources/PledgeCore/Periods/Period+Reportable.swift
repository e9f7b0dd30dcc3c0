extension Period {
    /// The days a report can be about: the years the time-zone tables hold (1900 to 2100, `ZoneRules`),
    /// less the two years before a period that a report also reads (its control-chart baseline, and the
    /// same period last year with its twelve-month trend). Outside them local times would be guessed and
    /// the month arithmetic would run off the years a date can hold.
    public static let reportableDays: ClosedRange<LocalDate> = LocalDate(year: 1902, month: 1, day: 1)!...LocalDate(year: 2100, month: 1, day: 1)!

    /// Whether a report can be about this period: it lies within `reportableDays`.
    public var isReportable: Bool { Self.reportableDays.contains(start) && Self.reportableDays.contains(end) }
}
