import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// Europe/London's clock-change days, through a real import into SQLite.
@Suite("Clock-change days in Europe/London")
struct ClockChangeImportTests {
    static func callsCSV(_ rows: [(id: String, received: String, answered: String)]) -> String {
        "call_id,force,line,received_at,answered_at\n"
            + rows.map { "\($0.id),leicestershire,999,\($0.received),\($0.answered)\n" }.joined()
    }

    /// `answered_at - received_at` as stored, in microseconds.
    func storedDuration(_ harness: ImportHarness, _ id: String) throws -> Int64? {
        try SQLiteFile.value(harness.databasePath, "SELECT answered_at - received_at FROM calls WHERE call_id = ?", [id])
    }

    @Test("a local time in the spring-forward gap is rejected: it does not exist")
    func springGap() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.callsCSV([("C1", "2009-03-29 01:30:00", "")]), name: "calls.csv")
        #expect(report.counts.rejected == 1 && report.counts.inserted == 0)
        let reason = try #require(report.sampleRejections.first)
        #expect(reason.hasPrefix("line 2: received_at: "))
        #expect(reason.contains("2009-03-29 01:30:00 does not exist"))
    }

    @Test("an autumn fall-back time without an offset is rejected as ambiguous")
    func autumnAmbiguous() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.callsCSV([("C1", "2008-10-26 01:30:00", "")]), name: "calls.csv")
        #expect(report.counts.rejected == 1)
        let reason = try #require(report.sampleRejections.first)
        #expect(reason.hasPrefix("line 2: received_at: "))
        #expect(reason.contains("occurs twice"))
    }

    @Test(
        "the same autumn time with an offset is accepted, as the instant the offset names",
        arguments: [("2008-10-26T01:30:00+01:00", "2008-10-26T00:30:00Z"), ("2008-10-26T01:30:00+00:00", "2008-10-26T01:30:00Z")])
    func autumnWithOffset(received: String, utc: String) throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.callsCSV([("C1", received, "")]), name: "calls.csv")
        #expect(report.isClean && report.counts.inserted == 1)
        #expect(try harness.record("calls", "call_id", "C1")?["received_at"] == instant(utc))
    }

    @Test(
        "calls spanning a clock change store their true durations",
        arguments: [
            // Autumn: 01:55 BST, answered at 01:00:05 GMT, after the clocks went back: 5 min 5 s.
            ("2008-10-26T01:55:00+01:00", "2008-10-26T01:00:05+00:00", Int64(305)),
            // Autumn, local times either side of the repeated hour: 00:59 BST to 02:00 GMT is 2 h 1 min.
            ("2008-10-26 00:59:00", "2008-10-26 02:00:00", 7260),
            // Spring: 00:59:30 GMT to 02:00:10 BST is 40 seconds, not an hour and 40 seconds.
            ("2009-03-29 00:59:30", "2009-03-29 02:00:10", 40),
            ("2009-03-29T00:59:30Z", "2009-03-29T02:00:10+01:00", 40),
        ])
    func trueDurations(received: String, answered: String, seconds: Int64) throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.callsCSV([("C1", received, answered)]), name: "calls.csv")
        #expect(report.isClean, "\(report.sampleRejections)")
        #expect(try storedDuration(harness, "C1") == seconds * 1_000_000)
    }

    @Test("an answer that looks later on the wall but is earlier in time is rejected")
    func answerBeforeCallAcrossFallBack() throws {
        let harness = try ImportHarness()
        // 01:55 GMT (the second 01:55) then 01:58 BST (the first pass through the hour): the answer came first.
        let report = try harness.importText(
            Self.callsCSV([("C1", "2008-10-26T01:55:00+00:00", "2008-10-26T01:58:00+01:00")]), name: "calls.csv")
        #expect(report.counts.rejected == 1)
        #expect(report.sampleRejections.first?.hasPrefix("line 2: answered_at: ") == true)
    }

    @Test("fractional seconds are stored to the microsecond")
    func fractions() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(
            Self.callsCSV([("C1", "2009-06-01T09:00:00.25Z", "2009-06-01T09:00:07.000001Z")]), name: "calls.csv")
        #expect(report.isClean)
        #expect(try storedDuration(harness, "C1") == 6_750_001)
    }
}
