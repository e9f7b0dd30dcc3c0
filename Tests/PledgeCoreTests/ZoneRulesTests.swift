import Foundation
import PledgeCore
import Testing

@Suite("ZoneRules: Europe/London around the clock changes")
struct ZoneRulesTests {
    let london = Oracle.london

    @Test("a wall time in the spring-forward gap does not exist", arguments: [(1, 0), (1, 30), (1, 59)])
    func springGap(hour: Int, minute: Int) {
        #expect(london.resolve(localSeconds: Oracle.localSeconds(2009, 3, 29, hour, minute)) == .nonexistent)
    }

    @Test("wall times either side of the spring gap are unique and an hour of wall clock apart is a minute of real time")
    func aroundSpringGap() {
        #expect(
            london.resolve(localSeconds: Oracle.localSeconds(2009, 3, 29, 0, 59, 30))
                == .unique(Oracle.instant("2009-03-29T00:59:30Z")))
        #expect(
            london.resolve(localSeconds: Oracle.localSeconds(2009, 3, 29, 2, 0, 30))
                == .unique(Oracle.instant("2009-03-29T01:00:30Z")))
    }

    @Test("a wall time in the autumn fall-back hour is ambiguous, with both instants, earlier first")
    func autumnOverlap() {
        let resolution = london.resolve(localSeconds: Oracle.localSeconds(2008, 10, 26, 1, 30), microseconds: 250)
        let first = Instant(microseconds: Oracle.micros("2008-10-26T00:30:00Z") + 250)
        let second = Instant(microseconds: Oracle.micros("2008-10-26T01:30:00Z") + 250)
        #expect(resolution == .ambiguous(first, second))
    }

    @Test("the hour after the autumn overlap is unique again, in GMT")
    func afterAutumnOverlap() {
        #expect(
            london.resolve(localSeconds: Oracle.localSeconds(2008, 10, 26, 2, 0))
                == .unique(Oracle.instant("2008-10-26T02:00:00Z")))
        #expect(
            london.resolve(localSeconds: Oracle.localSeconds(2008, 10, 26, 0, 59, 59))
                == .unique(Oracle.instant("2008-10-25T23:59:59Z")))
    }

    @Test(
        "the offset in force is GMT in winter and BST in summer",
        arguments: [
            ("2009-01-15T12:00:00Z", Int64(0)), ("2009-07-15T12:00:00Z", 3600),
            ("2009-03-29T00:59:59Z", 0), ("2009-03-29T01:00:00Z", 3600),
            ("2008-10-26T00:59:59Z", 3600), ("2008-10-26T01:00:00Z", 0),
        ])
    func offsets(utc: String, expected: Int64) {
        #expect(london.offsetSeconds(at: Oracle.instant(utc)) == expected)
    }

    @Test(
        "the local day of an instant follows the zone, not UTC",
        arguments: [
            ("2009-03-31T23:30:00Z", "2009-04-01"), ("2009-01-31T23:30:00Z", "2009-01-31"),
            ("2008-10-25T23:30:00Z", "2008-10-26"), ("2008-10-26T23:30:00Z", "2008-10-26"),
        ])
    func localDate(utc: String, expected: String) {
        #expect(london.localDate(of: Oracle.instant(utc)).description == expected)
    }

    @Test("a day starts at local midnight: 23:00 UTC the evening before in summer")
    func startOfDay() {
        #expect(london.startOfDay(LocalDate(year: 2009, month: 6, day: 1)!) == Oracle.instant("2009-05-31T23:00:00Z"))
        #expect(london.startOfDay(LocalDate(year: 2009, month: 3, day: 29)!) == Oracle.instant("2009-03-29T00:00:00Z"))
        #expect(london.startOfDay(LocalDate(year: 2008, month: 10, day: 26)!) == Oracle.instant("2008-10-25T23:00:00Z"))
    }

    @Test("another zone's rules: New York skips 02:00–03:00 on 2009-03-08")
    func newYork() throws {
        let newYork = try #require(ZoneRules(identifier: "America/New_York"))
        #expect(newYork.resolve(localSeconds: Oracle.localSeconds(2009, 3, 8, 2, 30)) == .nonexistent)
        #expect(
            newYork.resolve(localSeconds: Oracle.localSeconds(2009, 7, 1, 8, 0))
                == .unique(Oracle.instant("2009-07-01T12:00:00Z")))
    }

    @Test("UTC has no gaps or overlaps")
    func utc() throws {
        let utc = try #require(ZoneRules(identifier: "UTC"))
        #expect(
            utc.resolve(localSeconds: Oracle.localSeconds(2009, 3, 29, 1, 30))
                == .unique(Oracle.instant("2009-03-29T01:30:00Z")))
    }

    @Test("an unknown zone has no rules")
    func unknownZone() {
        #expect(ZoneRules(identifier: "Mars/Olympus_Mons") == nil)
        #expect(ZoneRulesCache.rules(for: "Mars/Olympus_Mons") == nil)
        #expect(ZoneRulesCache.rules(for: "Europe/London")?.identifier == "Europe/London")
    }
}
