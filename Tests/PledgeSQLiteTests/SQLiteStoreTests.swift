import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeStore
import PledgeTestSupport
import Testing

/// The embedded store: one SQLite file in WAL mode, created and migrated on first use.
@Suite("SQLiteStore")
struct SQLiteStoreTests {
    @Test("created on first use in WAL mode, with the 43 forces of the catalogue")
    func created() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("new.sqlite")
        #expect(!FileManager.default.fileExists(atPath: path))
        let store = try SQLiteStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try SQLiteFile.value(path, "PRAGMA journal_mode", as: String.self) == "wal")

        let forces = try await store.forces()
        #expect(forces.count == 43)
        #expect(forces == ForceCatalogue.all, "the stored forces are the catalogue's, same ids, names and numbers")
        #expect(try await store.status().holdings.isEmpty)
    }

    @Test("reopening an existing file keeps what it holds")
    func reopen() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "RU01"])
        _ = try harness.importText(Fixtures.callsCSV(count: 3), name: "calls.csv")
        let before = try harness.dump()
        let reopened = try SQLiteStore(path: harness.databasePath)
        let holdings = try await reopened.status().holdings
        #expect(holdings.map(\.kind) == [.neighbourhoods, .calls])
        #expect(try await reopened.forces().count == 43)
        #expect(try harness.dump() == before, "opening migrates nothing twice and adds no forces")
    }

    @Test("status counts per force and kind, with the first and last local dates of each")
    func status() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let calls =
            "call_id,force,line,received_at\n"
            + "C1,leicestershire,999,2008-11-04 08:52:00\nC2,leicestershire,101,2009-03-31T23:30:00Z\n"
            + "C3,leicestershire,101,2009-01-11 21:08:00\n"
        #expect(try harness.importText(calls, name: "calls.csv").isClean)
        #expect(try harness.importText(Fixtures.neighbourhoodsCSV(force: "metropolitan", ids: ["M1", "M2", "M3"]), name: "met.csv").isClean)
        let updates =
            "update_id,force,neighbourhood_id,month,published_on\nU1,leicestershire,NC04,2008-04,2008-05-01\n"
            + "U2,leicestershire,NC04,2008-06,2008-07-01\n"
        #expect(try harness.importText(updates, name: "updates.csv").isClean)

        let status = try await harness.store.status()
        #expect(status.location == harness.databasePath)
        let summary = status.holdings.map { "\($0.force.id) \($0.kind.name) \($0.count) \($0.first ?? "-") \($0.last ?? "-")" }
        #expect(
            summary == [
                "leicestershire neighbourhoods 1 - -",
                // The last call is 23:30 UTC on 31 March: 1 April in London.
                "leicestershire calls 3 2008-11-04 2009-04-01",
                "leicestershire updates 2 2008-04 2008-06",
                "metropolitan neighbourhoods 3 - -",
            ])
    }

    @Test("a database in a folder that does not exist cannot be opened, and the error says where")
    func cannotOpen() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("missing/folder/db.sqlite")
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.code == .cannotOpen)
        #expect(error?.message.contains(path) == true)
    }

    @Test("a file that is not a database is refused, not overwritten")
    func notADatabase() throws {
        let directory = try TemporaryDirectory()
        let path = try FixtureFile.write(String(repeating: "not a database. ", count: 512), to: directory.path("x.sqlite"))
        #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(try FixtureFile.read(path).hasPrefix("not a database. "))
    }
}
