import PledgeCore

/// How instants are written in generated files: local wall time with its offset
/// (`2008-10-26T01:30:00+01:00`), which is unambiguous on clock-change days, as a careful export is.
struct TimeText {
    let zone: ZoneRules

    func local(_ instant: Instant) -> String { zone.localText(instant) }
}
