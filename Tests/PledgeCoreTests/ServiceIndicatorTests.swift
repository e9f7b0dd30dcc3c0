import Foundation
import PledgeCore
import Testing

/// Promises 4, 9, 10 and the reality checks from hand-built records, counts written out.
@Suite("message, victim, dissatisfaction and reality-check indicators")
struct ServiceIndicatorTests {
    typealias T = CallIndicatorTests
    static let day: Int64 = 86_400
    static let hour: Int64 = 3_600

    @Test("P4: answered within 24 h (exactly 24 h counts); unanswered pending until its 24 h run out; escalation within 17 h")
    func messages() throws {
        let engine = T.engine("2009-01", asOf: "2009-02-01T00:00:00Z")
        let r = T.at("2009-01-10T09:00:00Z")
        let late = T.at("2009-01-31T12:00:00Z")  // 12 h before as-of
        let messages = [
            MessageFact(neighbourhood: "CITY", received: r, responded: r.adding(seconds: 24 * Self.hour)),
            MessageFact(
                neighbourhood: "CITY", received: r, responded: Instant(microseconds: r.adding(seconds: 24 * Self.hour).microseconds + 1),
                escalated: r.adding(seconds: 16 * Self.hour)),
            MessageFact(neighbourhood: "VALE", received: r, escalated: r.adding(seconds: 17 * Self.hour + 1)),
            MessageFact(neighbourhood: "VALE", received: late),  // pending for both
            MessageFact(neighbourhood: "VALE", received: late, responded: late.adding(seconds: Self.hour)),  // answered: counts
        ]
        let results = engine.messageIndicators(messages)
        #expect(T.counts(results, "P4.response_24h") == "2/4")
        #expect(T.counts(results, "P4.response_24h", .neighbourhood("VALE")) == "1/2")
        // Not answered within 16 h: the one answered at exactly 24 h (never passed on: not met), the
        // 24 h + 1 µs one (passed on at 16 h: met) and the unanswered one (passed on a second after 17 h:
        // not met). The late unanswered one is pending; the one answered in an hour is out.
        #expect(T.counts(results, "P4.escalated_16h") == "1/3")
    }

    @Test("P10: acknowledgement within 24 h with pending reports; discussed only once 14 days have passed; callback consent either way")
    func dissatisfaction() throws {
        let engine = T.engine("2009-01", asOf: "2009-02-01T00:00:00Z")
        let early = T.at("2009-01-05T10:00:00Z")
        let recent = T.at("2009-01-25T10:00:00Z")  // less than 14 days before as-of
        let reports = [
            DissatisfactionFact(
                received: early, acknowledged: early.adding(seconds: 24 * Self.hour), discussed: early.adding(seconds: 3 * Self.day),
                callbackConsent: false),
            DissatisfactionFact(received: early, acknowledged: early.adding(seconds: 30 * Self.hour), callbackConsent: true),
            DissatisfactionFact(received: T.at("2009-01-31T12:00:00Z")),  // 12 h before as-of: pending for ack
            DissatisfactionFact(received: recent, acknowledged: recent.adding(seconds: Self.hour), discussed: recent.adding(seconds: Self.day)),
        ]
        let results = engine.dissatisfactionIndicators(reports)
        #expect(T.counts(results, "P10.ack_24h") == "2/3")
        #expect(T.counts(results, "P10.discussed") == "1/2")
        #expect(T.counts(results, "P10.callback_recorded") == "2/4")
    }

    @Test("P9 kept informed: agreed intervals, monthly by default, opt-outs left out, closed cases and agreed end dates stop the clock")
    func victims() throws {
        let engine = T.engine("2009-01", asOf: "2009-06-01T00:00:00Z")
        let r = T.at("2009-01-02T10:00:00Z")
        func days(_ n: Int64) -> Instant { r.adding(seconds: n * Self.day) }
        let victims = [
            // Monthly by default: updates every 31 days up to as-of (150 days): 31, 62, 93, 124; then 26 days to as-of.
            VictimFact(reported: r, contactAgreed: true, updates: [days(31), days(62), days(93), days(124)]),
            // Monthly, a gap of 32 days: not kept informed.
            VictimFact(reported: r, updates: [days(32), days(60), days(90), days(120)]),
            // Every 14 days agreed, case closed on day 40 after updates on 14 and 28: kept (40 - 28 = 12).
            VictimFact(reported: r, contactAgreed: true, intervalDays: 14, closed: days(40), updates: [days(14), days(28)]),
            // Wants no updates: not in the denominator of kept informed.
            VictimFact(reported: r, contactAgreed: true, intervalDays: 0),
            // Agreed until 15 January: the clock stops at midnight ending that day; one update on day 10 is enough.
            VictimFact(reported: r, contactAgreed: false, agreedUntil: LocalDate("2009-01-15"), updates: [days(10)]),
            // An update before the report does not count; closed on day 31 with no update: 31 days, kept.
            VictimFact(reported: r, closed: days(31), updates: [r.adding(seconds: -Self.hour)]),
        ]
        let results = engine.victimIndicators(victims)
        #expect(T.counts(results, "P9.kept_informed") == "4/5")
        #expect(T.counts(results, "P9.preferences_recorded") == "3/6")
    }

    @Test("reality checks: each promise its own indicator, met against all outcomes")
    func realityChecks() throws {
        let made = T.at("2009-01-12T11:00:00Z")
        let checks = [
            RealityCheckFact(neighbourhood: "CITY", made: made, promise: 4, met: true),
            RealityCheckFact(neighbourhood: "CITY", made: made, promise: 4, met: false),
            RealityCheckFact(made: made, promise: 7, met: true),
        ]
        let results = T.engine().realityCheckIndicators(checks)
        #expect(T.counts(results, "P4.reality_checks") == "1/2")
        #expect(T.counts(results, "P4.reality_checks", .unit("City")) == "1/2")
        #expect(T.counts(results, "P7.reality_checks") == "1/1")
        #expect(T.counts(results, "P1.reality_checks") == "0/0")
        #expect(T.result(results, "P1.reality_checks")?.value == nil)
    }
}
