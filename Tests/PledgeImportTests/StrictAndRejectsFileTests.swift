import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// --strict, and the rejects file that keeps every rejected row verbatim with its reason.
@Suite("--strict and the rejects file")
struct StrictAndRejectsFileTests {
    static let header = "force,neighbourhood_id,name,area_type,description"
    /// Two good rows around a bad one whose raw text has quotes, a comma and a line break.
    static let badRow = "leicestershire,NC05,\"Town \"\"East\"\", Leicester\",suburban,\"line one\nline two\""
    static let csv = header + "\nleicestershire,NC04,City,urban,\n" + badRow + "\nleicestershire,NC06,Village,rural,\n"

    @Test("with --strict a file with one bad row imports nothing")
    func strict() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.csv, name: "n.csv", strict: true)
        #expect(report.error == nil)
        #expect(report.kept == false)
        #expect(report.counts.rejected == 1)
        #expect(report.rejectsPath != nil, "the rejected row is still written out")
        #expect(try harness.count("neighbourhoods") == 0)
    }

    @Test("without --strict the good rows are kept")
    func notStrict() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.csv, name: "n.csv")
        #expect(report.kept && report.counts.inserted == 2 && report.counts.rejected == 1)
        #expect(try harness.column("neighbourhoods", "neighbourhood_id") == [text("NC04"), text("NC06")])
    }

    @Test("a clean file under --strict is imported whole")
    func strictClean() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Fixtures.neighbourhoodsCSV(ids: ["A", "B"]), name: "n.csv", strict: true)
        #expect(report.kept && report.counts.inserted == 2)
    }

    @Test("the rejects file is the header plus reason, then each rejected row verbatim with its quoted reason")
    func rejectsFileContent() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.csv, name: "n.csv")
        let path = try #require(report.rejectsPath)
        #expect(path == harness.directory.path("n.rejects.csv"))
        let reason = try #require(report.sampleRejections.first)
        #expect(reason.hasPrefix("line 3: area_type: 'suburban'"))
        let expected = Self.header + ",reason\n" + Self.badRow + ",\"" + reason.replacingOccurrences(of: "\"", with: "\"\"") + "\"\n"
        #expect(try FixtureFile.read(path) == expected)
    }

    @Test("the rejects file is itself valid CSV: importing it again rejects the same row, with reason as an unknown column")
    func rejectsFileReadsBack() throws {
        let harness = try ImportHarness()
        let path = try #require(try harness.importText(Self.csv, name: "n.csv").rejectsPath)
        let again = try harness.importOne(path)
        #expect(again.kind == .neighbourhoods)
        #expect(again.counts.rejected == 1 && again.counts.total == 1)
        #expect(again.warnings.contains { $0.contains("'reason'") })
    }

    @Test("rejects go to --rejects DIR when given, and a stale rejects file goes when a later import is clean")
    func rejectsDirectoryAndStaleFile() throws {
        let harness = try ImportHarness()
        let input = try harness.write(Self.csv, name: "n.csv")
        let folder = harness.directory.path("rejects")
        let reports = harness.importer.importFiles([input], options: ImportOptions(rejectsDirectory: folder))
        #expect(reports.first?.rejectsPath == folder + "/n.rejects.csv")
        #expect(FileManager.default.fileExists(atPath: folder + "/n.rejects.csv"))
        #expect(!FileManager.default.fileExists(atPath: harness.directory.path("n.rejects.csv")))

        _ = try harness.importOne(input)
        #expect(FileManager.default.fileExists(atPath: harness.directory.path("n.rejects.csv")))
        try harness.write(Self.header + "\nleicestershire,NC05,Town,urban,\n", name: "n.csv")
        let clean = try harness.importOne(input)
        #expect(clean.isClean && clean.rejectsPath == nil)
        #expect(!FileManager.default.fileExists(atPath: harness.directory.path("n.rejects.csv")))
    }

    @Test("rows of a CRLF file go to the rejects file without their line endings doubled")
    func crlfRejects() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(
            "force,neighbourhood_id,name,area_type\nleicestershire,NC04,City,town\n", name: "n.csv", lineEnding: .crlf)
        let content = try FixtureFile.read(try #require(report.rejectsPath))
        #expect(content.hasPrefix("force,neighbourhood_id,name,area_type,reason\nleicestershire,NC04,City,town,\"line 2: area_type:"))
    }
}
