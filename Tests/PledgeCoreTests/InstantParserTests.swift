import Foundation
import PledgeCore
import Testing

@Suite("InstantParser: ISO 8601 with offsets, and local wall times read in the force's zone")
struct InstantParserTests {
    func parse(_ text: String) -> Result<Instant, RowProblem> {
        withBytes(text) { InstantParser.parse($0, zone: Oracle.london) }
    }

    @Test(
        "offsets are applied exactly",
        arguments: [
            ("2009-03-29T00:59:30Z", "2009-03-29T00:59:30Z"),
            ("2009-03-29T00:59:30z", "2009-03-29T00:59:30Z"),
            ("2009-06-01T10:00:00+01:00", "2009-06-01T09:00:00Z"),
            ("2009-06-01T10:00:00+0100", "2009-06-01T09:00:00Z"),
            ("2009-06-01T10:00:00+01", "2009-06-01T09:00:00Z"),
            ("2009-06-01T04:30:00-04:30", "2009-06-01T09:00:00Z"),
            ("2009-06-01 09:00:00+00:00", "2009-06-01T09:00:00Z"),
            ("2009-01-01T00:30:00+01:00", "2008-12-31T23:30:00Z"),
            // An offset makes a wall time in the spring gap or the autumn overlap usable.
            ("2009-03-29T01:30:00+00:00", "2009-03-29T01:30:00Z"),
            ("2008-10-26T01:30:00+01:00", "2008-10-26T00:30:00Z"),
            ("2008-10-26T01:30:00+00:00", "2008-10-26T01:30:00Z"),
        ])
    func withOffset(text: String, utc: String) throws {
        #expect(try parse(text).get() == Oracle.instant(utc))
    }

    @Test(
        "local wall times without an offset are read in Europe/London",
        arguments: [
            ("2009-01-15 10:00:00", "2009-01-15T10:00:00Z"),
            ("2009-06-01 10:00:00", "2009-06-01T09:00:00Z"),
            ("2009-06-01T10:00:00", "2009-06-01T09:00:00Z"),
            ("2009-06-01T10:00", "2009-06-01T09:00:00Z"),
            ("2009-03-29 00:59:30", "2009-03-29T00:59:30Z"),
            ("2009-03-29 02:00:00", "2009-03-29T01:00:00Z"),
            ("2008-10-26 00:59:59", "2008-10-25T23:59:59Z"),
            ("2008-10-26 02:00:00", "2008-10-26T02:00:00Z"),
        ])
    func localTimes(text: String, utc: String) throws {
        #expect(try parse(text).get() == Oracle.instant(utc))
    }

    @Test(
        "fractional seconds are kept to the microsecond",
        arguments: [
            ("2009-06-01T09:00:00.5Z", Int64(500_000)), ("2009-06-01T09:00:00.123456Z", 123_456),
            ("2009-06-01T09:00:00,25Z", 250_000), ("2009-06-01T09:00:00.000001Z", 1),
            ("2009-06-01T09:00:00.1234560Z", 123_456), ("2009-06-01T10:00:00.75+01:00", 750_000),
            ("2009-06-01 10:00:00.5", 500_000),
        ])
    func fractions(text: String, micros: Int64) throws {
        #expect(try parse(text).get().microseconds == Oracle.micros("2009-06-01T09:00:00Z") + micros)
    }

    @Test(
        "strings that are not instants are refused, saying what was expected",
        arguments: [
            "", "2009-06-01", "yesterday", "01/06/2009 10:00", "2009-13-01T00:00:00Z", "2009-02-29T10:00:00Z",
            "2009-06-31T10:00:00Z", "2009-06-01T24:00:00Z", "2009-06-01T10:60:00Z", "2009-06-01T10:00:60Z",
            "2009-06-01T10:00:00+19:00", "2009-06-01T10:00:00+01:60", "2009-06-01T10:00:00Zjunk",
            "2009-06-01T10:00:00.Z", "2009-06-01T10:00:00.1234567Z", "2009-06-01T10:00:00 +01:00",
            "2009-06-01X10:00:00Z", "2009-06-01T10:00:00+1:00",
        ])
    func badStrings(text: String) {
        guard case .failure(let problem) = parse(text) else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(problem.reason.contains("is not an instant"))
        #expect(problem.reason.contains("'\(text)'"))
    }

    @Test("a wall time the clocks skipped is refused, saying it does not exist")
    func springForward() {
        guard case .failure(let problem) = parse("2009-03-29 01:30:00") else {
            Issue.record("accepted")
            return
        }
        #expect(problem.reason.contains("does not exist"))
        #expect(problem.reason.contains("2009-03-29 01:30:00"))
    }

    @Test("a wall time that occurs twice is refused without an offset, asking for one")
    func autumnAmbiguous() {
        guard case .failure(let problem) = parse("2008-10-26 01:30:00") else {
            Issue.record("accepted")
            return
        }
        #expect(problem.reason.contains("occurs twice"))
        #expect(problem.reason.contains("offset"))
    }

    @Test(
        "Instant prints as ISO 8601 UTC, with a fraction only when there is one",
        arguments: [
            (Int64(1_238_288_370_000_000), "2009-03-29T00:59:30Z"), (1_238_288_370_500_000, "2009-03-29T00:59:30.5Z"),
            (1_238_288_370_000_001, "2009-03-29T00:59:30.000001Z"), (0, "1970-01-01T00:00:00Z"),
            (-1_500_000, "1969-12-31T23:59:58.5Z"),
        ])
    func description(micros: Int64, text: String) {
        #expect(Instant(microseconds: micros).description == text)
    }

    @Test("parsing what Instant prints gives the same instant back", arguments: [0, 1, 999_999, 1_238_288_370_123_456])
    func roundTrip(micros: Int64) throws {
        let instant = Instant(microseconds: micros)
        #expect(try parse(instant.description).get() == instant)
    }
}
