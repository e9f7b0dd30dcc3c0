import Foundation
import PledgeCore
import PledgeImport
import PledgeTestSupport
import Testing

/// The memory of a whole import stays flat whatever the file, measured on the built `pledgewatch`
/// program as a child process (its peak resident set size, as the kernel counts it), so that nothing
/// else the tests do at the same time is counted.
@Suite("Import memory stays flat")
struct ImportMemoryTests {
    /// The bound an import must stay under, whatever the file.
    static let bound = 300 << 20

    static func program() throws -> String {
        try #require(PeakMemory.pledgewatchProgram(), "build the program first: swift build --build-tests")
    }

    @Test("a gzip file of 256 MiB of NUL bytes fails at once, in under 300 MiB")
    func nulBytes() throws {
        let directory = try TemporaryDirectory()
        let file = try Gzip.write(repeating: [(bytes: [0], times: 256 << 20)], to: directory.path("calls.csv.gz"))
        let run = try PeakMemory.run(try Self.program(), ["import", "--database", directory.path("p.sqlite"), file], directory: directory)
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("header: line 1 is longer than 1,048,576 bytes"), "\(run.output)")
        #expect(run.peakBytes < Self.bound, "peak \(run.peakBytes >> 20) MiB")
    }

    @Test("boundaries padded with 256 MiB of spaces import in under 300 MiB")
    func spacedGeoJSON() throws {
        let directory = try TemporaryDirectory()
        let neighbourhoods = try FixtureFile.write(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), to: directory.path("n.csv"))
        let plain = Fixtures.boundariesGeoJSON([("NC04", -1.16, 52.61, -1.11, 52.65)])
        let cut = try #require(plain.range(of: "\"features\": ["))
        let head = Array(plain[..<cut.upperBound].utf8)
        let tail = Array(plain[cut.upperBound...].utf8)
        let file = try Gzip.write(
            repeating: [(bytes: head, times: 1), (bytes: [0x20], times: 256 << 20), (bytes: tail, times: 1)], to: directory.path("b.geojson.gz"))
        let run = try PeakMemory.run(
            try Self.program(), ["import", "--database", directory.path("p.sqlite"), neighbourhoods, file], directory: directory)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("1 rows: 1 inserted"), "\(run.output)")
        #expect(run.peakBytes < Self.bound, "peak \(run.peakBytes >> 20) MiB")
    }
}
