import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// messages, engagements and updates: a neighbourhood team's contact with the public.
@Suite("Neighbourhood events: messages, engagements, updates")
struct NeighbourhoodEventKindTests {
    static let cases: [KindCase] = [
        KindCase(
            kind: .messages,
            header: "message_id,force,neighbourhood_id,channel,received_at,responded_at,escalated_at,detailed_response_at",
            good: "M1,leicestershire,NC04,In-Person,2009-01-09 15:00:00,2009-01-10 11:00:00,,2009-01-12T09:00:00+00:00",
            lookup: ("message_id", "M1"),
            stored: [
                "force_id": leicestershire, "neighbourhood_id": text("NC04"), "channel": text("in-person"),
                "received_at": instant("2009-01-09T15:00:00Z"), "responded_at": instant("2009-01-10T11:00:00Z"),
                "escalated_at": null, "detailed_response_at": instant("2009-01-12T09:00:00Z"), "local_month": int(200901),
            ],
            rejected: [
                .init(
                    "M2,leicestershire,NC04,web,2009-01-09 15:00:00,2009-01-09 14:59:00,,", field: "responded_at",
                    says: "before received_at", "response before the message"),
                .init("M3,leicestershire,NC04,fax,2009-01-09 15:00:00,,,", field: "channel", says: "one of phone", "bad enum"),
                .init(
                    "M4,leicestershire,,web,2009-01-09 15:00:00,,,", field: "neighbourhood_id", says: "required",
                    "blank required neighbourhood"),
                .init(
                    "M5,leicestershire,ZZ99,web,2009-01-09 15:00:00,,,", field: "neighbourhood_id", says: "not a neighbourhood",
                    "neighbourhood unknown to the force"),
                .init(
                    "M6,leicestershire,NC04,web,2008-10-26 01:15:00,,,", field: "received_at", says: "occurs twice",
                    "ambiguous autumn local time"),
            ]),
        KindCase(
            kind: .engagements,
            header: "engagement_id,force,neighbourhood_id,kind,starts_at,ends_at,title,address,advertised_on,priorities_agreed,attendees",
            good: "EN1,leicestershire,NC04,Public-Meeting,2008-04-23 19:00:00,2008-04-23 20:30:00,Meeting,\"Hall, High St\",2008-04-01,true,10",
            lookup: ("engagement_id", "EN1"),
            stored: [
                "kind": text("public-meeting"), "starts_at": instant("2008-04-23T18:00:00Z"),
                "ends_at": instant("2008-04-23T19:30:00Z"), "address": text("Hall, High St"),
                "advertised_on": text("2008-04-01"), "priorities_agreed": int(1), "attendees": int(10),
                "local_month": int(200804),
            ],
            rejected: [
                .init(
                    "EN2,leicestershire,NC04,surgery,2008-04-23 19:00:00,2008-04-23 18:59:00,,,,,", field: "ends_at",
                    says: "before starts_at", "ends before it starts"),
                .init(
                    "EN3,leicestershire,NC04,surgery,2008-04-23 19:00:00,,,,,,-3", field: "attendees", says: "between",
                    "negative attendees"),
                .init(
                    "EN4,leicestershire,NC04,party,2008-04-23 19:00:00,,,,,,", field: "kind", says: "one of public-meeting",
                    "bad enum"),
                .init(
                    "EN5,leicestershire,NC04,surgery,2008-04-23 19:00:00,,,,2008-04-31,,", field: "advertised_on",
                    says: "not a date", "bad date"),
                .init(
                    "EN6,leicestershire,NC04,surgery,2008-04-23 19:00:00,,,,,perhaps,", field: "priorities_agreed",
                    says: "true/false", "bad bool"),
            ]),
        KindCase(
            kind: .updates,
            header:
                "update_id,force,neighbourhood_id,month,published_on,channel,has_crime_map,has_justice_outcomes,has_partner_action,has_force_performance",
            good: "UP1,leicestershire,NC04,2008-04,2008-05-01,Web,true,false,Y,no",
            lookup: ("update_id", "UP1"),
            stored: [
                "month": text("2008-04"), "published_on": text("2008-05-01"), "channel": text("web"),
                "has_crime_map": int(1), "has_justice_outcomes": int(0), "has_partner_action": int(1),
                "has_force_performance": int(0), "local_month": int(200804),
            ],
            rejected: [
                .init("UP2,leicestershire,NC04,2008-4,2008-05-01,web,,,,", field: "month", says: "YYYY-MM", "bad month"),
                .init(
                    "UP3,leicestershire,NC04,2008-04,2008-05-01,web,sometimes,,,", field: "has_crime_map", says: "true/false",
                    "bad bool"),
                .init("UP4,leicestershire,NC04,2008-04,,web,,,,", field: "published_on", says: "required", "blank required"),
                .init("UP5,leicestershire,NC04,2008-04,2008-05-01,radio,,,,", field: "channel", says: "one of web", "bad enum"),
            ]),
    ]

    @Test("one row stored with its values, broken rows rejected with line, field and reason", arguments: cases)
    func kind(_ kindCase: KindCase) throws { try kindCase.run() }

    @Test("meetings are advertised ahead: an engagement next month is accepted")
    func futureEngagement() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let csv = "engagement_id,force,neighbourhood_id,kind,starts_at\nEN1,leicestershire,NC04,surgery,2010-02-01 10:00:00\n"
        let report = try harness.importText(csv, name: "engagements.csv")
        #expect(report.isClean && report.counts.inserted == 1)
    }
}
