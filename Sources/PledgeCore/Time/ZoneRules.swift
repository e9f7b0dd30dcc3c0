import Foundation

/// The offsets from UTC a time zone uses, as a table of transitions, for fast and exact conversion
/// between instants and local wall times.
///
/// Built once from Foundation's `TimeZone` (the system tz database), then used without Foundation:
/// looking up an offset is a binary search, so the importer can convert millions of wall times a second.
public struct ZoneRules: Sendable {
    /// The tz database identifier, e.g. `Europe/London`.
    public let identifier: String
    /// UTC seconds at which the offset changes, ascending.
    let transitions: [Int64]
    /// `offsets[i]` is the offset (seconds east of UTC) in force before `transitions[i]`; the last entry
    /// applies after the last transition. `offsets.count == transitions.count + 1`.
    let offsets: [Int64]

    /// How a local wall time maps to instants.
    public enum Resolution: Equatable, Sendable {
        /// Exactly one instant shows this wall time.
        case unique(Instant)
        /// The clocks jumped over this wall time (the spring-forward hour).
        case nonexistent
        /// The wall time occurs twice (the autumn fall-back hour); both instants, earlier first.
        case ambiguous(Instant, Instant)
    }

    /// Rules for a tz database zone, or nil when the system does not know it.
    public init?(identifier: String, years: ClosedRange<Int> = 1900...2100) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        let start = Date(timeIntervalSince1970: Double(LocalDate(year: years.lowerBound, month: 1, day: 1)!.daysSinceEpoch) * 86_400)
        let end = Date(timeIntervalSince1970: Double(LocalDate(year: years.upperBound, month: 12, day: 31)!.daysSinceEpoch) * 86_400)
        var transitions: [Int64] = []
        var offsets: [Int64] = [Int64(zone.secondsFromGMT(for: start))]
        var cursor = start
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            let offset = Int64(zone.secondsFromGMT(for: next))
            if offset != offsets.last {
                transitions.append(Int64(next.timeIntervalSince1970.rounded()))
                offsets.append(offset)
            }
            cursor = next
        }
        self.transitions = transitions
        self.offsets = offsets
    }

    /// Seconds east of UTC at an instant.
    public func offsetSeconds(at instant: Instant) -> Int64 { offset(atUTCSeconds: instant.secondsSinceEpoch) }

    func offset(atUTCSeconds t: Int64) -> Int64 {
        // Index of the first transition after t.
        var low = 0
        var high = transitions.count
        while low < high {
            let mid = (low + high) >> 1
            if transitions[mid] <= t { low = mid + 1 } else { high = mid }
        }
        return offsets[low]
    }

    /// The instants whose local wall time is `localSeconds` (seconds since 1970-01-01T00:00 on the wall),
    /// plus `microseconds` within that second.
    public func resolve(localSeconds: Int64, microseconds: Int64 = 0) -> Resolution {
        // Any transition that matters lies within a day of the wall time, so the candidates are the
        // offsets in force a day either side.
        let before = offset(atUTCSeconds: localSeconds - 86_400)
        let after = offset(atUTCSeconds: localSeconds + 86_400)
        var found: [Int64] = []
        for candidate in before == after ? [before] : [before, after] {
            let utc = localSeconds - candidate
            if offset(atUTCSeconds: utc) == candidate { found.append(utc) }
        }
        found.sort()
        switch found.count {
        case 0: return .nonexistent
        case 1: return .unique(Instant(microseconds: found[0] * 1_000_000 + microseconds))
        default:
            return .ambiguous(
                Instant(microseconds: found[0] * 1_000_000 + microseconds),
                Instant(microseconds: found[1] * 1_000_000 + microseconds))
        }
    }

    /// The local calendar day of an instant.
    public func localDate(of instant: Instant) -> LocalDate {
        LocalDate.split(secondsSinceEpoch: instant.secondsSinceEpoch + offsetSeconds(at: instant)).0
    }

    /// Local midnight at the start of a day. (A zone whose clocks change at midnight would need the first
    /// instant of the day; Europe/London changes at 01:00 UTC, so midnight always exists once.)
    public func startOfDay(_ date: LocalDate) -> Instant {
        let local = date.daysSinceEpoch * 86_400
        switch resolve(localSeconds: local) {
        case .unique(let instant), .ambiguous(let instant, _): return instant
        case .nonexistent:
            // The day starts at the first wall time that exists: an hour later.
            return startOfDayAfterGap(local)
        }
    }

    private func startOfDayAfterGap(_ local: Int64) -> Instant {
        var probe = local
        while true {
            probe += 60
            if case .unique(let instant) = resolve(localSeconds: probe) { return instant }
        }
    }

    /// Local wall time with its offset, `2008-10-26T01:30:00+01:00`: unambiguous on clock-change days.
    public func localText(_ instant: Instant) -> String {
        let offset = offsetSeconds(at: instant)
        let (day, second) = LocalDate.split(secondsSinceEpoch: instant.secondsSinceEpoch + offset)
        let magnitude = abs(offset)
        return "\(day)T\(twoDigits(second / 3600)):\(twoDigits(second / 60 % 60)):\(twoDigits(second % 60))"
            + "\(offset < 0 ? "-" : "+")\(twoDigits(magnitude / 3600)):\(twoDigits(magnitude / 60 % 60))"
    }
}
