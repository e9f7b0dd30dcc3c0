/// The call indicators of promises 5 and 6, exactly as the spec's table defines them: for each, the
/// instant that places a call in the period, and whether the call is in the denominator (nil when not)
/// and the numerator. "Within X" means duration ≤ X, durations being differences of instants.
enum CallRules {
    typealias Rule = IndicatorRule<CallEvent>

    static let seconds: Int64 = 1_000_000
    static let minutes: Int64 = 60 * seconds
    static let hours: Int64 = 60 * minutes


    static let all: [Rule] = [
        Rule(id: "P5.answer_10s", start: { $0.received }) { call, _ in
            call.is999 ? within(call.received, call.answered, 10 * seconds) : nil
        },
        Rule(id: "P5.attend_urban_15m", start: { $0.received }) { call, context in
            call.response == .emergency && context.urban == true && call.arrived != nil ? within(call.received, call.arrived, 15 * minutes) : nil
        },
        Rule(id: "P5.attend_rural_20m", start: { $0.received }) { call, context in
            call.response == .emergency && context.urban == false && call.arrived != nil ? within(call.received, call.arrived, 20 * minutes) : nil
        },
        Rule(id: "P5.eta_given", start: { $0.received }) { call, _ in
            call.response == .emergency && call.deployed != nil ? call.etaGiven == true : nil
        },
        Rule(id: "P6.answer_prompt", start: { $0.received }) { call, _ in
            call.is999 ? nil : within(call.received, call.answered, 30 * seconds)
        },
        Rule(id: "P6.attend_vulnerable_60m", start: { $0.received }) { call, _ in
            call.response == .priority && call.vulnerable == true && call.arrived != nil ? within(call.received, call.arrived, 60 * minutes) : nil
        },
        Rule(id: "P6.attend_priority_60m", start: { $0.received }) { call, _ in
            call.response == .priority && call.neighbourhoodPriority == true && call.arrived != nil
                ? within(call.received, call.arrived, 60 * minutes) : nil
        },
        Rule(id: "P6.appointment_48h", start: { $0.received }) { call, _ in
            call.response == .appointment && call.appointment != nil ? within(call.received, call.appointment, 48 * hours) : nil
        },
        // Placed in the period by the appointment, and pending until half an hour after it.
        Rule(id: "P6.appointment_kept", start: { $0.response == .appointment ? $0.appointment : nil }) { call, context in
            guard call.response == .appointment, let appointment = call.appointment,
                appointment.microseconds + 30 * minutes <= context.asOf.microseconds
            else { return nil }
            guard let arrived = call.arrived else { return false }
            return arrived.microseconds <= appointment.microseconds + 30 * minutes
        },
        Rule(id: "P6.eta_given", start: { $0.received }) { call, _ in
            call.response == .priority && call.deployed != nil ? call.etaGiven == true : nil
        },
    ]
}
