import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// `indicatorFacts(force:from:to:)`: the force's neighbourhoods and every record whose start lies in
/// `[from, to)`; calls also by their appointment; victims with all their updates; every posting and
/// action whatever the window; duty days by local month; never another force's records.
///
/// Every kind has four records: one a second before `from`, one at `from`, one a second before `to` and
/// one at `to`. The middle two are in. Northamptonshire has one record of each kind inside the window.
@Suite("Store contract: indicator facts")
struct FactsContractTests {
    /// A window that starts and ends mid-month (January is GMT: these are London times too).
    static let from = "2009-01-10T12:00:00Z"
    static let to = "2009-01-20T12:00:00Z"
    static let before = "2009-01-10T11:59:59Z"
    static let lastIn = "2009-01-20T11:59:59Z"

    static let files: [(name: String, text: String)] = [
        (
            "neighbourhoods.csv",
            Contract.csv(
                "force,neighbourhood_id,name,lpu,area_type,base,phone,email",
                [
                    "leicestershire,N1,Castle,City LPU,urban,Mansfield House,0116 222 2222,",
                    "leicestershire,N2,Belgrave,City LPU,urban,,,n2@leics.police.uk",
                    "leicestershire,N3,Melton Rural,Melton LPU,rural,,,",
                    "northamptonshire,X1,Abington,Northampton LPU,urban,,,",
                ])
        ),
        (
            "calls.csv",
            Contract.csv(
                Fixtures.callsHeader,
                [
                    "CB,leicestershire,999,\(before),,N1,,,,,,,,",
                    "CF,leicestershire,999,\(from),2009-01-10T12:00:08Z,N1,urban,false,true,emergency,true,2009-01-10T12:01:00Z,2009-01-10T12:10:00Z,",
                    "CL,leicestershire,101,\(lastIn),,N3,,,,,,,,",
                    "CT,leicestershire,101,\(to),,N3,,,,,,,,",
                    // Appointments: placed by their appointment time as well as by receipt.
                    "CA1,leicestershire,101,2009-01-05T10:00:00Z,2009-01-05T10:00:30Z,N2,,,,appointment,,,,2009-01-15T10:00:00Z",
                    "CA2,leicestershire,101,2009-01-05T11:00:00Z,2009-01-05T11:00:30Z,N2,,,,appointment,,,,2009-01-09T10:00:00Z",
                    "CA3,leicestershire,101,2009-01-06T10:00:00Z,2009-01-06T10:00:30Z,N2,,,,appointment,,,,\(to)",
                    "CA4,leicestershire,101,2009-01-07T10:00:00Z,2009-01-07T10:00:30Z,N2,,,,appointment,,,,\(from)",
                    "CA5,leicestershire,101,2009-01-15T09:00:00Z,2009-01-15T09:00:20Z,N2,,,,appointment,,,,2009-02-02T09:00:00Z",
                    "XC,northamptonshire,999,\(from),,X1,,,,,,,,",
                ])
        ),
        (
            "messages.csv",
            Contract.csv(
                "message_id,force,neighbourhood_id,channel,received_at,responded_at,escalated_at",
                [
                    "MB,leicestershire,N1,email,\(before),,", "MF,leicestershire,N1,email,\(from),2009-01-10T15:00:00Z,2009-01-10T14:00:00Z",
                    "ML,leicestershire,N2,phone,\(lastIn),,", "MT,leicestershire,N2,phone,\(to),,", "XM,northamptonshire,X1,web,\(from),,",
                ])
        ),
        (
            "dissatisfaction.csv",
            Contract.csv(
                "report_id,force,neighbourhood_id,received_at,acknowledged_at,discussed_at,callback_consent",
                [
                    "DB,leicestershire,N1,\(before),,,", "DF,leicestershire,N1,\(from),2009-01-11T09:00:00Z,2009-01-14T09:00:00Z,true",
                    "DL,leicestershire,,\(lastIn),,,", "DT,leicestershire,,\(to),,,", "XD,northamptonshire,X1,\(from),,,",
                ])
        ),
        (
            "victims.csv",
            Contract.csv(
                "crime_ref,victim_ref,force,neighbourhood_id,reported_at,contact_agreed,interval_days,agreed_until,closed_at",
                [
                    "CRB,V1,leicestershire,N1,\(before),,,,", "CRF,V1,leicestershire,N1,\(from),true,14,2009-03-31,",
                    "CRL,V1,leicestershire,,\(lastIn),,,,", "CRT,V1,leicestershire,,\(to),,,,",
                    // The same references in another force: another victim.
                    "CRF,V1,northamptonshire,X1,\(from),,,,",
                ])
        ),
        (
            "victim-updates.csv",
            Contract.csv(
                "update_id,force,crime_ref,victim_ref,updated_at",
                [
                    "VU2,leicestershire,CRF,V1,2009-01-25T10:00:00Z", "VU1,leicestershire,CRF,V1,2009-01-12T10:00:00Z",
                    "VU3,leicestershire,CRF,V1,2009-02-10T10:00:00Z", "VU4,leicestershire,CRB,V1,2009-01-15T10:00:00Z",
                    "XU,northamptonshire,CRF,V1,2009-01-13T10:00:00Z",
                ])
        ),
        (
            "reality-checks.csv",
            Contract.csv(
                "check_id,force,neighbourhood_id,pledge_point,method,made_at,outcome",
                [
                    "RB,leicestershire,N1,3,visit,\(before),met", "RF,leicestershire,N1,3,visit,\(from),met",
                    "RL,leicestershire,,7,phone,\(lastIn),not-met", "RT,leicestershire,,7,phone,\(to),met", "XR,northamptonshire,,2,web,\(from),met",
                ])
        ),
        (
            "complaints.csv",
            Contract.csv(
                "complaint_id,force,neighbourhood_id,received_at,category,pledge_point",
                [
                    "PB,leicestershire,N2,\(before),Incivility,1", "PF,leicestershire,N2,\(from),Incivility,1", "PL,leicestershire,,\(lastIn),Other,",
                    "PT,leicestershire,,\(to),Other,", "XP,northamptonshire,,\(from),Other,4",
                ])
        ),
        (
            "engagements.csv",
            Contract.csv(
                "engagement_id,force,neighbourhood_id,kind,starts_at,priorities_agreed,attendees",
                [
                    "EB,leicestershire,N1,public-meeting,\(before),true,10", "EF,leicestershire,N1,public-meeting,\(from),true,23",
                    "EL,leicestershire,N3,surgery,\(lastIn),,", "ET,leicestershire,N3,surgery,\(to),,", "XE,northamptonshire,X1,online,\(from),,",
                ])
        ),
        (
            "surveys.csv",
            Contract.csv(
                "response_id,force,neighbourhood_id,survey,responded_on,question,answer,group",
                [
                    "SB,leicestershire,N1,user-satisfaction,2009-01-09,treated_with_respect,yes,16-24",
                    "SF,leicestershire,N1,user-satisfaction,2009-01-11,treated_with_respect,5,65+",
                    "SL,leicestershire,,community,2009-01-19,knows_how_to_contact_team,no,",
                    "SA,leicestershire,,community,2009-01-21,knows_how_to_contact_team,yes,",
                    "XS,northamptonshire,,community,2009-01-15,knows_how_to_contact_team,yes,",
                ])
        ),
        (
            "updates.csv",
            Contract.csv(
                "update_id,force,neighbourhood_id,month,published_on,has_crime_map,has_justice_outcomes,has_partner_action,has_force_performance",
                [
                    "UB,leicestershire,N1,2008-12,2009-01-05,true,true,true,true", "UF,leicestershire,N1,2009-01,2009-02-03,true,true,true,true",
                    "UG,leicestershire,N2,2009-01,2009-02-04,true,,true,true", "XU,northamptonshire,X1,2009-01,2009-02-03,true,true,true,true",
                ])
        ),
        (
            "team.csv",
            Contract.csv(
                "force,neighbourhood_id,officer_id,name,rank,started_on,ended_on",
                [
                    "leicestershire,N1,PC1,A Smith,PC,2005-03-01,2007-06-30", "leicestershire,N1,PC2,B Jones,PC,2008-01-01,",
                    "leicestershire,N3,PC3,C Patel,PCSO,2009-06-01,", "northamptonshire,X1,PC9,D Brown,PC,2008-01-01,",
                ])
        ),
        (
            "actions.csv",
            Contract.csv(
                "action_id,force,owner,pledge_point,indicator,kind,mechanism,opened_on,due_on,closed_on,summary",
                [
                    "A1,leicestershire,force,5,P5.answer_10s,improvement,,2007-01-01,,2007-02-01,Answer faster",
                    "A2,leicestershire,authority,5,,monitoring,contact-management-panel,2009-01-15,2009-01-31,,Panel meets",
                    "A3,leicestershire,force,,,improvement,,2009-06-01,,,Later plan", "XA,northamptonshire,force,2,,improvement,,2009-01-15,,,Theirs",
                ])
        ),
        (
            "duty.csv",
            Contract.csv(
                "force,officer_id,neighbourhood_id,date,hours_on_duty,hours_visible,hours_abstracted,abstraction_reason",
                [
                    "leicestershire,PC2,N1,2008-12-31,8,6,2,court", "leicestershire,PC2,N1,2009-01-01,8,6.5,1.5,training",
                    "leicestershire,PC2,N1,2009-01-31,7.5,7.5,0,", "leicestershire,PC2,N1,2009-02-01,8,8,0,",
                    "northamptonshire,PC9,X1,2009-01-15,8,8,0,",
                ])
        ),
    ]

