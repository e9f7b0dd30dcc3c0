import Foundation
import PledgeCore

/// Helpers shared by the core tests. The expected instants come from Foundation's ISO 8601 reader, an
/// oracle independent of the code under test.
enum Oracle {
    /// Microseconds since the epoch of an ISO 8601 time with an offset (whole seconds).
    static func micros(_ text: String) -> Int64 {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { fatalError("oracle cannot read '\(text)'") }
        return Int64(date.timeIntervalSince1970.rounded()) * 1_000_000
    }

    static func instant(_ text: String) -> Instant { Instant(microseconds: micros(text)) }

    /// Seconds since 1970-01-01T00:00 on the wall: the `localSeconds` that `ZoneRules.resolve` takes.
    static func localSeconds(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Int64 {
        LocalDate(year: year, month: month, day: day)!.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    static let london = ZoneRules(identifier: "Europe/London")!
}

/// Runs a parser that takes raw bytes on a string.
func withBytes<T>(_ text: String, _ body: (UnsafeRawBufferPointer) -> T) -> T {
    Array(text.utf8).withUnsafeBytes(body)
}
