import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// gzip-compressed input, told from the file's magic bytes.
@Suite("gzip files")
struct GzipImportTests {
    /// The calls table without the import bookkeeping, to compare two stores.
    func calls(_ harness: ImportHarness) throws -> StoreDump {
        try harness.dump(ignoringTables: ["imports"])
    }

    @Test("a gzip CSV imports exactly as the plain file does", arguments: [10, 5_000])
    func sameAsPlain(rows: Int) throws {
        let csv = Fixtures.callsCSV(count: rows)
        let plain = try ImportHarness(neighbourhoods: ["NC04"])
        let plainReport = try plain.importText(csv, name: "calls.csv")
        let zipped = try ImportHarness(neighbourhoods: ["NC04"])
        let path = try Gzip.write(csv, to: zipped.directory.path("calls.csv.gz"))
        let report = try zipped.importOne(path)

        #expect(report.gzip && !plainReport.gzip)
        #expect(report.format == .csv && report.kind == .calls)
        #expect(report.isClean && report.counts == plainReport.counts && report.counts.inserted == rows)
        #expect(try calls(zipped) == (try calls(plain)))
    }

    @Test("a large file cut into two gzip members in the middle of a row still reads as one stream")
    func membersSplitMidRow() throws {
        let bytes = Array(Fixtures.callsCSV(count: 30_000).utf8)
        let cut = bytes.count / 2 + 7
        #expect(bytes[cut - 1] != 0x0A, "the cut falls inside a row")
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let scratch = harness.directory.path("member.gz")
        let joined =
            try Gzip.compress(Array(bytes[..<cut]), scratchPath: scratch)
            + (try Gzip.compress(Array(bytes[cut...]), scratchPath: scratch))
        let path = harness.directory.path("calls.csv.gz")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(joined)))
        let report = try harness.importOne(path)
        #expect(report.isClean && report.counts.inserted == 30_000, "the row cut across members must survive: \(report)")
    }

    @Test("gzip NDJSON imports too, and its rejects file is named without .gz")
    func gzipNDJSON() throws {
        let harness = try ImportHarness()
        let text =
            #"{"force": "leicestershire", "neighbourhood_id": "NC04", "name": "City", "area_type": "urban"}"# + "\n"
            + #"{"force": "leicestershire", "neighbourhood_id": "NC05", "name": "Town", "area_type": "town"}"# + "\n"
        let report = try harness.importOne(try Gzip.write(text, to: harness.directory.path("n.ndjson.gz")))
        #expect(report.gzip && report.format == .ndjson)
        #expect(report.counts.inserted == 1 && report.counts.rejected == 1)
        #expect(report.rejectsPath == harness.directory.path("n.rejects.ndjson"))
    }

    @Test("concatenated gzip members (cat a.gz b.gz) read as one file")
    func concatenatedMembers() throws {
        let harness = try ImportHarness()
        let first = try Gzip.compress(Array(Fixtures.neighbourhoodsCSV(ids: ["A1", "A2"]).utf8), scratchPath: harness.directory.path("1.gz"))
        let second = try Gzip.compress(Array("leicestershire,B1,Neighbourhood B1,urban\n".utf8), scratchPath: harness.directory.path("2.gz"))
        let path = try FixtureFile.write(bytes: first + second, to: harness.directory.path("n.csv.gz"))
        let report = try harness.importOne(path)
        #expect(report.isClean && report.counts.inserted == 3)
    }

    @Test(
        "a truncated gzip file is a file error and nothing from it is kept",
        arguments: [(10, 0.5), (20_000, 0.5), (20_000, 0.95)])
    func truncated(rows: Int, keep: Double) throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let whole = try Gzip.compress(Array(Fixtures.callsCSV(count: rows).utf8), scratchPath: harness.directory.path("whole.gz"))
        let path = try FixtureFile.write(bytes: Array(whole.prefix(Int(Double(whole.count) * keep))), to: harness.directory.path("calls.csv.gz"))
        let before = try harness.dump()
        let report = try harness.importOne(path, kind: .calls)
        let error = try #require(report.error)
        #expect(error.contains("truncated") || error.contains("gzip"), "\(error)")
        #expect(!report.kept)
        #expect(try harness.dump() == before)
    }

    @Test("a file with gzip's magic bytes but garbage after is a file error")
    func notGzip() throws {
        let harness = try ImportHarness()
        let path = try FixtureFile.write(bytes: [0x1F, 0x8B] + Array("not really gzip at all".utf8), to: harness.directory.path("x.csv.gz"))
        let report = try harness.importOne(path, kind: .neighbourhoods)
        #expect(report.error != nil)
    }

    @Test("a gzip CSV with a byte-order mark and CRLF line endings reads like the plain file")
    func bomAndCRLFInsideGzip() throws {
        let harness = try ImportHarness()
        let bytes = FixtureFile.bytes(Fixtures.neighbourhoodsCSV(ids: ["NC04", "NC05"]), lineEnding: .crlf, byteOrderMark: true)
        let report = try harness.importOne(try Gzip.write(bytes, to: harness.directory.path("n.csv.gz")))
        #expect(report.isClean && report.kind == .neighbourhoods && report.counts.inserted == 2)
        #expect(try harness.record("neighbourhoods", "neighbourhood_id", "NC05")?["area_type"] == text("urban"))
    }
}