    static func harness(_ store: StoreUnderTest) async throws -> ContractHarness {
        let harness = try await ContractHarness.open(store)
        for file in files { try await harness.importClean(file.text, name: file.name) }
        return harness
    }

    static func at(_ text: String) -> Instant { Contract.at(text) }

    @Test("calls: received in [from, to), or with an appointment in it; every field as imported", arguments: StoreUnderTest.available)
    func calls(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let facts = try await harness.facts(from: Self.from, to: Self.to)
        let received = facts.calls.map(\.received)
        #expect(received.count == Set(received).count, "each call once")
        #expect(Set(received) == Set([Self.from, Self.lastIn, "2009-01-05T10:00:00Z", "2009-01-07T10:00:00Z", "2009-01-15T09:00:00Z"].map(Self.at)))
        let first = try #require(facts.calls.first { $0.received == Self.at(Self.from) })
        #expect(
            first
                == CallFact(
                    received: Self.at(Self.from), answered: Self.at("2009-01-10T12:00:08Z"), is999: true, neighbourhood: "N1", urban: true,
                    vulnerable: false,
                    neighbourhoodPriority: true, response: .emergency, etaGiven: true, deployed: Self.at("2009-01-10T12:01:00Z"),
                    arrived: Self.at("2009-01-10T12:10:00Z"), appointment: nil))
        let last = try #require(facts.calls.first { $0.received == Self.at(Self.lastIn) })
        #expect(last == CallFact(received: Self.at(Self.lastIn), is999: false, neighbourhood: "N3"))
        let booked = try #require(facts.calls.first { $0.received == Self.at("2009-01-05T10:00:00Z") })
        #expect(booked.appointment == Self.at("2009-01-15T10:00:00Z") && booked.response == .appointment)

