import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// The sample that ships in `examples/leicestershire-sample` must import cleanly.
@Suite("The Leicestershire sample")
struct SampleImportTests {
    @Test("every file imports with zero rejects, in kind order, every row stored")
    func wholeSample() throws {
        let sample = Fixtures.sampleDirectory()
        let names =
            try FileManager.default.contentsOfDirectory(atPath: sample.path).filter {
                $0.hasSuffix(".csv") && !$0.contains(".rejects.")
            } + ["boundaries.geojson"]
        #expect(names.count == 17, "a file per kind: \(names.sorted())")
        let harness = try ImportHarness()
        // Copied, so that no rejects file could ever land in the source tree.
        var paths: [String] = []
        for name in names.sorted().reversed() {
            let copy = harness.directory.path(name)
            try FileManager.default.copyItem(atPath: sample.appendingPathComponent(name).path, toPath: copy)
            paths.append(copy)
        }
        let reports = harness.importer.importFiles(paths)

        #expect(reports.count == 17)
        #expect(reports.compactMap(\.kind) == RecordKind.allCases, "imported reference kinds first")
        for report in reports {
            let name = URL(fileURLWithPath: report.path).lastPathComponent
            #expect(report.error == nil, "\(name): \(report.error ?? "")")
            #expect(report.counts.rejected == 0, "\(name): \(report.sampleRejections)")
            #expect(report.rejectsPath == nil)
            let expected = try expectedRows(report.path)
            #expect(report.counts.inserted == expected, "\(name)")
            let kind = try #require(report.kind)
            #expect(try harness.count(RecordSchema.of(kind).table) == expected, "\(name)")
        }
        let placed = try SQLiteFile.value(
            harness.databasePath, "SELECT count(*) FROM crimes WHERE neighbourhood_id IS NOT NULL", as: Int.self)
        #expect((placed ?? 0) > 0, "the sample's crimes fall inside its boundaries")
    }

    /// Rows in a sample file: features of the GeoJSON, or lines after the header (the sample's CSV
    /// fields hold no line breaks).
    func expectedRows(_ path: String) throws -> Int {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        if path.hasSuffix(".geojson") {
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            return (object?["features"] as? [Any])?.count ?? -1
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.isEmpty }.count - 1
    }
}
