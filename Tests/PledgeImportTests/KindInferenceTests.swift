import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// The kind of a file: given with --kind, or told from its header.
@Suite("Kind inference and --kind")
struct KindInferenceTests {
    @Test(
        "each kind is told from its required columns, in any order",
        arguments: [
            ("neighbourhoods", "area_type,name,neighbourhood_id,force"),
            ("team", "force,neighbourhood_id,officer_id,name,rank,started_on"),
            ("priorities", "force,neighbourhood_id,priority_id,issue"),
            ("calls", "received_at,line,force,call_id"),
            ("messages", "message_id,force,neighbourhood_id,channel,received_at"),
            ("duty", "force,officer_id,neighbourhood_id,date,hours_on_duty,hours_visible,hours_abstracted"),
            ("engagements", "engagement_id,force,neighbourhood_id,kind,starts_at"),
            ("updates", "update_id,force,neighbourhood_id,month,published_on"),
            ("victims", "crime_ref,victim_ref,force,reported_at"),
            ("victim_updates", "update_id,force,crime_ref,victim_ref,updated_at"),
            ("dissatisfaction", "report_id,force,received_at"),
            ("surveys", "response_id,force,survey,responded_on,question,answer"),
            ("complaints", "complaint_id,force,received_at,category"),
            ("reality_checks", "check_id,force,pledge_point,method,made_at,outcome"),
            ("actions", "action_id,force,owner,kind,opened_on,summary"),
            (
                "crimes",
                "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"
            ),
        ])
    func inferred(kind: String, header: String) throws {
        let harness = try ImportHarness()
        let report = try harness.importText(header + "\n", name: "file.csv")
        #expect(report.error == nil)
        #expect(report.kind == RecordKind(name: kind))
    }

    @Test("a header that fits no kind is a clear file error asking for --kind")
    func noKind() throws {
        let harness = try ImportHarness()
        let report = try harness.importText("date,amount,payee\n2009-01-01,10,Someone\n", name: "bank.csv")
        let error = try #require(report.error)
        #expect(error.contains("cannot tell what kind of records"))
        #expect(error.contains("--kind"))
        #expect(report.kind == nil)
    }

    @Test("a header that fits two kinds names both; --kind settles it")
    func twoKinds() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        _ = try harness.importText("crime_ref,victim_ref,force,reported_at\nCR1,V1,leicestershire,2008-07-02 08:00:00\n", name: "v.csv")
        let csv =
            "update_id,force,neighbourhood_id,month,published_on,crime_ref,victim_ref,updated_at\n"
            + "U1,leicestershire,NC04,2008-07,2008-08-01,CR1,V1,2008-07-27 08:00:00\n"
        let path = try harness.write(csv, name: "both.csv")
        let unsure = try harness.importOne(path)
        #expect(unsure.error?.contains("updates, victim_updates") == true, "\(unsure.error ?? "")")
        #expect(try harness.count("updates") + (try harness.count("victim_updates")) == 0)

        let asUpdates = try harness.importOne(path, kind: .updates)
        #expect(asUpdates.kind == .updates && asUpdates.isClean && asUpdates.counts.inserted == 1)
        let asVictimUpdates = try harness.importOne(path, kind: .victimUpdates)
        #expect(asVictimUpdates.kind == .victimUpdates && asVictimUpdates.counts.inserted == 1)
        #expect(asVictimUpdates.warnings.count == 3, "month, published_on and neighbourhood_id are not victim_updates columns")
    }

    @Test("--kind overrides the header: a calls-shaped file given as another kind is judged as that kind")
    func kindOverrides() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Fixtures.callsCSV(count: 1), name: "calls.csv", kind: .messages)
        #expect(report.kind == .messages)
        #expect(report.error?.contains("'message_id'") == true)
    }

    @Test("GeoJSON is told from its content, and only boundaries come as GeoJSON")
    func geoJSON() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let text = Fixtures.boundariesGeoJSON([("NC04", 0, 0, 1, 1)])
        #expect(try harness.importText(text, name: "shapes.json").kind == .boundaries)
        let wrong = try harness.importText(text, name: "shapes.json", kind: .calls)
        #expect(wrong.error?.contains("GeoJSON") == true)
    }
}
