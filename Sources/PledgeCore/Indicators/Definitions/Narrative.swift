/// The counts a report quotes in its findings (docs/indicators.md, "Figures for the narrative"),
/// force-wide, for records in the period.
public struct Narrative: Sendable, Codable, Equatable {
    public let calls999: Int
    public let calls101: Int
    /// Median time from the call to the first unit at an emergency; nil when none was attended.
    public let medianEmergencyAttendanceSeconds: Double?
    /// Median time to answer a message; nil when none was answered.
    public let medianMessageResponseSeconds: Double?
    public let neighbourhoods: Int
    /// Engagements that started in the period, by as-of.
    public let engagementsHeld: Int
    /// Their recorded attendees (engagements without a count add nothing).
    public let attendees: Int

    enum CodingKeys: String, CodingKey {
        case calls999 = "calls_999", calls101 = "calls_101", medianEmergencyAttendanceSeconds = "median_emergency_attendance_seconds"
        case medianMessageResponseSeconds = "median_message_response_seconds", neighbourhoods
        case engagementsHeld = "engagements_held", attendees
    }

    public init(_ facts: IndicatorFacts, window: ReportWindow) {
        // One pass over the calls, copying none of them: a force-year is 450,000 (BENCHMARKS.md).
        var calls999 = 0
        var calls101 = 0
        var emergencyAttendance: [Int64] = []
        // As of T: records that had started by T, with their later instants after T read blank.
        for call in facts.calls where window.counts(call.received) {
            if call.is999 { calls999 += 1 } else { calls101 += 1 }
            if call.response == .emergency, let arrived = window.seen(call.arrived) {
                emergencyAttendance.append(arrived.microseconds - call.received.microseconds)
            }
        }
        self.calls999 = calls999
        self.calls101 = calls101
        medianEmergencyAttendanceSeconds = CallTimes.Spread(emergencyAttendance)?.medianSeconds
        medianMessageResponseSeconds =
            CallTimes.Spread(
                facts.messages.filter { window.counts($0.received) }.compactMap { message in
                    window.seen(message.responded).map { $0.microseconds - message.received.microseconds }
                })?.medianSeconds
        neighbourhoods = facts.directory.all.count
        let held = facts.engagements.filter { window.counts($0.starts) }
        engagementsHeld = held.count
        attendees = held.compactMap(\.attendees).reduce(0, +)
    }

    /// Calls received in the period (both lines).
    public var calls: Int { calls999 + calls101 }
}
