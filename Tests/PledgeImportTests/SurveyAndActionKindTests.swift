import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// surveys (one row per answer) and actions (the improvement plan).
@Suite("surveys and actions")
struct SurveyAndActionKindTests {
    static let cases: [KindCase] = [
        KindCase(
            kind: .surveys,
            header: "response_id,force,neighbourhood_id,survey,responded_on,question,answer,group",
            good: "S1,leicestershire,NC04,User-Satisfaction,2008-08-09,treated_with_respect,YES,16-24",
            lookup: ("response_id", "S1"),
            stored: [
                "survey": text("user-satisfaction"), "responded_on": text("2008-08-09"),
                "question": text("treated_with_respect"), "answer": text("yes"), "group_label": text("16-24"),
                "local_month": int(200808),
            ],
            rejected: [
                .init(
                    "S2,leicestershire,NC04,community,2008-08-09,satisfied_overall,6,", field: "answer", says: "yes, no or a number 1–5",
                    "answer out of range"),
                .init(
                    "S3,leicestershire,NC04,poll,2008-08-09,satisfied_overall,4,", field: "survey", says: "one of user-satisfaction",
                    "bad enum"),
                .init(
                    "S4,leicestershire,NC04,community,2008-08-32,satisfied_overall,4,", field: "responded_on", says: "not a date",
                    "bad date"),
                .init(
                    "S1,leicestershire,NC04,community,2008-08-10,treated_with_respect,no,", field: nil, says: "duplicate key",
                    "same response and question twice"),
            ]),
        KindCase(
            kind: .actions,
            header: "action_id,force,owner,pledge_point,indicator,kind,mechanism,opened_on,due_on,closed_on,summary",
            good: "ACT1,leicestershire,Authority,10,,monitoring,dip sample,2009-07-01,2009-09-30,2009-09-15,Dip sample",
            lookup: ("action_id", "ACT1"),
            stored: [
                "owner": text("authority"), "pledge_point": int(10), "indicator": null, "kind": text("monitoring"),
                "mechanism": text("dip sample"), "opened_on": text("2009-07-01"), "due_on": text("2009-09-30"),
                "closed_on": text("2009-09-15"), "summary": text("Dip sample"), "local_month": int(200907),
            ],
            rejected: [
                .init(
                    "ACT2,leicestershire,force,5,,improvement,,2009-07-01,,2009-06-30,ETA", field: "closed_on",
                    says: "before opened_on", "closed before opened"),
                .init(
                    "ACT3,leicestershire,council,5,,improvement,,2009-07-01,,,ETA", field: "owner", says: "force, authority",
                    "bad owner"),
                .init(
                    "ACT4,leicestershire,force,5,,plan,,2009-07-01,,,ETA", field: "kind", says: "improvement, monitoring",
                    "bad kind"),
                .init(
                    "ACT5,leicestershire,force,5,,improvement,,2009-07-01,,,", field: "summary", says: "required",
                    "blank summary"),
            ],
            neighbourhoods: []),
    ]

    @Test("one row stored with its values, broken rows rejected with line, field and reason", arguments: cases)
    func kind(_ kindCase: KindCase) throws { try kindCase.run() }

    @Test("several answers of one response are several records")
    func answersOfOneResponse() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let csv = """
            response_id,force,survey,responded_on,question,answer
            S1,leicestershire,community,2008-08-09,treated_with_respect,yes
            S1,leicestershire,community,2008-08-09,satisfied_overall,4

            """
        let report = try harness.importText(csv, name: "surveys.csv")
        #expect(report.isClean && report.counts.inserted == 2)
        #expect(try harness.column("surveys", "answer") == [text("yes"), text("4")])
    }
}
