import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// NDJSON: one JSON object per line, the same field names and the same checks as CSV.
@Suite("NDJSON files")
struct NDJSONImportTests {
    static let lines = [
        #"{"call_id": "C1", "force": "leicestershire", "line": 999, "received_at": "2009-06-01 10:00:00", "answered_at": "2009-06-01T09:00:07Z", "vulnerable": true, "eta_given": false, "neighbourhood_id": "NC04", "response": null}"#,
        "",
        #"{"call_id": "C2", "force": "leicestershire", "line": "101", "received_at": "2009-06-01 10:00:00", "answered_at": "2009-06-01 09:59:00"}"#,
        #"[1, 2]"#,
        #"{"call_id": "C3", "force": "leicestershire", "line": 999, "received_at": "2009-06-01 10:00:00", "vulnerable": {"yes": true}}"#,
        #"{"call_id": "C4", "force": "leicestershire", "line": 999, "received_at": "2009-06-01 10:00:00", "colour": "blue"}"#,
        #"{"call_id": "C1", "force": "leicestershire", "line": 101, "received_at": "2009-06-02 10:00:00"}"#,
        #"{"call_id": "C5", "force": "#,
    ]

    @Test("rows are checked like CSV rows: numbers and booleans as JSON values, null as blank")
    func ndjson() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let report = try harness.importText(Self.lines.joined(separator: "\n") + "\n", name: "calls.ndjson")
        #expect(report.kind == .calls && report.format == .ndjson && report.error == nil)
        #expect(report.counts.inserted == 2 && report.counts.rejected == 5)
        let call = try #require(try harness.record("calls", "call_id", "C1"))
        #expect(call["line"] == text("999"))
        #expect(call["received_at"] == instant("2009-06-01T09:00:00Z"))
        #expect(call["answered_at"] == instant("2009-06-01T09:00:07Z"))
        #expect(call["vulnerable"] == int(1) && call["eta_given"] == int(0) && call["response"] == null)
        #expect(try harness.record("calls", "call_id", "C4") != nil, "an unknown field is ignored")
        #expect(report.warnings.contains { $0.contains("'colour'") })

        let samples = report.sampleRejections
        try #require(samples.count == 5)
        #expect(samples[0].hasPrefix("line 3: answered_at: "), "line numbers count blank lines")
        #expect(samples[1].hasPrefix("line 4: "))
        #expect(samples[2].hasPrefix("line 5: vulnerable: "))
        #expect(samples[3].hasPrefix("line 7: duplicate key"))
        #expect(samples[4].hasPrefix("line 8: ") && samples[4].contains("not valid JSON"))
    }

    @Test("a line that is JSON but not an object is rejected as not being an object", arguments: ["[1, 2]", "42", "\"C1\"", "null"])
    func nonObjectLine(line: String) throws {
        let harness = try ImportHarness()
        let first = #"{"force": "leicestershire", "neighbourhood_id": "NC04", "name": "City", "area_type": "urban"}"#
        let report = try harness.importText(first + "\n" + line + "\n", name: "n.ndjson")
        #expect(report.counts.inserted == 1 && report.counts.rejected == 1)
        let sample = try #require(report.sampleRejections.first)
        #expect(sample.hasPrefix("line 2: "))
        #expect(sample.contains("not a JSON object"), "\(sample)")
    }

    @Test("JSON numbers 0 and 1 stay numbers where a number is meant, and are booleans where a boolean is")
    func zeroAndOne() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let line =
            #"{"crime_ref": "CR1", "victim_ref": "V1", "force": "leicestershire", "reported_at": "2008-07-02T07:00:00Z", "interval_days": 1, "contact_agreed": 1}"#
        let report = try harness.importText(line + "\n", name: "victims.ndjson")
        #expect(report.isClean && report.counts.inserted == 1, "\(report.sampleRejections)")
        let victim = try #require(try harness.record("victims", "crime_ref", "CR1"))
        #expect(victim["interval_days"] == int(1) && victim["contact_agreed"] == int(1))
    }

    @Test("JSON decimals are read as the numbers they are")
    func decimals() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let line =
            #"{"force": "leicestershire", "officer_id": "LE1", "neighbourhood_id": "NC04", "date": "2008-06-02", "hours_on_duty": 8, "hours_visible": 7.4, "hours_abstracted": 0.6}"#
        #expect(try harness.importText(line + "\n", name: "duty.ndjson").isClean)
        let duty = try #require(try harness.record("duty", "officer_id", "LE1"))
        #expect(duty["hours_on_duty"] == real(8) && duty["hours_visible"] == real(7.4) && duty["hours_abstracted"] == real(0.6))
    }

    @Test("the NDJSON rejects file holds each rejected object with its reason added")
    func rejectsFile() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let report = try harness.importText(Self.lines.joined(separator: "\n") + "\n", name: "calls.ndjson")
        let path = try #require(report.rejectsPath)
        #expect(path.hasSuffix("calls.rejects.ndjson"))
        let objects = try FixtureFile.read(path).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 5)
        #expect(objects[0]["call_id"] as? String == "C2")
        #expect(objects[0]["answered_at"] as? String == "2009-06-01 09:59:00")
        #expect((objects[0]["reason"] as? String)?.hasPrefix("line 3: answered_at: ") == true)
        #expect(objects[1]["raw"] as? String == "[1, 2]", "a line that is not an object is kept as text")
        #expect(objects[4]["raw"] as? String == #"{"call_id": "C5", "force":"#, "kept as text, trailing space trimmed")
    }

    @Test("an NDJSON file whose first line is not an object needs --kind")
    func kindNotTold() throws {
        let harness = try ImportHarness()
        let report = try harness.importText("[1]\n", name: "x.ndjson")
        #expect(report.error?.contains("give --kind") == true)
    }

    @Test("CRLF line endings and a byte-order mark are read as in CSV", arguments: [(LineEnding.crlf, false), (.lf, true), (.crlf, true)])
    func lineEndingsAndBOM(lineEnding: LineEnding, byteOrderMark: Bool) throws {
        let harness = try ImportHarness()
        let text =
            #"{"force": "leicestershire", "neighbourhood_id": "NC04", "name": "City", "area_type": "urban"}"# + "\n"
            + #"{"force": "leicestershire", "neighbourhood_id": "NC05", "name": "Town", "area_type": "rural"}"# + "\n"
        let report = try harness.importText(text, name: "n.ndjson", lineEnding: lineEnding, byteOrderMark: byteOrderMark)
        #expect(report.kind == .neighbourhoods && report.format == .ndjson)
        #expect(report.isClean && report.counts.inserted == 2, "\(report.sampleRejections)")
    }
}
