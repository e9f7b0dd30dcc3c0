import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// duty: `hours_visible + hours_abstracted <= hours_on_duty <= 24`, none negative.
@Suite("duty: an officer's day")
struct DutyKindTests {
    static let header = "force,officer_id,neighbourhood_id,date,hours_on_duty,hours_visible,hours_abstracted,abstraction_reason"

    static let cases: [KindCase] = [
        KindCase(
            kind: .duty, header: header,
            good: "leicestershire,LE0001,NC04,2008-06-02,8.0,7.4,0.6,court",
            lookup: ("officer_id", "LE0001"),
            stored: [
                "force_id": leicestershire, "neighbourhood_id": text("NC04"), "date": text("2008-06-02"),
                "hours_on_duty": real(8), "hours_visible": real(7.4), "hours_abstracted": real(0.6),
                "abstraction_reason": text("court"), "local_month": int(200806),
            ],
            rejected: [
                .init(
                    "leicestershire,LE0002,NC04,2008-06-02,8,6,3,", field: "hours_on_duty", says: "exceed",
                    "visible + abstracted more than on duty"),
                .init(
                    "leicestershire,LE0003,NC04,2008-06-02,25,8,0,", field: "hours_on_duty", says: "between 0.0 and 24.0",
                    "more than 24 hours on duty"),
                .init(
                    "leicestershire,LE0004,NC04,2008-06-02,8,-1,0,", field: "hours_visible", says: "between",
                    "negative hours"),
                .init(
                    "leicestershire,LE0005,NC04,2008-06-02,eight,1,0,", field: "hours_on_duty", says: "not a number",
                    "hours not a number"),
                .init("leicestershire,LE0006,NC04,2008-13-01,8,1,0,", field: "date", says: "not a date", "bad date"),
                .init(
                    "leicestershire,LE0007,ZZ99,2008-06-02,8,1,0,", field: "neighbourhood_id", says: "not a neighbourhood",
                    "neighbourhood unknown to the force"),
                .init("leicestershire,LE0001,NC04,2008-06-02,7,1,0,", field: nil, says: "duplicate key", "same officer and day twice"),
            ])
    ]

    @Test("one row stored with its values, impossible hours rejected", arguments: cases)
    func duty(_ kindCase: KindCase) throws { try kindCase.run() }

    @Test("the same officer on two days, and a full 24-hour day exactly adding up, are both kept")
    func edges() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let csv = Self.header + "\nleicestershire,LE1,NC04,2008-06-02,24,23.5,0.5,\nleicestershire,LE1,NC04,2008-06-03,0,0,0,\n"
        let report = try harness.importText(csv, name: "duty.csv")
        #expect(report.isClean)
        #expect(report.counts.inserted == 2)
    }
}
