import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// dissatisfaction, complaints and reality_checks: reports about the service and checks on it.
@Suite("Reports: dissatisfaction, complaints, reality_checks")
struct ReportKindTests {
    static let cases: [KindCase] = [
        KindCase(
            kind: .dissatisfaction,
            header: "report_id,force,neighbourhood_id,received_at,acknowledged_at,discussed_at,action_agreed_at,resolved_at,callback_consent",
            good: "DS1,leicestershire,NC04,2008-09-02 08:00:00,2008-09-03 14:00:00,,,2008-09-10 09:00:00,yes",
            lookup: ("report_id", "DS1"),
            stored: [
                "received_at": instant("2008-09-02T07:00:00Z"), "acknowledged_at": instant("2008-09-03T13:00:00Z"),
                "discussed_at": null, "resolved_at": instant("2008-09-10T08:00:00Z"), "callback_consent": int(1),
                "local_month": int(200809),
            ],
            rejected: [
                .init(
                    "DS2,leicestershire,NC04,2008-09-02 08:00:00,2008-09-01 14:00:00,,,,", field: "acknowledged_at",
                    says: "before received_at", "acknowledgement before the report"),
                .init(
                    "DS3,leicestershire,NC04,2008-09-02 08:00:00,,,,2008-09-02 07:00:00,", field: "resolved_at",
                    says: "before received_at", "resolved before the report"),
                .init(
                    "DS4,leicestershire,NC04,2008-09-02 08:00:00,,,,,perhaps", field: "callback_consent", says: "true/false",
                    "bad bool"),
                .init("DS5,leicestershire,,,,,,,", field: "received_at", says: "required", "blank required instant"),
            ]),
        KindCase(
            kind: .complaints,
            header: "complaint_id,force,neighbourhood_id,received_at,category,pledge_point,finalised_at,outcome",
            good: "PSD1,leicestershire,NC04,2008-06-03 10:12:00,Incivility,1,2008-07-10 16:00:00,Local resolution",
            lookup: ("complaint_id", "PSD1"),
            stored: [
                "received_at": instant("2008-06-03T09:12:00Z"), "category": text("Incivility"), "pledge_point": int(1),
                "finalised_at": instant("2008-07-10T15:00:00Z"), "outcome": text("Local resolution"),
                "local_month": int(200806),
            ],
            rejected: [
                .init(
                    "PSD2,leicestershire,NC04,2008-06-03 10:12:00,Neglect,4,2008-06-02 16:00:00,", field: "finalised_at",
                    says: "before received_at", "finalised before received"),
                .init(
                    "PSD3,leicestershire,NC04,2008-06-03 10:12:00,Neglect,11,,", field: "pledge_point", says: "between 1 and 10",
                    "pledge point out of range"),
                .init(
                    "PSD4,leicestershire,NC04,2008-06-03 10:12:00,,4,,", field: "category", says: "required",
                    "blank required"),
                .init(
                    "PSD5,leicestershire,NC04,next tuesday,Neglect,,,", field: "received_at", says: "not an instant",
                    "not an instant"),
            ]),
        KindCase(
            kind: .realityChecks,
            header: "check_id,force,neighbourhood_id,pledge_point,method,made_at,responded_at,outcome,notes",
            good: "RC1,leicestershire,NC04,4,Email,2009-05-11 10:00:00,2009-05-11 15:20:00,Not-Met,\"Reply late, vague\"",
            lookup: ("check_id", "RC1"),
            stored: [
                "pledge_point": int(4), "method": text("email"), "made_at": instant("2009-05-11T09:00:00Z"),
                "responded_at": instant("2009-05-11T14:20:00Z"), "outcome": text("not-met"), "notes": text("Reply late, vague"),
                "local_month": int(200905),
            ],
            rejected: [
                .init(
                    "RC2,leicestershire,NC04,4,email,2009-05-11 10:00:00,2009-05-11 09:00:00,met,", field: "responded_at",
                    says: "before made_at", "reply before the check"),
                .init(
                    "RC3,leicestershire,NC04,4,pigeon,2009-05-11 10:00:00,,met,", field: "method", says: "one of email",
                    "bad enum"),
                .init(
                    "RC4,leicestershire,NC04,0,email,2009-05-11 10:00:00,,met,", field: "pledge_point", says: "between",
                    "pledge point 0"),
                .init(
                    "RC5,leicestershire,NC04,4,email,2009-05-11 10:00:00,,fine,", field: "outcome", says: "met, partly, not-met",
                    "bad outcome"),
            ]),
    ]

    @Test("one row stored with its values, broken rows rejected with line, field and reason", arguments: cases)
    func kind(_ kindCase: KindCase) throws { try kindCase.run() }
}
