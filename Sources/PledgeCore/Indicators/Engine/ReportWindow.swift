/// The instants a report describes: a period `[start, end)` of local midnights, and the as-of instant
/// (default `min(end, now)`) before which clocks must have run out (docs/indicators.md, "As-of").
public struct ReportWindow: Sendable {
    public let period: Period
    public let zone: ZoneRules
    public let start: Instant
    public let end: Instant
    public let asOf: Instant

    /// The window for `period` in `zone`, as of `asOf` when given, else `min(end, now)`.
    public init(period: Period, zone: ZoneRules, now: Instant, asOf: Instant? = nil) {
        self.period = period
        self.zone = zone
        start = zone.startOfDay(period.start)
        end = zone.startOfDay(period.end)
        self.asOf = asOf ?? min(end, now)
    }

    /// Whether a record starting at `instant` belongs to the period.
    public func contains(_ instant: Instant) -> Bool { instant >= start && instant < end }

    /// Whether a record starting at `instant` belongs to the period and had started by as-of: figures as
    /// of T see only what had happened by T.
    public func counts(_ instant: Instant) -> Bool { contains(instant) && instant < asOf }

    /// A later instant of a record as seen at as-of: blank when it comes after as-of.
    public func seen(_ instant: Instant?) -> Instant? { RuleContext.seen(instant, asOf: asOf) }

    /// The calendar months inside the period that have ended by as-of.
    public var wholeMonths: [YearMonth] {
        period.months.filter { month in
            month.firstDay >= period.start && month.next.firstDay <= period.end && zone.startOfDay(month.next.firstDay) <= asOf
        }
    }

    /// The local date of the last instant before as-of.
    public var asOfDay: LocalDate { zone.localDate(of: Instant(microseconds: asOf.microseconds - 1)) }

    /// The force-local month an instant falls in.
    public func month(of instant: Instant) -> YearMonth { zone.localDate(of: instant).yearMonth }
}
