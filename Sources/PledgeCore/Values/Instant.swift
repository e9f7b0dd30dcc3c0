/// A point on the time line, independent of any time zone.
///
/// Stored as whole microseconds since 1970-01-01T00:00:00Z, so durations between instants are exact
/// integer arithmetic, whatever the wall clock did in between (a call that spans the autumn clock change
/// lasts what it really lasted, not what the clock on the wall shows).
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Microseconds since the Unix epoch (UTC).
    public var microseconds: Int64

    public init(microseconds: Int64) { self.microseconds = microseconds }

    /// An instant a whole number of seconds after the epoch.
    public init(secondsSinceEpoch seconds: Int64) { self.microseconds = seconds * 1_000_000 }

    /// Seconds since the epoch, rounded towards negative infinity.
    public var secondsSinceEpoch: Int64 { floorDivide(microseconds, 1_000_000) }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.microseconds < rhs.microseconds }

    /// The instant `seconds` later (or earlier, when negative).
    public func adding(seconds: Int64) -> Instant { Instant(microseconds: microseconds + seconds * 1_000_000) }

    /// `self - other` in microseconds.
    public func microseconds(since other: Instant) -> Int64 { microseconds - other.microseconds }

    /// ISO 8601 in UTC, e.g. `2009-03-29T00:59:30Z` (fractional seconds only when present).
    public var description: String {
        let seconds = secondsSinceEpoch
        let fraction = microseconds - seconds * 1_000_000
        let (date, secondOfDay) = LocalDate.split(secondsSinceEpoch: seconds)
        var text = "\(date)T\(twoDigits(secondOfDay / 3600)):\(twoDigits(secondOfDay / 60 % 60)):\(twoDigits(secondOfDay % 60))"
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 6 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "Z"
    }
}

/// Integer division rounding towards negative infinity.
@inlinable
func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

func twoDigits(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
