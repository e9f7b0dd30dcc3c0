import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// Instants, dates and months outside the contract's plausible range are rejected at the door, with the
/// contract's reason naming the field, before the store (or any report) sees them.
@Suite("Plausible times")
struct PlausibleTimesTests {
    static let callsHeader = Fixtures.callsHeader

    /// A call received at 2009-01-10 10:00 with an appointment at `appointment`.
    static func call(_ id: String, appointment: String) -> String {
        "\(id),leicestershire,101,2009-01-10 10:00:00,2009-01-10 10:00:05,NC04,,,,appointment,,,,\(appointment)"
    }

    /// Imports `rows` under `header` and returns the report with the rejection reasons by line.
    static func importRows(_ header: String, _ rows: [String], kind: RecordKind, harness: ImportHarness) throws -> FileImportReport {
        try harness.importText(([header] + rows).joined(separator: "\n") + "\n", name: "\(kind.name).csv", kind: kind)
    }

    @Test("a call's appointment in year 9999, or years after the call, is rejected naming appointment_at; next week is kept")
    func appointmentFarAhead() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let report = try Self.importRows(
            Self.callsHeader,
            [
                Self.call("C1", appointment: "2009-01-17 10:00:00"),
                Self.call("C2", appointment: "9999-12-31 23:59:59"),
                Self.call("C3", appointment: "2030-01-17 10:00:00"),
            ], kind: .calls, harness: harness)
        #expect(report.error == nil)
        #expect(report.counts.inserted == 1 && report.counts.rejected == 2)
        try #require(report.sampleRejections.count == 2)
        #expect(report.sampleRejections[0].hasPrefix("line 3: appointment_at: "), "\(report.sampleRejections[0])")
        #expect(report.sampleRejections[0].contains("after 2099-12-31"), "\(report.sampleRejections[0])")
        #expect(
            report.sampleRejections[1]
                == "line 4: appointment_at: 2030-01-17T10:00:00Z is more than 5 years after received_at 2009-01-10T10:00:00Z")
        #expect(try harness.column("calls", "call_id") == [text("C1")])
    }

    @Test("an update for month 9999-11 is rejected naming month")
    func updateMonthFarAhead() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let header = "update_id,force,neighbourhood_id,month,published_on"
        let report = try Self.importRows(
            header, ["UP1,leicestershire,NC04,2008-04,2008-05-01", "UP2,leicestershire,NC04,9999-11,2008-05-01"], kind: .updates,
            harness: harness)
        #expect(report.counts.inserted == 1 && report.counts.rejected == 1)
        #expect(report.sampleRejections == ["line 3: month: '9999-11' is after 2099-12, later than any record may be"])
    }

    @Test("a date in year 0001 gets the contract's reason naming the field, not the store's CHECK constraint")
    func yearOne() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let header = "update_id,force,neighbourhood_id,month,published_on"
        let report = try Self.importRows(header, ["UP1,leicestershire,NC04,0001-01,0001-01-01"], kind: .updates, harness: harness)
        #expect(report.counts.rejected == 1)
        let reason = try #require(report.sampleRejections.first)
        #expect(reason == "line 2: month: '0001-01' is before 1990-01, earlier than any record may be")
        #expect(!reason.contains("CHECK"))

        let published = try Self.importRows(header, ["UP2,leicestershire,NC04,2008-04,0001-01-01"], kind: .updates, harness: harness)
        #expect(published.sampleRejections == ["line 2: published_on: '0001-01-01' is before 1990-01-01, earlier than any record may be"])
        let team = try Self.importRows(
            "force,neighbourhood_id,officer_id,name,rank,started_on", ["leicestershire,NC04,PC1,A. Officer,PC,0001-01-01"], kind: .team,
            harness: harness)
        #expect(team.sampleRejections == ["line 2: started_on: '0001-01-01' is before 1990-01-01, earlier than any record may be"])
    }

    @Test("a posting may end decades after it starts (team.ended_on has 50 years); a victim's closure may not (5)")
    func perFieldBounds() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let team = try Self.importRows(
            "force,neighbourhood_id,officer_id,name,rank,started_on,ended_on", ["leicestershire,NC04,PC1,A. Officer,PC,1995-04-01,2009-03-31"],
            kind: .team, harness: harness)
        #expect(team.isClean && team.counts.inserted == 1)
        let victims = try Self.importRows(
            "crime_ref,victim_ref,force,reported_at,agreed_until,closed_at",
            ["CR1,V1,leicestershire,2008-07-02T07:00:00Z,2008-12-31,2009-01-05T09:00:00Z", "CR2,V1,leicestershire,2008-07-02T07:00:00Z,2019-01-01,"],
            kind: .victims, harness: harness)
        #expect(victims.counts.inserted == 1)
        #expect(victims.sampleRejections == ["line 3: agreed_until: 2019-01-01 is more than 5 years after reported_at 2008-07-02T07:00:00Z"])
    }

    @Test("NDJSON rows are held to the same range")
    func ndjson() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let line =
            #"{"call_id": "C1", "force": "leicestershire", "line": 999, "received_at": "2009-01-10 10:00:00", "appointment_at": "9999-12-31 23:59:59"}"#
        let report = try harness.importText(line + "\n", name: "calls.ndjson")
        #expect(report.counts.rejected == 1)
        #expect(report.sampleRejections.first?.hasPrefix("line 1: appointment_at: ") == true)
    }
}
