import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Synchronization
import Testing

/// A long import says how it is going: rows, bytes of the file read, and the time it has taken.
@Suite("import progress")
struct ImportProgressTests {
    @Test("progress is reported while a file is read, rows and bytes never going back, and last with the whole file read", arguments: [false, true])
    func reported(gzip: Bool) throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let rows = 60_000
        let text = Fixtures.callsCSV(count: rows)
        // A gzip file's progress is of its bytes on disk, not of the text inflated from them.
        let path = gzip ? try Gzip.write(Array(text.utf8), to: harness.directory.path("calls.csv.gz")) : try harness.write(text, name: "calls.csv")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let seen = Mutex<[ImportProgress]>([])
        let reports = harness.importer.importFiles([path], options: ImportOptions(progress: { progress in seen.withLock { $0.append(progress) } }))
        #expect(reports.first?.counts == ImportCounts(inserted: rows))
        let progress = seen.withLock { $0 }
        let last = try #require(progress.last)
        #expect(last.rows == rows && last.bytesRead == size && last.bytesTotal == size && last.fraction == 1)
        #expect(progress.allSatisfy { $0.path == path && $0.bytesTotal == size })
        #expect(zip(progress, progress.dropFirst()).allSatisfy { $0.rows <= $1.rows && $0.bytesRead <= $1.bytesRead && $0.seconds <= $1.seconds })
    }

    @Test("the time left is the time so far scaled by the share still to read")
    func timeLeft() {
        let quarter = ImportProgress(path: "calls.csv", rows: 100_000, bytesRead: 25, bytesTotal: 100, seconds: 4)
        #expect(quarter.fraction == 0.25 && quarter.rowsPerSecond == 25_000 && quarter.secondsLeft == 12)
        let start = ImportProgress(path: "calls.csv", rows: 0, bytesRead: 0, bytesTotal: 100, seconds: 0)
        #expect(start.rowsPerSecond == nil && start.secondsLeft == nil)
    }
}
