import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

@testable import PledgeGenerate

@Suite("pledgewatch generate")
struct GeneratorTests {
    @Test("the same seed writes the same bytes; another seed writes other records")
    func determinism() async throws {
        let (first, again, other) = try await blocking {
            try (
                GeneratedFiles(period: "2008-10", scale: 0.05, seed: 7), GeneratedFiles(period: "2008-10", scale: 0.05, seed: 7),
                GeneratedFiles(period: "2008-10", scale: 0.05, seed: 8)
            )
        }
        let names = first.paths.map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(names == again.paths.map { URL(fileURLWithPath: $0).lastPathComponent })
        for (a, b) in zip(first.paths, again.paths) {
            #expect(FileManager.default.contentsEqual(atPath: a, andPath: b), "\(a) differs between two runs with one seed")
        }
        let calls = { (run: GeneratedFiles) in try Data(contentsOf: URL(fileURLWithPath: run.directory.path("out/leicestershire-calls.csv"))) }
        #expect(try calls(first) != calls(other))
    }

    @Test("an officer's profile does not restate the posting the page already shows")
    func biographies() async throws {
        let run = try await blocking { try GeneratedFiles(period: "2008-10", scale: 0.05) }
        let team = try String(contentsOfFile: run.directory.path("out/leicestershire-team.csv"), encoding: .utf8)
        #expect(!team.contains("joined the") && !team.contains(" team in "))
        let used = ReferenceWriters.biographies.filter { team.contains($0) }
        #expect(used.count >= 5, "profiles vary from officer to officer")
    }

    @Test("every generated file imports with no rejected row, across both clock changes")
    func importsCleanly() async throws {
        let harness = try ImportHarness()
        let importer = harness.importer
        let (run, reports) = try await blocking {
            let run = try GeneratedFiles(period: "2008-10-01..2009-03-31", scale: 0.05)
            return (run, importer.importFiles(run.dataFiles))
        }
        #expect(reports.count == run.dataFiles.count)
        for report in reports {
            #expect(report.isClean && report.kept, "\(report.path): \(report.error ?? "") \(report.sampleRejections)")
        }
        let kinds = Set(reports.compactMap(\.kind))
        #expect(kinds == Set(RecordKind.allCases), "every kind is generated")
        #expect(try harness.count("calls") > 5_000)
    }

    @Test("--edge-cases: every awkward row is rejected, with the reason recorded for it, and nothing else is")
    func edgeCases() async throws {
        let harness = try ImportHarness()
        let importer = harness.importer
        let (run, reports) = try await blocking {
            let run = try GeneratedFiles(period: "2008-10", scale: 0.02, edgeCases: true)
            return (run, importer.importFiles(run.dataFiles))
        }
        #expect(run.manifest.edgeCases.count >= 15)
        #expect(reports.allSatisfy { $0.error == nil })
        #expect(reports.map(\.counts.rejected).reduce(0, +) == run.manifest.edgeCases.count)
        for expected in run.manifest.edgeCases {
            let report = try #require(reports.first { $0.path.hasSuffix("/" + expected.file) })
            let rejects = try String(contentsOfFile: try #require(report.rejectsPath), encoding: .utf8)
            let line = rejects.split(separator: "\n").first { $0.contains(expected.token) }
            #expect(line?.contains(expected.reason) == true, "\(expected.token): wanted '\(expected.reason)', got \(line ?? "no rejected row")")
        }
    }
}