        // Bringing derived data up to date again changes no fact.
        let writer = harness.store
        try await blocking { try writer.refreshDerivedData() }
        let again = try await harness.facts(from: Self.from, to: Self.to)
        #expect(again.calls.sorted { $0.received < $1.received } == facts.calls.sorted { $0.received < $1.received })
    }

    @Test("messages, dissatisfaction, reality checks, complaints and engagements: by their start, in [from, to)", arguments: StoreUnderTest.available)
    func instantKinds(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let facts = try await harness.facts(from: Self.from, to: Self.to)
        let inside = [Self.at(Self.from), Self.at(Self.lastIn)]

        #expect(facts.messages.map(\.received).sorted() == inside)
        let message = try #require(facts.messages.first { $0.received == Self.at(Self.from) })
        #expect(
            message.neighbourhood == "N1" && message.responded == Self.at("2009-01-10T15:00:00Z")
                && message.escalated == Self.at("2009-01-10T14:00:00Z"))

        #expect(facts.dissatisfaction.map(\.received).sorted() == inside)
        let report = try #require(facts.dissatisfaction.first { $0.received == Self.at(Self.from) })
        #expect(report.neighbourhood == "N1" && report.acknowledged == Self.at("2009-01-11T09:00:00Z"))
        #expect(report.discussed == Self.at("2009-01-14T09:00:00Z") && report.callbackConsent == true)
        #expect(facts.dissatisfaction.first { $0.received == Self.at(Self.lastIn) }?.neighbourhood == nil)

        #expect(facts.realityChecks.map(\.made).sorted() == inside)
        let checks = facts.realityChecks.sorted { $0.made < $1.made }
        #expect(checks.map(\.promise) == [3, 7] && checks.map(\.met) == [true, false] && checks.map(\.neighbourhood) == ["N1", nil])

        #expect(facts.complaints.map(\.received).sorted() == inside)
        let complaints = facts.complaints.sorted { $0.received < $1.received }
        #expect(complaints.map(\.id) == ["PF", "PL"])
        #expect(complaints.map(\.category) == ["Incivility", "Other"] && complaints.map(\.promise) == [1, nil])
        #expect(complaints.map(\.neighbourhood) == ["N2", nil])

        #expect(facts.engagements.map(\.starts).sorted() == inside)
        let engagements = facts.engagements.sorted { $0.starts < $1.starts }
        #expect(engagements.map(\.neighbourhood) == ["N1", "N3"])
        #expect(engagements.map(\.prioritiesAgreed) == [true, nil] && engagements.map(\.attendees) == [23, nil])
    }

    @Test("victims: reported in [from, to), each with every update, whenever it was made", arguments: StoreUnderTest.available)
    func victims(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let facts = try await harness.facts(from: Self.from, to: Self.to)
        #expect(facts.victims.map(\.reported).sorted() == [Self.at(Self.from), Self.at(Self.lastIn)])
        let victim = try #require(facts.victims.first { $0.reported == Self.at(Self.from) })
        #expect(victim.updates.sorted() == ["2009-01-12T10:00:00Z", "2009-01-25T10:00:00Z", "2009-02-10T10:00:00Z"].map(Self.at))
        #expect(victim.neighbourhood == "N1" && victim.contactAgreed == true && victim.intervalDays == 14)
        #expect(victim.agreedUntil == LocalDate("2009-03-31") && victim.closed == nil)
        let other = try #require(facts.victims.first { $0.reported == Self.at(Self.lastIn) })
        #expect(other.updates.isEmpty && other.neighbourhood == nil && other.contactAgreed == nil)
    }

    @Test("surveys by the day answered, updates by month: the window's days and months in, those before out", arguments: StoreUnderTest.available)
    func datedKinds(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let facts = try await harness.facts(from: Self.from, to: Self.to)
        // 9 and 21 January lie wholly outside the window, 11 and 19 wholly inside.
        #expect(facts.surveyAnswers.map(\.respondedOn).sorted() == [LocalDate("2009-01-11")!, LocalDate("2009-01-19")!])
        let answer = try #require(facts.surveyAnswers.first { $0.respondedOn == LocalDate("2009-01-11") })
        #expect(answer.neighbourhood == "N1" && answer.question == "treated_with_respect" && answer.answer == "5")
        #expect(answer.group == "65+" && answer.survey == "user-satisfaction" && answer.isPositive)
        let other = try #require(facts.surveyAnswers.first { $0.respondedOn == LocalDate("2009-01-19") })
        #expect(other.neighbourhood == nil && other.group == nil && other.survey == "community" && other.answer == "no")

        #expect(facts.updates.map(\.id).sorted() == ["UF", "UG"], "December's update is before the window")
        let updates = facts.updates.sorted { $0.id < $1.id }
        #expect(updates.map(\.month) == [YearMonth("2009-01")!, YearMonth("2009-01")!])
        #expect(updates.map(\.publishedOn) == [LocalDate("2009-02-03")!, LocalDate("2009-02-04")!])
        #expect(updates.map(\.complete) == [true, false], "complete only with all four contents")
        #expect(updates.map(\.neighbourhood) == ["N1", "N2"])
    }

    @Test("postings and actions whatever the window; duty days of every local month the window touches", arguments: StoreUnderTest.available)
    func postingsActionsDuty(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let facts = try await harness.facts(from: Self.from, to: Self.to)

        let postings = facts.postings.sorted { ($0.startedOn, $0.neighbourhood) < ($1.startedOn, $1.neighbourhood) }
        #expect(postings.map(\.startedOn) == ["2005-03-01", "2008-01-01", "2009-06-01"].map { LocalDate($0)! })
        #expect(postings.map(\.endedOn) == [LocalDate("2007-06-30"), nil, nil])
        #expect(postings.map(\.neighbourhood) == ["N1", "N1", "N3"])

        let actions = facts.actions.sorted { $0.id < $1.id }
        #expect(actions.map(\.id) == ["A1", "A2", "A3"])
        #expect(actions.map(\.isImprovement) == [true, false, true] && actions.map(\.isAuthority) == [false, true, false])
        #expect(actions.map(\.promise) == [5, 5, nil] && actions.map(\.indicator) == ["P5.answer_10s", nil, nil])
        #expect(actions.map(\.openedOn) == ["2007-01-01", "2009-01-15", "2009-06-01"].map { LocalDate($0)! })
        #expect(actions.map(\.closedOn) == [LocalDate("2007-02-01"), nil, nil] && actions.map(\.dueOn) == [nil, LocalDate("2009-01-31"), nil])
        #expect(
            actions.map(\.mechanism) == [nil, "contact-management-panel", nil]
                && actions.map(\.summary) == ["Answer faster", "Panel meets", "Later plan"])

        // The window is 10 to 20 January: the duty days of all January are in, December's and February's out.
        let duty = facts.duty.sorted { $0.date < $1.date }
        #expect(duty.map(\.date) == [LocalDate("2009-01-01")!, LocalDate("2009-01-31")!])
        #expect(duty.map(\.neighbourhood) == ["N1", "N1"])
        #expect(duty.map(\.hoursOnDuty) == [8, 7.5] && duty.map(\.hoursVisible) == [6.5, 7.5] && duty.map(\.hoursAbstracted) == [1.5, 0])
    }

    @Test("the force's neighbourhoods, as a directory of units and area types and as published facts", arguments: StoreUnderTest.available)
    func neighbourhoods(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let facts = try await harness.facts(from: Self.from, to: Self.to)
        #expect(
            Set(facts.directory.all) == [
                .init(id: "N1", unit: "City LPU", urban: true), .init(id: "N2", unit: "City LPU", urban: true),
                .init(id: "N3", unit: "Melton LPU", urban: false),
            ])
        let published = facts.neighbourhoods.sorted { $0.id < $1.id }
        #expect(published.map(\.id) == ["N1", "N2", "N3"])
        #expect(published.map(\.hasName) == [true, true, true])
        #expect(published.map(\.hasBase) == [true, false, false])
        #expect(published.map(\.hasContact) == [true, true, false])
    }

    @Test("one force's facts never hold another's records, even under the same references", arguments: StoreUnderTest.available)
    func otherForce(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let theirs = try await harness.facts(Contract.northamptonshire, from: Self.from, to: Self.to)
        #expect(theirs.directory.all.map(\.id) == ["X1"] && theirs.neighbourhoods.map(\.id) == ["X1"])
        #expect(theirs.calls.map(\.neighbourhood) == ["X1"])
        #expect(theirs.messages.map(\.neighbourhood) == ["X1"])
        #expect(theirs.dissatisfaction.map(\.neighbourhood) == ["X1"])
        #expect(theirs.victims.map(\.neighbourhood) == ["X1"])
        #expect(theirs.victims.first?.updates == [Self.at("2009-01-13T10:00:00Z")], "not the Leicestershire victim's updates")
        #expect(theirs.realityChecks.map(\.promise) == [2])
        #expect(theirs.complaints.map(\.id) == ["XP"])
        #expect(theirs.engagements.map(\.neighbourhood) == ["X1"])
        #expect(theirs.surveyAnswers.map(\.respondedOn) == [LocalDate("2009-01-15")!])
        #expect(theirs.updates.map(\.id) == ["XU"])
        #expect(theirs.postings.map(\.neighbourhood) == ["X1"])
        #expect(theirs.actions.map(\.id) == ["XA"])
        #expect(theirs.duty.map(\.neighbourhood) == ["X1"])

        let ours = try await harness.facts(from: Self.from, to: Self.to)
        #expect(!ours.calls.contains { $0.neighbourhood == "X1" })
        #expect(!ours.complaints.contains { $0.id == "XP" } && !ours.actions.contains { $0.id == "XA" })
        #expect(!ours.updates.contains { $0.id == "XU" } && !ours.duty.contains { $0.neighbourhood == "X1" })
        #expect(ours.victims.count == 2 && !ours.victims.contains { $0.neighbourhood == "X1" })

        // A force with no records: only empty lists.
        let none = try await harness.facts(Contract.metropolitan, from: Self.from, to: Self.to)
        #expect(none.directory.all.isEmpty && none.calls.isEmpty && none.victims.isEmpty && none.actions.isEmpty && none.postings.isEmpty)
    }
}
