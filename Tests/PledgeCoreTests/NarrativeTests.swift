import PledgeCore
import Testing

@Suite("narrative figures")
struct NarrativeTests {
    typealias T = CallIndicatorTests

    @Test("calls by line, median emergency attendance and message response, neighbourhoods, engagements held and attendees")
    func figures() {
        let r = T.at("2009-01-10T12:00:00Z")
        var facts = IndicatorFacts(directory: T.directory)
        facts.calls = [
            CallFact(received: r, is999: true, response: .emergency, arrived: r.adding(seconds: 600)),
            CallFact(received: r, is999: true, response: .emergency, arrived: r.adding(seconds: 900)),
            CallFact(received: r, is999: true, response: .emergency, arrived: r.adding(seconds: 1_200)),
            CallFact(received: r, is999: false),
            CallFact(received: T.at("2009-02-01T00:00:00Z"), is999: true),
        ]
        facts.messages = [
            MessageFact(neighbourhood: "CITY", received: r, responded: r.adding(seconds: 7_200)), MessageFact(neighbourhood: "CITY", received: r),
        ]
        facts.engagements = [
            EngagementFact(neighbourhood: "CITY", starts: r, attendees: 25), EngagementFact(neighbourhood: "VALE", starts: r),
            EngagementFact(neighbourhood: "VALE", starts: T.at("2009-02-02T19:00:00Z"), attendees: 99),
        ]
        let narrative = Narrative(facts, window: T.engine().window)
        #expect((narrative.calls999, narrative.calls101) == (3, 1))
        #expect(narrative.medianEmergencyAttendanceSeconds == 900)
        #expect(narrative.medianMessageResponseSeconds == 7_200)
        #expect((narrative.neighbourhoods, narrative.engagementsHeld, narrative.attendees) == (2, 2, 25))
    }
}
