import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeStore
import PledgeTestSupport
import Testing

/// One file is imported in one transaction: a write that fails part-way leaves the store as it was.
@Suite("A failed import leaves the store exactly as it was")
struct FailedImportTests {
    @Test("the disk fills part-way through a large calls file: error reported, nothing kept, store unchanged")
    func diskFullPartWay() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "RU01"])
        let earlier = try harness.importText(Fixtures.callsCSV(count: 100), name: "earlier-calls.csv")
        try #require(earlier.isClean && earlier.counts.inserted == 100)
        let pages = try #require(try SQLiteFile.value(harness.databasePath, "PRAGMA page_count", as: Int.self))
        let large = try harness.write(Fixtures.callsCSV(count: 40_000, offset: 1_000), name: "large-calls.csv")
        let small = try harness.write(Fixtures.callsCSV(count: 5, offset: 500), name: "small-calls.csv")

        let before: StoreDump
        let report: FileImportReport
        do {
            // The same file, opened so that it may grow by only a few pages.
            let limit = pages + 8
            let cramped = try SQLiteStore(path: harness.databasePath) { db in
                try db.execute(sql: "PRAGMA max_page_count = \(limit)")
            }
            let importer = Importer(store: cramped, now: FixedClock.clock)
            // There is room for a small file, so the large one fails part-way, not at its first write.
            let fits = importer.importFiles([small])
            try #require(fits.first?.isClean == true && fits.first?.counts.inserted == 5)
            before = try harness.dump()
            report = try #require(importer.importFiles([large]).first)
        }

        #expect(report.error != nil)
        #expect(report.error?.contains("nothing from this file was kept") == true, "\(report.error ?? "")")
        #expect(report.kept == false)

        // Reopened normally, the store holds what it held before, byte for byte in every table.
        _ = try SQLiteStore(path: harness.databasePath)
        #expect(try harness.dump() == before)
        #expect(try harness.count("calls") == 105)

        // And it still works: the same file imports once there is room.
        let retry = try harness.importOne(large)
        #expect(retry.isClean && retry.counts.inserted == 40_000)
    }

    @Test("a file that cannot be read at all leaves the store as it was and says so")
    func unreadableFile() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let before = try harness.dump()
        let reports = harness.importer.importFiles([harness.directory.path("no-such-file.csv")])
        #expect(reports.count == 1)
        #expect(reports[0].error != nil && !reports[0].kept)
        #expect(try harness.dump() == before)
    }

    @Test("one bad file does not stop the others in the same run")
    func otherFilesGoOn() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let bad = try harness.write("call_id,force\nC1,leicestershire\n", name: "bad.csv")
        let good = try harness.write(Fixtures.callsCSV(count: 5), name: "good.csv")
        let reports = harness.importer.importFiles([bad, good], options: ImportOptions(kind: .calls))
        #expect(reports.count == 2)
        #expect(reports.first { $0.path == bad }?.error != nil)
        #expect(reports.first { $0.path == good }?.isClean == true)
        #expect(try harness.count("calls") == 5)
    }
}
