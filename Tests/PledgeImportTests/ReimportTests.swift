import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// Importing a record whose key exists replaces it; importing the same file twice changes nothing.
@Suite("Idempotent re-import")
struct ReimportTests {
    @Test("the same file twice: N inserted, then recognised as unchanged without being read, and the store byte for byte as it was")
    func sameFileTwice() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let path = try harness.write(Fixtures.callsCSV(count: 50), name: "calls.csv")
        let first = try harness.importOne(path)
        #expect(first.isClean && first.counts == ImportCounts(inserted: 50))
        let before = try harness.dump(ignoringTables: [], ignoringColumns: [])

        let second = try harness.importOne(path)
        #expect(second.isClean && second.counts == ImportCounts(unchanged: 50) && second.unchangedSince?.rows == 50)
        // Not even the import log or a record's seen_import moves: the data version stays, and every figure
        // computed from the records stays cached.
        #expect(try harness.dump(ignoringTables: [], ignoringColumns: []) == before)
    }

    @Test("changing one row and importing again: 1 updated, the rest unchanged, the new value stored")
    func oneRowChanged() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let original = Fixtures.callsCSV(count: 20)
        _ = try harness.importText(original, name: "calls.csv")
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Row C000007: answered a minute later, and now a vulnerable caller.
        lines[7] = lines[7].replacingOccurrences(of: ",false,", with: ",true,").replacingOccurrences(of: ":07Z,NC04", with: ":59Z,NC04")
        #expect(lines[7].hasPrefix("C000007,") && lines[7].contains(",true,"))
        let report = try harness.importText(lines.joined(separator: "\n"), name: "calls.csv")
        #expect(report.counts == ImportCounts(updated: 1, unchanged: 19))

        let call = try #require(try harness.record("calls", "call_id", "C000007"))
        #expect(call["vulnerable"] == int(1))
        let received = try #require(Int64.fromDatabaseValue(call["received_at"]!))
        #expect(call["answered_at"] == int(received + 59_000_000))
        // The import log: the change is attributed to the third import (neighbourhoods, calls, calls again).
        #expect(call["created_import"] == int(2) && call["changed_import"] == int(3))
        #expect(try harness.record("calls", "call_id", "C000006")?["changed_import"] == int(2))
    }

    @Test("a value removed from the file is removed from the store: the record is replaced, not merged")
    func replacedNotMerged() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let header = "call_id,force,line,received_at,answered_at,response\n"
        _ = try harness.importText(header + "C1,leicestershire,999,2009-06-01 10:00:00,2009-06-01 10:00:05,emergency\n", name: "calls.csv")
        let report = try harness.importText(header + "C1,leicestershire,999,2009-06-01 10:00:00,,\n", name: "calls.csv")
        #expect(report.counts == ImportCounts(updated: 1))
        let call = try #require(try harness.record("calls", "call_id", "C1"))
        #expect(call["answered_at"] == null && call["response"] == null)
    }

    @Test("every import that changed the store is logged with its counts; one that changed nothing is not kept")
    func importLog() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let csv = Fixtures.callsCSV(count: 3) + "C9,leicestershire,112,2009-06-01 10:00:00,,,,,,,,,,\n"
        _ = try harness.importText(csv, name: "calls.csv")
        // Read again (a file with a rejected row is never taken as already imported), found unchanged: not kept.
        let again = try harness.importText(csv, name: "calls.csv")
        #expect(again.unchangedSince == nil && again.counts == ImportCounts(unchanged: 3, rejected: 1))
        _ = try harness.importText(csv.replacingOccurrences(of: "C000003,leicestershire,101", with: "C000003,leicestershire,999"), name: "calls.csv")
        let rows = try SQLiteFile.rows(
            harness.databasePath, "SELECT kind, inserted, updated, unchanged, rejected, started_at FROM imports ORDER BY id")
        #expect(rows.map { $0["kind"] as String } == ["neighbourhoods", "calls", "calls"])
        #expect(rows[1]["inserted"] as Int == 3 && rows[1]["rejected"] as Int == 1)
        #expect(rows[2]["updated"] as Int == 1 && rows[2]["unchanged"] as Int == 2 && rows[2]["rejected"] as Int == 1)
        #expect(rows[2]["started_at"] as Int64 == FixedClock.now.microseconds)
    }
}
