/// The counts a report quotes in its findings (`shared/spec/indicators.md`, "Figures for the narrative"),
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
        let calls = facts.calls.filter { window.contains($0.received) }
        calls999 = calls.filter(\.is999).count
        calls101 = calls.count - calls999
        medianEmergencyAttendanceSeconds = CallTimes.Spread(
            calls.filter { $0.response == .emergency }.compactMap { call in call.arrived.map { $0.microseconds - call.received.microseconds } }
        )?.medianSeconds
        medianMessageResponseSeconds = CallTimes.Spread(
            facts.messages.filter { window.contains($0.received) }.compactMap { message in
                message.responded.map { $0.microseconds - message.received.microseconds }
            })?.medianSeconds
        neighbourhoods = facts.directory.all.count
        let held = facts.engagements.filter { window.contains($0.starts) && $0.starts < window.asOf }
        engagementsHeld = held.count
        attendees = held.compactMap(\.attendees).reduce(0, +)
    }
}
