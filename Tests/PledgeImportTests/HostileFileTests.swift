import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// Hostile and careless files: endless lines, huge values, NUL bytes, stray columns. Each is refused
/// with a short, clear reason, and none makes the importer hold it whole.
@Suite("Hostile files: long lines and values")
struct HostileFileTests {
    static let header = "force,neighbourhood_id,name,area_type,description"

    /// A source of `count` copies of `byte`, counting what was read from it.
    final class RepeatingSource: ByteSource {
        let byte: UInt8
        let count: Int
        private(set) var delivered = 0

        init(byte: UInt8, count: Int) {
            self.byte = byte
            self.count = count
        }

        func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            let n = min(buffer.count, count - delivered)
            if n > 0, let base = buffer.baseAddress { base.initializeMemory(as: UInt8.self, repeating: byte, count: n) }
            delivered += n
            return n
        }
    }

    struct Stop: Error {}

    @Test("the CSV reader hands over a header of endless NUL bytes as too long after reading no more than the row limit")
    func endlessLineIsNotHeld() throws {
        let source = RepeatingSource(byte: 0, count: 256 << 20)
        var reader = CSVReader(source: source)
        defer { reader.close() }
        var tooLong: Bool?
        do {
            try reader.forEachRecord { record in
                tooLong = record.isTooLong
                throw Stop()
            }
        } catch is Stop {}
        #expect(tooLong == true)
        #expect(source.delivered <= ImportLimits.maxLineBytes + (64 << 10), "read \(source.delivered) bytes to find the line too long")
    }

    @Test("a gzip file of 64 MiB of NUL bytes fails with a clear error about its first line, its NULs shown escaped")
    func nulGzip() throws {
        let harness = try ImportHarness()
        let path = try Gzip.write(repeating: [(bytes: [0], times: 64 << 20)], to: harness.directory.path("nul.csv.gz"))
        let report = try harness.importOne(path)
        let error = try #require(report.error)
        #expect(
            error.hasPrefix("header: line 1 is longer than 1,048,576 bytes, so this is not a CSV file of records; it starts '\\0\\0\\0"), "\(error)")
        #expect(error.count < 700, "the error quotes at most 100 characters: \(error.count)")
        #expect(!error.contains("\u{0}"))
        #expect(error.hasSuffix("\\0…'"), "the first bytes are quoted without a length, which would be theirs, not the line's")
        #expect(!report.kept)
    }

    @Test("a CSV row of 2 MiB (quoted line breaks and all) is rejected unread; reading goes on at the next row, on the right line")
    func longCSVRow() throws {
        let harness = try ImportHarness()
        // A quoted description with commas, doubled quotes and line breaks: the skip must follow the quotes.
        let chunk = "a, \"\"quoted\"\", b\n"
        let long = "leicestershire,NC05,Long,urban,\"" + String(repeating: chunk, count: (2 << 20) / chunk.utf8.count) + "\""
        let csv = Self.header + "\nleicestershire,NC04,City,urban,\n" + long + "\nleicestershire,NC06,Village,rural,\n"
        let report = try harness.importText(csv, name: "n.csv")
        #expect(report.error == nil)
        #expect(report.counts.inserted == 2 && report.counts.rejected == 1)
        #expect(try harness.column("neighbourhoods", "neighbourhood_id") == [text("NC04"), text("NC06")])
        let reason = try #require(report.sampleRejections.first)
        #expect(reason.hasPrefix("line 3: the row is longer than 1,048,576 bytes, the most a row may take: not read"), "\(reason)")
        #expect(reason.contains("it starts 'leicestershire,NC05,Long,urban,\"a, \"\"quoted\"\", b\\na, "), "\(reason)")
        #expect(reason.count < 400)
        // The rejects file describes the row instead of copying it.
        let rejects = try FixtureFile.read(try #require(report.rejectsPath))
        #expect(rejects.utf8.count < 2_000, "\(rejects.utf8.count) bytes")
        #expect(rejects.hasPrefix(Self.header + ",reason\n,\"line 3: the row is longer"))

        // The row after it is numbered after the long row's 120,000-odd lines.
        let after = csv.replacingOccurrences(of: "leicestershire,NC06,Village,rural,", with: "leicestershire,NC07,Village,hamlet,")
        let next = try harness.importText(after, name: "m.csv")
        let lines = 3 + long.filter { $0 == "\n" }.count + 1
        #expect(next.sampleRejections.last?.hasPrefix("line \(lines): area_type: 'hamlet'") == true, "\(next.sampleRejections)")
    }

    @Test("an NDJSON line of 2 MiB is rejected unread; the next line is imported")
    func longNDJSONLine() throws {
        let harness = try ImportHarness()
        let good = #"{"force": "leicestershire", "neighbourhood_id": "NC04", "name": "City", "area_type": "urban"}"#
        let long =
            #"{"force": "leicestershire", "neighbourhood_id": "NC05", "name": "Town", "area_type": "urban", "description": ""#
            + String(repeating: "x", count: 2 << 20) + #""}"#
        let other = #"{"force": "leicestershire", "neighbourhood_id": "NC06", "name": "Village", "area_type": "rural"}"#
        let report = try harness.importText([good, long, other].joined(separator: "\n") + "\n", name: "n.ndjson")
        #expect(report.counts.inserted == 2 && report.counts.rejected == 1)
        #expect(report.sampleRejections.first?.hasPrefix("line 2: the row is longer than 1,048,576 bytes") == true)
        #expect(try FixtureFile.read(try #require(report.rejectsPath)).utf8.count < 2_000)
    }

    @Test("a field over 64 KiB is rejected naming the field; the reason quotes 100 characters, NUL and controls escaped")
    func longFieldAndQuoting() throws {
        let harness = try ImportHarness()
        let huge = "leicestershire,NC05,Town,urban," + String(repeating: "y", count: 100_000)
        // A bad area type of 60,000 characters: NUL, tab and escape, over and over.
        let nasty = "leicestershire,NC06,Village," + String(repeating: "\u{0}\t\u{1B}", count: 20_000) + ","
        let report = try harness.importText(Self.header + "\n" + huge + "\n" + nasty + "\n", name: "n.csv")
        #expect(report.counts.rejected == 2)
        try #require(report.sampleRejections.count == 2)
        let long = report.sampleRejections[0]
        #expect(long.hasPrefix("line 2: description: is 100,000 bytes long; a field may hold at most 65,536: 'yyy"), "\(long)")
        #expect(long.hasSuffix("y…' (100,000 bytes)"), "\(long)")
        let escaped = report.sampleRejections[1]
        #expect(escaped.hasPrefix("line 3: area_type: '\\0\\t\\u{1B}\\0\\t\\u{1B}"), "\(escaped)")
        #expect(escaped.contains("…' (60,000 bytes) is not one of urban, rural"), "\(escaped)")
        #expect(escaped.count < 800 && !escaped.contains("\u{0}") && !escaped.contains("\u{1B}"))
        // The rejects file still keeps both rows verbatim: they are under the row limit.
        let rejects = try FixtureFile.read(try #require(report.rejectsPath))
        #expect(rejects.contains(huge + ",\"line 2: description"))
        #expect(rejects.utf8.count < 200_000)
    }

    @Test("50,000 unknown columns give five warnings by name and one summary")
    func manyUnknownColumns() throws {
        let harness = try ImportHarness()
        let extra = (1...50_000).map { "x\($0)" }
        let header = Self.header + "," + extra.joined(separator: ",")
        let row = "leicestershire,NC04,City,urban," + String(repeating: ",", count: extra.count)
        let report = try harness.importText(header + "\n" + row + "\n", name: "n.csv")
        #expect(report.counts.inserted == 1)
        #expect(report.warnings.count == 6)
        #expect(report.warnings.first == "column 'x1' is not part of neighbourhoods records: ignored")
        #expect(report.warnings.last == "and 49,995 more columns not part of neighbourhoods records: ignored")
    }

    @Test("many unknown NDJSON fields give five warnings by name and one summary, whichever lines they are on")
    func manyUnknownFields() throws {
        let harness = try ImportHarness()
        let lines = (0..<20).map { line in
            let extra = (0..<10).map { #""f\#(line)_\#($0)": 1"# }.joined(separator: ", ")
            return #"{"force": "leicestershire", "neighbourhood_id": "N\#(line)", "name": "City", "area_type": "urban", \#(extra)}"#
        }
        let report = try harness.importText(lines.joined(separator: "\n") + "\n", name: "n.ndjson")
        #expect(report.counts.inserted == 20)
        #expect(report.warnings.count == 6, "\(report.warnings)")
        #expect(report.warnings.last == "and 195 more fields not part of neighbourhoods records: ignored")
    }

    @Test("a file whose columns were renamed, without --kind, names the columns no kind has and the nearest kind")
    func renamedColumns() throws {
        let harness = try ImportHarness()
        let csv = "call_ref,force,line,time_received,answered_at\nC1,leicestershire,999,2009-06-01 10:00:00,\n"
        let report = try harness.importText(csv, name: "calls.csv")
        let error = try #require(report.error)
        #expect(
            error
                == "cannot tell what kind of records this is (its columns are not those of any record kind; no kind has the columns 'call_ref', 'time_received'; nearest is calls, which also needs 'call_id', 'received_at'); give --kind",
            "\(error)")
    }
}
