import PledgeCore

/// How instants and days are written in generated files: local wall time with its offset
/// (`2008-10-26T01:30:00+01:00`), which is unambiguous on clock-change days, as a careful export is.
struct TimeText {
    let zone: ZoneRules

    func local(_ instant: Instant) -> String {
        let offset = zone.offsetSeconds(at: instant)
        let wall = instant.secondsSinceEpoch + offset
        let day = LocalDate(daysSinceEpoch: floorDiv(wall, 86_400))
        let second = wall - floorDiv(wall, 86_400) * 86_400
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(day)T\(pad(second / 3600)):\(pad(second / 60 % 60)):\(pad(second % 60))\(sign)\(pad(magnitude / 3600)):\(pad(magnitude / 60 % 60))"
    }

    private func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }

    private func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
