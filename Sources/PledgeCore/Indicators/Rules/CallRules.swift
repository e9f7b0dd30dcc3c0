/// The call indicators of promises 5 and 6, exactly as the spec's table defines them: for each, the
/// instant that places a call in the period, and whether the call is in the denominator (nil when not)
/// and the numerator. "Within X" means duration ≤ X, durations being differences of instants.
enum CallRules {
    typealias Rule = IndicatorRule<CallEvent>

    static let seconds: Int64 = 1_000_000
    static let minutes: Int64 = 60 * seconds
    static let hours: Int64 = 60 * minutes

    // Each rule is a function, so that `all` (for anything that takes rules one by one) and `judgeAll` (the
    // engine's single pass over the calls) share one definition of each.

    /// Pending while a call is still ringing at as-of, less than 10 s after it came in.
    static func answer10s(_ call: CallEvent, _ context: RuleContext) -> Bool? {
        call.is999 ? context.clocked(call.received, call.answered, within: 10 * seconds) : nil
    }

    static func attendUrban15m(_ call: CallEvent, _ context: RuleContext) -> Bool? {
        call.response == .emergency && context.urban == true && call.arrived != nil ? within(call.received, call.arrived, 15 * minutes) : nil
    }

    static func attendRural20m(_ call: CallEvent, _ context: RuleContext) -> Bool? {
        call.response == .emergency && context.urban == false && call.arrived != nil ? within(call.received, call.arrived, 20 * minutes) : nil
    }

    static func emergencyETA(_ call: CallEvent, _: RuleContext) -> Bool? {
        call.response == .emergency && call.deployed != nil ? call.etaGiven == true : nil
    }

    static func answerPrompt(_ call: CallEvent, _ context: RuleContext) -> Bool? {
        call.is999 ? nil : context.clocked(call.received, call.answered, within: 30 * seconds)
    }

    static func attendVulnerable60m(_ call: CallEvent, _: RuleContext) -> Bool? {
        call.response == .priority && call.vulnerable == true && call.arrived != nil ? within(call.received, call.arrived, 60 * minutes) : nil
    }

    static func attendPriority60m(_ call: CallEvent, _: RuleContext) -> Bool? {
        call.response == .priority && call.neighbourhoodPriority == true && call.arrived != nil
            ? within(call.received, call.arrived, 60 * minutes) : nil
    }

    static func appointment48h(_ call: CallEvent, _: RuleContext) -> Bool? {
        call.response == .appointment && call.appointment != nil ? within(call.received, call.appointment, 48 * hours) : nil
    }

    /// Placed in the period by the appointment (`appointmentStart`), and pending until half an hour after it.
    static func appointmentKept(_ call: CallEvent, _ context: RuleContext) -> Bool? {
        guard call.response == .appointment, let appointment = call.appointment,
            appointment.microseconds + 30 * minutes <= context.asOf.microseconds
        else { return nil }
        guard let arrived = call.arrived else { return false }
        return arrived.microseconds <= appointment.microseconds + 30 * minutes
    }

    static func appointmentStart(_ call: CallEvent) -> Instant? { call.response == .appointment ? call.appointment : nil }

    static func priorityETA(_ call: CallEvent, _: RuleContext) -> Bool? {
        call.response == .priority && call.deployed != nil ? call.etaGiven == true : nil
    }

    /// Each call rule's place: `all` lists the rules in this order and `judgeAll` reports each by it, so the
    /// two cannot drift apart.
    enum Slot: Int, CaseIterable {
        case answer10s, attendUrban15m, attendRural20m, emergencyETA, answerPrompt, attendVulnerable60m, attendPriority60m
        case appointment48h, appointmentKept, priorityETA
    }

    /// The rule in `slot`.
    static func rule(_ slot: Slot) -> Rule {
        switch slot {
        case .answer10s: Rule(id: IndicatorID.p5Answer10s.rawValue, start: { $0.received }, judge: answer10s)
        case .attendUrban15m: Rule(id: IndicatorID.p5AttendUrban15m.rawValue, start: { $0.received }, judge: attendUrban15m)
        case .attendRural20m: Rule(id: IndicatorID.p5AttendRural20m.rawValue, start: { $0.received }, judge: attendRural20m)
        case .emergencyETA: Rule(id: IndicatorID.p5EtaGiven.rawValue, start: { $0.received }, judge: emergencyETA)
        case .answerPrompt: Rule(id: IndicatorID.p6AnswerPrompt.rawValue, start: { $0.received }, judge: answerPrompt)
        case .attendVulnerable60m: Rule(id: IndicatorID.p6AttendVulnerable60m.rawValue, start: { $0.received }, judge: attendVulnerable60m)
        case .attendPriority60m: Rule(id: IndicatorID.p6AttendPriority60m.rawValue, start: { $0.received }, judge: attendPriority60m)
        case .appointment48h: Rule(id: IndicatorID.p6Appointment48h.rawValue, start: { $0.received }, judge: appointment48h)
        case .appointmentKept: Rule(id: IndicatorID.p6AppointmentKept.rawValue, start: appointmentStart, judge: appointmentKept)
        case .priorityETA: Rule(id: IndicatorID.p6EtaGiven.rawValue, start: { $0.received }, judge: priorityETA)
        }
    }

    static let all: [Rule] = Slot.allCases.map(rule)

    /// Every rule of `all` on one call, in `all`'s order: `visit(rule's slot, start instant, met)` for each
    /// rule the call is in the denominator of. The same functions as `all`, called directly: through
    /// `all`'s closures, the rules were three quarters of a report's instructions (BENCHMARKS.md).
    @inline(__always)
    static func judgeAll(_ call: CallEvent, _ context: RuleContext, _ visit: (Int, Instant, Bool) -> Void) {
        let received = call.received
        if let met = answer10s(call, context) { visit(Slot.answer10s.rawValue, received, met) }
        if let met = attendUrban15m(call, context) { visit(Slot.attendUrban15m.rawValue, received, met) }
        if let met = attendRural20m(call, context) { visit(Slot.attendRural20m.rawValue, received, met) }
        if let met = emergencyETA(call, context) { visit(Slot.emergencyETA.rawValue, received, met) }
        if let met = answerPrompt(call, context) { visit(Slot.answerPrompt.rawValue, received, met) }
        if let met = attendVulnerable60m(call, context) { visit(Slot.attendVulnerable60m.rawValue, received, met) }
        if let met = attendPriority60m(call, context) { visit(Slot.attendPriority60m.rawValue, received, met) }
        if let met = appointment48h(call, context) { visit(Slot.appointment48h.rawValue, received, met) }
        if let start = appointmentStart(call), let met = appointmentKept(call, context) { visit(Slot.appointmentKept.rawValue, start, met) }
        if let met = priorityETA(call, context) { visit(Slot.priorityETA.rawValue, received, met) }
    }
}
