import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// victims and victim_updates: an update needs its victim.
@Suite("victims and victim_updates")
struct VictimKindTests {
    static let victimsHeader = "crime_ref,victim_ref,force,neighbourhood_id,reported_at,contact_agreed,interval_days,agreed_until,method,closed_at"
    static let victimsCSV = victimsHeader + "\nCR1,V1,leicestershire,NC04,2008-07-02 08:00:00,true,14,,phone,\n"
    static let updatesHeader = "update_id,force,crime_ref,victim_ref,updated_at,method"

    static let cases: [KindCase] = [
        KindCase(
            kind: .victims, header: victimsHeader,
            good: "CR1,V1,leicestershire,NC04,2008-07-02 08:00:00,TRUE,14,2008-12-31,phone,2008-09-01 12:00:00",
            lookup: ("crime_ref", "CR1"),
            stored: [
                "victim_ref": text("V1"), "neighbourhood_id": text("NC04"), "reported_at": instant("2008-07-02T07:00:00Z"),
                "contact_agreed": int(1), "interval_days": int(14), "agreed_until": text("2008-12-31"),
                "method": text("phone"), "closed_at": instant("2008-09-01T11:00:00Z"), "local_month": int(200807),
            ],
            rejected: [
                .init(
                    "CR2,V1,leicestershire,NC04,2008-07-02 08:00:00,,,,,2008-07-01 08:00:00", field: "closed_at",
                    says: "before reported_at", "closed before reported"),
                .init(
                    "CR3,V1,leicestershire,NC04,2008-07-02 08:00:00,,-1,,,", field: "interval_days", says: "between",
                    "negative interval"),
                .init(
                    "CR4,V1,leicestershire,ZZ99,2008-07-02 08:00:00,,,,,", field: "neighbourhood_id",
                    says: "not a neighbourhood", "neighbourhood unknown to the force"),
                .init(
                    "CR5,,leicestershire,NC04,2008-07-02 08:00:00,,,,,", field: "victim_ref", says: "required",
                    "blank required"),
                .init(
                    "CR1,V1,leicestershire,NC04,2008-07-03 08:00:00,,,,,", field: nil, says: "duplicate key",
                    "duplicate key (force, crime_ref, victim_ref)"),
            ]),
        KindCase(
            kind: .victimUpdates, header: updatesHeader,
            good: "VU1,leicestershire,CR1,V1,2008-07-27 08:00:00,phone",
            lookup: ("update_id", "VU1"),
            stored: [
                "crime_ref": text("CR1"), "victim_ref": text("V1"), "updated_at": instant("2008-07-27T07:00:00Z"),
                "method": text("phone"), "local_month": int(200807),
            ],
            rejected: [
                .init(
                    "VU2,leicestershire,CR1,V9,2008-07-27 08:00:00,", field: "victim_ref", says: "no victim",
                    "victim that does not exist"),
                .init(
                    "VU3,leicestershire,CR9,V1,2008-07-27 08:00:00,", field: "victim_ref", says: "import victims first",
                    "crime that does not exist"),
                .init("VU4,kent,CR1,V1,2008-07-27 08:00:00,", field: "victim_ref", says: "in kent", "another force's victim"),
                .init(
                    "VU5,leicestershire,CR1,V1,2011-01-01 00:00:00,", field: "updated_at", says: "future",
                    "update in the future"),
            ],
            before: ("victims.csv", victimsCSV)),
    ]

    @Test("one row stored with its values, broken rows rejected with line, field and reason", arguments: cases)
    func kind(_ kindCase: KindCase) throws { try kindCase.run() }

    @Test("victims and their updates given together import victims first, whatever the order on the command line")
    func sameRun() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let updates = try harness.write(Self.updatesHeader + "\nVU1,leicestershire,CR1,V1,2008-07-27 08:00:00,\n", name: "a-updates.csv")
        let victims = try harness.write(Self.victimsCSV, name: "b-victims.csv")
        let reports = harness.importer.importFiles([updates, victims])
        #expect(reports.map(\.kind) == [.victims, .victimUpdates])
        #expect(reports.allSatisfy { $0.isClean && $0.counts.inserted == 1 })
    }

    @Test("victim updates alone, before any victim, are all rejected")
    func noVictims() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let report = try harness.importText(
            Self.updatesHeader + "\nVU1,leicestershire,CR1,V1,2008-07-27 08:00:00,\n", name: "victim_updates.csv")
        #expect(report.counts.rejected == 1 && report.counts.inserted == 0)
        #expect(try harness.count("victim_updates") == 0)
    }
}
