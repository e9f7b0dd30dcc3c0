import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// Rows are read, checked and written in batches; what becomes of a row must not depend on where
/// the batches happen to fall.
@Suite("Files larger than one batch")
struct BatchBoundaryTests {
    /// The calls fixture with extra rows spliced in after data row `after` (1-based).
    func calls(count: Int, inserting extra: [String], after: Int) -> String {
        var lines = Fixtures.callsCSV(count: count).split(separator: "\n").map(String.init)
        lines.insert(contentsOf: extra, at: after + 1)
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(
        "a duplicate key is rejected on its own line however far from the first, and the first is kept",
        arguments: [(5, 5), (10, 300), (63, 63), (64, 64), (200, 1000)])
    func duplicateFarApart(first: Int, afterRow: Int) throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let id = String(format: "C%06d", first)
        let duplicate = "\(id),leicestershire,999,2009-05-20 10:00:00,,,,,,,,,,"
        // Data row n is on line n + 1; the duplicate goes in after data row `afterRow`.
        let duplicateLine = afterRow + 2
        let report = try harness.importText(calls(count: 1200, inserting: [duplicate], after: afterRow), name: "calls.csv")
        #expect(report.counts.inserted == 1200 && report.counts.rejected == 1)
        #expect(
            report.sampleRejections == [
                "line \(duplicateLine): duplicate key (force leicestershire, call_id \(id)): an earlier row of this file has it"
            ])
        let kept = try #require(try harness.record("calls", "call_id", id))
        #expect(kept["line"] == text("101"), "the first row's values are kept")
    }

    @Test("a stored key twice in a new file: its first occurrence replaces the record, later ones are rejected")
    func duplicateOfStoredKey() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        _ = try harness.importText(Fixtures.callsCSV(count: 100), name: "calls.csv")
        // C000050 changed, placed after row 20 (line 22), before the fixture's own C000050 (now line 52).
        let changed = "C000050,leicestershire,999,2009-05-20 10:00:00,,,,,,,,,,"
        let again = "C000050,leicestershire,101,2009-05-21 10:00:00,,,,,,,,,,"
        let report = try harness.importText(calls(count: 100, inserting: [changed], after: 20) + again + "\n", name: "more.csv")
        #expect(report.counts == ImportCounts(updated: 1, unchanged: 99, rejected: 2))
        #expect(report.sampleRejections.map { String($0.prefix(8)) } == ["line 52:", "line 103"])
        let stored = try #require(try harness.record("calls", "call_id", "C000050"))
        #expect(stored["line"] == text("999") && stored["received_at"] == instant("2009-05-20T09:00:00Z"))
    }

    @Test("a row the store refuses is rejected alone, with its line; the rows around it are kept")
    func storeRefusesOneRow() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        // A year-999 call passes the field checks but is outside what the store's local_month holds.
        let ancient = "X1,leicestershire,999,0999-06-01T10:00:00Z,,,,,,,,,,"
        let bad = "X2,leicestershire,112,2009-06-01 10:00:00,,,,,,,,,,"
        let report = try harness.importText(calls(count: 300, inserting: [ancient, bad], after: 100), name: "calls.csv")
        #expect(report.error == nil)
        #expect(report.counts.inserted == 300 && report.counts.rejected == 2)
        #expect(report.sampleRejections.count == 2)
        #expect(report.sampleRejections.first?.hasPrefix("line 102: ") == true)
        #expect(report.sampleRejections.last?.hasPrefix("line 103: line: ") == true)
        #expect(try harness.count("calls") == 300)
    }
}
