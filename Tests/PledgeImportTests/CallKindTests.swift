import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// calls: every value type and every consistency rule of the kind.
@Suite("calls: stored values and rejected rows")
struct CallKindTests {
    static let header = Fixtures.callsHeader

    /// A call row with `received_at` and one column replaced.
    static func row(_ id: String, received: String = "2009-06-01 10:00:00", _ column: String? = nil, _ value: String = "")
        -> String
    {
        var fields = [id, "leicestershire", "999", received, "", "NC04", "", "", "", "", "", "", "", ""]
        if let column { fields[header.split(separator: ",").firstIndex(of: Substring(column))!] = value }
        return fields.joined(separator: ",")
    }

    static let cases: [KindCase] = [
        KindCase(
            kind: .calls, header: header,
            good: "C1,leicestershire,999,2009-06-01 10:00:00,2009-06-01 10:00:07,NC04,,yes,N,EMERGENCY,1,2009-06-01 10:02:00,2009-06-01 10:09:30,",
            lookup: ("call_id", "C1"),
            stored: [
                "force_id": leicestershire, "line": text("999"), "received_at": instant("2009-06-01T09:00:00Z"),
                "answered_at": instant("2009-06-01T09:00:07Z"), "neighbourhood_id": text("NC04"), "area_type": null,
                "vulnerable": int(1), "neighbourhood_priority": int(0), "response": text("emergency"), "eta_given": int(1),
                "deployed_at": instant("2009-06-01T09:02:00Z"), "arrived_at": instant("2009-06-01T09:09:30Z"),
                "appointment_at": null, "local_month": int(200906),
            ],
            rejected: [
                .init(
                    row("C2", "answered_at", "2009-06-01 09:59:59"), field: "answered_at", says: "before received_at",
                    "answer before the call was received"),
                .init(
                    row("C3", "arrived_at", "2009-06-01 09:30:00"), field: "arrived_at", says: "before received_at",
                    "arrival before the call"),
                .init(row("C4", "deployed_at", "2009-06-01 09:59:00"), field: "deployed_at", says: "before", "deployed before the call"),
                .init(
                    row("C5", received: "2010-01-02T00:00:01Z"), field: "received_at", says: "more than a day in the future",
                    "instant more than a day after the injected clock"),
                .init(
                    row("C6", "neighbourhood_id", "ZZ99"), field: "neighbourhood_id", says: "not a neighbourhood of leicestershire",
                    "neighbourhood unknown to the force"),
                .init(row("C7", "line", "112"), field: "line", says: "one of 999, 101", "bad enum"),
                .init(row("C8", "vulnerable", "maybe"), field: "vulnerable", says: "true/false", "bad bool"),
                .init(
                    row("C9", received: "2009-03-29 01:30:00"), field: "received_at", says: "does not exist",
                    "local time in the spring-forward gap"),
                .init(
                    row("C1", received: "2009-06-02 10:00:00"), field: nil, says: "duplicate key (force leicestershire, call_id C1)",
                    "duplicate key in one file"),
            ])
    ]

    @Test("the good call is stored with its values; each broken rule rejects its row", arguments: cases)
    func calls(_ kindCase: KindCase) throws { try kindCase.run() }

    @Test("area type comes from the file when given; an appointment may be a week after the clock")
    func optionalValues() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let csv =
            Self.header + "\n"
            + "C1,leicestershire,101,2009-12-31 10:00:00,2009-12-31 10:00:20,NC04,Rural,,,appointment,,,,2010-01-08 10:00:00\n"
            + "C2,Leicestershire,101,2009-12-31 10:00:00,,,,,,,,,,\n"
        let report = try harness.importText(csv, name: "calls.csv")
        #expect(report.counts.inserted == 1)
        #expect(report.sampleRejections.first?.hasPrefix("line 3: force: 'Leicestershire' is not a force") == true)
        let call = try #require(try harness.record("calls", "call_id", "C1"))
        #expect(call["area_type"] == text("rural"))
        #expect(call["response"] == text("appointment"))
        #expect(call["appointment_at"] == instant("2010-01-08T10:00:00Z"))
        #expect(call["answered_at"] == instant("2009-12-31T10:00:20Z"))
    }

    @Test("the local month is the force's month, not UTC's: 23:30 UTC on 31 March 2009 is April in London")
    func localMonth() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let csv =
            Self.header + "\n" + Self.row("C1", received: "2009-03-31T23:30:00Z") + "\n" + Self.row("C2", received: "2009-01-31T23:30:00Z") + "\n"
        #expect(try harness.importText(csv, name: "calls.csv").counts.inserted == 2)
        #expect(try harness.record("calls", "call_id", "C1")?["local_month"] == int(200904))
        #expect(try harness.record("calls", "call_id", "C2")?["local_month"] == int(200901))
    }

    @Test("an abandoned call (no answer) is kept with answered_at null")
    func abandoned() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let report = try harness.importText(Self.header + "\n" + Self.row("C1") + "\n", name: "calls.csv")
        #expect(report.isClean && report.counts.inserted == 1)
        #expect(try harness.record("calls", "call_id", "C1")?["answered_at"] == null)
    }
}
