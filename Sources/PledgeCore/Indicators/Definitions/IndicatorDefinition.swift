/// One indicator of docs/indicators.md: what it measures, its default target and its weight.
public struct IndicatorDefinition: Hashable, Sendable {
    /// Its identifier (`IndicatorID.p5Answer10s`).
    public let key: IndicatorID
    /// The identifier as the contract writes it: `P5.answer_10s`.
    public var id: String { key.rawValue }
    /// The promise (pledge point) it measures, 1–10.
    public let promise: Int
    /// What it counts, in words.
    public let title: String
    /// The default target share (0…1); nil for informational indicators.
    public let defaultTarget: Double?
    /// Its weight in the promise grade; 0 for informational indicators.
    public let weight: Int

    /// What a finding says the share is of, and what happened, after "94% ": "of 999 calls were answered
    /// within 10 seconds". Nil: the finding says "for" and the title.
    public let finding: String?

    public var isInformational: Bool { weight == 0 }

    init(id: IndicatorID, promise: Int, title: String, defaultTarget: Double?, weight: Int, finding: String? = nil) {
        self.key = id
        self.promise = promise
        self.title = title
        self.defaultTarget = defaultTarget
        self.weight = weight
        self.finding = finding
    }
}

/// Every indicator of docs/indicators.md, in its order.
public enum IndicatorCatalogue {
    public static let all: [IndicatorDefinition] =
        [
            .init(
                id: .p1Respect, promise: 1, title: "Survey answers positive about being treated with respect", defaultTarget: 0.90, weight: 2,
                finding: "of survey answers were positive about being treated with respect"),
            .init(
                id: .p1RespectGap, promise: 1, title: "Largest gap between groups in positive answers about respect", defaultTarget: nil, weight: 0
            ),
            published,
            .init(
                id: .p2Awareness, promise: 2, title: "Residents who know how to contact their team", defaultTarget: 0.50, weight: 1,
                finding: "of residents knew how to contact their team"),
            .init(
                id: .p3VisibleTime, promise: 3, title: "Duty hours spent visibly in the neighbourhood", defaultTarget: 0.80, weight: 2,
                finding: "of duty hours were spent visibly in the neighbourhood"),
            .init(id: .p3Abstraction, promise: 3, title: "Duty hours abstracted from neighbourhood business", defaultTarget: nil, weight: 0),
            .init(
                id: .p3Retention, promise: 3, title: "Postings ending after at least a year", defaultTarget: 0.80, weight: 1,
                finding: "of postings ended after at least a year"),
            .init(
                id: .p4Response24h, promise: 4, title: "Messages answered within 24 hours", defaultTarget: 0.95, weight: 2,
                finding: "of messages were answered within 24 hours"),
            .init(
                id: .p4Escalated16h, promise: 4, title: "Messages unanswered at 16 hours passed on in time", defaultTarget: 0.95, weight: 1,
                finding: "of messages unanswered at 16 hours were passed on in time"),
            .init(
                id: .p5Answer10s, promise: 5, title: "999 calls answered within 10 seconds", defaultTarget: 0.90, weight: 2,
                finding: "of 999 calls were answered within 10 seconds"),
            .init(
                id: .p5AttendUrban15m, promise: 5, title: "Urban emergencies reached within 15 minutes", defaultTarget: 0.85, weight: 2,
                finding: "of urban emergencies were reached within 15 minutes"),
            .init(
                id: .p5AttendRural20m, promise: 5, title: "Rural emergencies reached within 20 minutes", defaultTarget: 0.85, weight: 2,
                finding: "of rural emergencies were reached within 20 minutes"),
            .init(
                id: .p5EtaGiven, promise: 5, title: "Emergency callers given an estimated time of arrival", defaultTarget: 0.90, weight: 1,
                finding: "of emergency callers were given an estimated time of arrival"),
            .init(
                id: .p6AnswerPrompt, promise: 6, title: "Non-emergency calls answered within 30 seconds", defaultTarget: 0.85, weight: 1,
                finding: "of non-emergency calls were answered within 30 seconds"),
            .init(
                id: .p6AttendVulnerable60m, promise: 6, title: "Vulnerable or upset callers reached within 60 minutes", defaultTarget: 0.85,
                weight: 2, finding: "of vulnerable or upset callers were reached within 60 minutes"),
            .init(
                id: .p6AttendPriority60m, promise: 6, title: "Calls about a neighbourhood priority reached within 60 minutes",
                defaultTarget: 0.85, weight: 1, finding: "of calls about a neighbourhood priority were reached within 60 minutes"),
            .init(
                id: .p6Appointment48h, promise: 6, title: "Appointments made within 48 hours", defaultTarget: 0.90, weight: 1,
                finding: "of appointments were made within 48 hours"),
            .init(
                id: .p6AppointmentKept, promise: 6, title: "Appointments kept", defaultTarget: 0.90, weight: 1, finding: "of appointments were kept"),
            .init(
                id: .p6EtaGiven, promise: 6, title: "Priority callers given an estimated time of arrival", defaultTarget: 0.90, weight: 1,
                finding: "of priority callers were given an estimated time of arrival"),
            .init(
                id: .p7MonthlyMeeting, promise: 7, title: "Neighbourhood-months with a chance to meet the team", defaultTarget: 1.00, weight: 2,
                finding: "of neighbourhood-months offered a chance to meet the team"),
            .init(
                id: .p7PrioritiesAgreed, promise: 7, title: "Neighbourhood-months with priorities agreed at a meeting", defaultTarget: 0.95,
                weight: 1, finding: "of neighbourhood-months had priorities agreed at a meeting"),
            .init(
                id: .p8MonthlyUpdate, promise: 8, title: "Neighbourhood-months with an update published by the end of the next month",
                defaultTarget: 0.95, weight: 2, finding: "of neighbourhood-months had an update published by the end of the next month"),
            .init(
                id: .p8CompleteUpdate, promise: 8, title: "Updates with a crime map, justice outcomes, partner action and force performance",
                defaultTarget: 0.90, weight: 1, finding: "of updates had a crime map, justice outcomes, partner action and force performance"),
            .init(
                id: .p9PreferencesRecorded, promise: 9, title: "Victims asked how and how often to be updated", defaultTarget: 0.90, weight: 1,
                finding: "of victims were asked how and how often to be updated"),
            .init(
                id: .p9KeptInformed, promise: 9, title: "Victims kept informed at the agreed interval", defaultTarget: 0.90, weight: 2,
                finding: "of victims were kept informed at the agreed interval"),
            .init(
                id: .p10Ack24h, promise: 10, title: "Dissatisfaction acknowledged within 24 hours", defaultTarget: 0.95, weight: 2,
                finding: "of dissatisfaction reports were acknowledged within 24 hours"),
            .init(
                id: .p10Discussed, promise: 10, title: "Dissatisfaction discussed with the person", defaultTarget: 0.90, weight: 1,
                finding: "of dissatisfaction reports were discussed with the person"),
            .init(
                id: .p10CallbackRecorded, promise: 10, title: "Dissatisfied people's callback consent recorded", defaultTarget: 0.90, weight: 1,
                finding: "of dissatisfied people had their callback consent recorded"),
        ]
        + (1...10).map {
            .init(id: .realityChecks(promise: $0), promise: $0, title: "Reality checks of promise \($0) met", defaultTarget: 0.90, weight: 1)
        }

