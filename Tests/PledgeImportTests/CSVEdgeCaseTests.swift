import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// RFC 4180 as forces' spreadsheets write it.
@Suite("CSV edge cases")
struct CSVEdgeCaseTests {
    static let header = "force,neighbourhood_id,name,area_type,description"

    @Test(
        "a byte-order mark and CRLF line endings are read as plain CSV, values without stray bytes",
        arguments: [(false, LineEnding.lf), (true, .lf), (false, .crlf), (true, .crlf)])
    func bomAndLineEndings(byteOrderMark: Bool, lineEnding: LineEnding) throws {
        let harness = try ImportHarness()
        let csv = Self.header + "\nleicestershire,NC04,City,urban,Last column\nleicestershire,NC05,Town,rural,\n"
        let report = try harness.importText(
            csv, name: "neighbourhoods.csv", lineEnding: lineEnding, byteOrderMark: byteOrderMark)
        #expect(report.kind == .neighbourhoods)
        #expect(report.isClean && report.counts.inserted == 2)
        #expect(report.warnings.isEmpty)
        #expect(try harness.record("neighbourhoods", "neighbourhood_id", "NC04")?["description"] == text("Last column"))
        #expect(try harness.record("neighbourhoods", "neighbourhood_id", "NC05")?["description"] == null)
    }

    @Test(
        "quoted commas, line breaks and doubled quotes are stored as meant, and later line numbers stay right",
        arguments: LineEnding.allCases)
    func quoting(lineEnding: LineEnding) throws {
        let harness = try ImportHarness()
        let csv =
            Self.header + "\n"
            + "leicestershire,NC04,\"Centre, City\",urban,\"He said \"\"hi\"\"\nthen left\"\n"  // lines 2–3
            + "\n"  // line 4: blank, skipped
            + "leicestershire,NC05,\"\"\"Quoted\"\"\",urban,\"\"\n"  // line 5
            + "leicestershire,NC06,Town,suburban,\"two\nlines\"\n"  // lines 6–7: rejected
            + "leicestershire,NC07,Village,hamlet,\n"  // line 8: rejected
        let report = try harness.importText(csv, name: "n.csv", lineEnding: lineEnding)
        #expect(report.counts.inserted == 2 && report.counts.rejected == 2)
        #expect(report.sampleRejections.map { String($0.prefix(18)) } == ["line 6: area_type:", "line 8: area_type:"])
        let first = try #require(try harness.record("neighbourhoods", "neighbourhood_id", "NC04"))
        #expect(first["name"] == text("Centre, City"))
        // A line break inside a quoted field is kept as the file has it.
        #expect(first["description"] == text("He said \"hi\"" + lineEnding.rawValue + "then left"))
        let second = try #require(try harness.record("neighbourhoods", "neighbourhood_id", "NC05"))
        #expect(second["name"] == text("\"Quoted\""))
        #expect(second["description"] == null, "an empty quoted field is blank")
    }

    @Test("an empty file imports nothing and is not an error", arguments: ["", "\n\n", "\u{FEFF}", "  \r\n"])
    func emptyFile(content: String) throws {
        let harness = try ImportHarness()
        let report = try harness.importText(content, name: "empty.csv")
        #expect(report.error == nil)
        #expect(report.counts.total == 0)
        #expect(report.warnings.contains { $0.contains("empty") })
        #expect(try harness.dump(ignoringTables: ["imports"]) == (try ImportHarness().dump(ignoringTables: ["imports"])))
    }

    @Test("a header with no rows imports nothing and is not an error")
    func headerOnly() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.header + "\n", name: "n.csv")
        #expect(report.error == nil && report.kind == .neighbourhoods)
        #expect(report.counts.total == 0 && report.rejectsPath == nil)
        #expect(try harness.count("neighbourhoods") == 0)
    }

    @Test("a column the contract does not name is a warning once; the rows are imported")
    func unknownColumn() throws {
        let harness = try ImportHarness()
        let csv = "force,neighbourhood_id,Colour,name,area_type\nleicestershire,NC04,blue,City,urban\nleicestershire,NC05,red,Town,urban\n"
        let report = try harness.importText(csv, name: "n.csv")
        #expect(report.isClean && report.counts.inserted == 2)
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.contains("'Colour'") == true)
        #expect(try harness.record("neighbourhoods", "neighbourhood_id", "NC04")?["name"] == text("City"))
    }

    @Test("column names match in any case and column order is free")
    func columnNames() throws {
        let harness = try ImportHarness()
        let report = try harness.importText("Area_Type, NAME ,Neighbourhood_ID,FORCE\nrural,Fields,RU01,leicestershire\n", name: "n.csv")
        #expect(report.isClean && report.kind == .neighbourhoods)
        #expect(try harness.record("neighbourhoods", "neighbourhood_id", "RU01")?["name"] == text("Fields"))
    }

    @Test("a missing required column is a file error naming the column, and nothing is imported")
    func missingColumn() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let csv = "call_id,force,line,answered_at\nC1,leicestershire,999,2009-06-01 10:00:00\n"
        let report = try harness.importText(csv, name: "calls.csv", kind: .calls)
        let error = try #require(report.error)
        #expect(error.contains("'received_at'"))
        #expect(!report.kept && report.counts.total == 0)
        #expect(try harness.count("calls") == 0)
    }

    @Test("a column named twice is a file error")
    func repeatedColumn() throws {
        let harness = try ImportHarness()
        let report = try harness.importText("force,neighbourhood_id,name,area_type,name\n", name: "n.csv", kind: .neighbourhoods)
        #expect(report.error?.contains("'name' appears twice") == true)
    }

    @Test("a row with too many or too few fields is rejected; its neighbours are imported")
    func wrongFieldCount() throws {
        let harness = try ImportHarness()
        let csv =
            "force,neighbourhood_id,name,area_type\nleicestershire,NC04,City,urban,extra\nleicestershire,NC05,Town\n"
            + "leicestershire,NC06,Village,rural\n"
        let report = try harness.importText(csv, name: "n.csv")
        #expect(report.counts.inserted == 1 && report.counts.rejected == 2)
        #expect(
            report.sampleRejections == [
                "line 2: has 5 fields but the header has 4", "line 3: has 3 fields but the header has 4",
            ])
        #expect(try harness.column("neighbourhoods", "neighbourhood_id") == [text("NC06")])
    }

    @Test("a quote left open runs to the end of the file and that row is rejected")
    func unclosedQuote() throws {
        let harness = try ImportHarness()
        let csv = "force,neighbourhood_id,name,area_type\nleicestershire,NC04,City,urban\nleicestershire,NC05,\"Town,urban\n"
        let report = try harness.importText(csv, name: "n.csv")
        #expect(report.counts.inserted == 1 && report.counts.rejected == 1)
        #expect(report.sampleRejections.first?.contains("not closed") == true)
    }

    @Test("a duplicate key in one file: the first row is kept, the second rejected with its line")
    func duplicateKey() throws {
        let harness = try ImportHarness()
        let csv =
            "force,neighbourhood_id,name,area_type\nleicestershire,NC04,First,urban\nleicestershire,NC05,Other,urban\n"
            + "leicestershire,NC04,Second,rural\n"
        let report = try harness.importText(csv, name: "n.csv")
        #expect(report.counts.inserted == 2 && report.counts.rejected == 1)
        #expect(report.sampleRejections.first?.hasPrefix("line 4: duplicate key") == true)
        let kept = try #require(try harness.record("neighbourhoods", "neighbourhood_id", "NC04"))
        #expect(kept["name"] == text("First") && kept["area_type"] == text("urban"))
    }
}
