import Foundation
import PledgeCore

/// The clock the tests inject, so that "more than a day in the future" never depends on when they run.
public enum FixedClock {
    /// 2010-01-01T00:00:00Z: after every record of the 2008–09 Policing Pledge era used in the tests.
    public static let now = Instant(secondsSinceEpoch: 1_262_304_000)

    /// A clock closure for `Importer(store:now:)`.
    public static let clock: @Sendable () -> Instant = { now }
}

/// Microseconds since the epoch of an ISO 8601 UTC or offset time (`2009-06-01T09:00:00Z`,
/// `2008-10-26T01:55:00+01:00`), read by Foundation: an oracle independent of `InstantParser`.
/// Whole seconds only; add fractions by hand.
public func utcMicroseconds(_ text: String) -> Int64 {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else { fatalError("test oracle cannot read '\(text)'") }
    return Int64(date.timeIntervalSince1970.rounded()) * 1_000_000
}