    /// P2.published, which the engine computes on its own (a snapshot on the as-of day).
    static let published = IndicatorDefinition(
        id: .p2Published, promise: 2, title: "Neighbourhoods with a name, base, contact and a team member in post", defaultTarget: 1.00,
        weight: 2, finding: "of neighbourhoods showed a name, base, contact and a team member in post")

    private static let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func definition(_ id: String) -> IndicatorDefinition? { byID[id] }
}

/// An indicator's identifier as the contract names it (`P5.answer_10s`). Each indicator's is a constant
/// here, so that no other file spells one: a misspelt id is a compile error, not a figure that is never found.
public struct IndicatorID: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (left: IndicatorID, right: IndicatorID) -> Bool { left.rawValue < right.rawValue }

    /// `P{promise}.reality_checks`: the share of reality checks of a promise that were met.
    public static func realityChecks(promise: Int) -> IndicatorID { IndicatorID(rawValue: "P\(promise).reality_checks") }

    public static let p1Respect = IndicatorID(rawValue: "P1.respect")
    public static let p1RespectGap = IndicatorID(rawValue: "P1.respect_gap")
    public static let p2Awareness = IndicatorID(rawValue: "P2.awareness")
    public static let p3VisibleTime = IndicatorID(rawValue: "P3.visible_time")
    public static let p3Abstraction = IndicatorID(rawValue: "P3.abstraction")
    public static let p3Retention = IndicatorID(rawValue: "P3.retention")
    public static let p4Response24h = IndicatorID(rawValue: "P4.response_24h")
    public static let p4Escalated16h = IndicatorID(rawValue: "P4.escalated_16h")
    public static let p5Answer10s = IndicatorID(rawValue: "P5.answer_10s")
    public static let p5AttendUrban15m = IndicatorID(rawValue: "P5.attend_urban_15m")
    public static let p5AttendRural20m = IndicatorID(rawValue: "P5.attend_rural_20m")
    public static let p5EtaGiven = IndicatorID(rawValue: "P5.eta_given")
    public static let p6AnswerPrompt = IndicatorID(rawValue: "P6.answer_prompt")
    public static let p6AttendVulnerable60m = IndicatorID(rawValue: "P6.attend_vulnerable_60m")
    public static let p6AttendPriority60m = IndicatorID(rawValue: "P6.attend_priority_60m")
    public static let p6Appointment48h = IndicatorID(rawValue: "P6.appointment_48h")
    public static let p6AppointmentKept = IndicatorID(rawValue: "P6.appointment_kept")
    public static let p6EtaGiven = IndicatorID(rawValue: "P6.eta_given")
    public static let p7MonthlyMeeting = IndicatorID(rawValue: "P7.monthly_meeting")
    public static let p7PrioritiesAgreed = IndicatorID(rawValue: "P7.priorities_agreed")
    public static let p8MonthlyUpdate = IndicatorID(rawValue: "P8.monthly_update")
    public static let p8CompleteUpdate = IndicatorID(rawValue: "P8.complete_update")
    public static let p9PreferencesRecorded = IndicatorID(rawValue: "P9.preferences_recorded")
    public static let p9KeptInformed = IndicatorID(rawValue: "P9.kept_informed")
    public static let p10Ack24h = IndicatorID(rawValue: "P10.ack_24h")
    public static let p10Discussed = IndicatorID(rawValue: "P10.discussed")
    public static let p10CallbackRecorded = IndicatorID(rawValue: "P10.callback_recorded")
    public static let p2Published = IndicatorID(rawValue: "P2.published")
}
