/// One indicator of `shared/spec/indicators.md`: what it measures, its default target and its weight.
public struct IndicatorDefinition: Hashable, Sendable {
    /// `P5.answer_10s`.
    public let id: String
    /// The promise (pledge point) it measures, 1–10.
    public let promise: Int
    /// What it counts, in words.
    public let title: String
    /// The default target share (0…1); nil for informational indicators.
    public let defaultTarget: Double?
    /// Its weight in the promise grade; 0 for informational indicators.
    public let weight: Int

    public var isInformational: Bool { weight == 0 }
}

/// Every indicator of the spec, in its order.
public enum IndicatorCatalogue {
    public static let all: [IndicatorDefinition] =
        [
            .init(id: "P1.respect", promise: 1, title: "Survey answers positive about being treated with respect", defaultTarget: 0.90, weight: 2),
            .init(
                id: "P1.respect_gap", promise: 1, title: "Largest gap between groups in positive answers about respect", defaultTarget: nil, weight: 0
            ),
            published,
            .init(id: "P2.awareness", promise: 2, title: "Residents who know how to contact their team", defaultTarget: 0.50, weight: 1),
            .init(id: "P3.visible_time", promise: 3, title: "Duty hours spent visibly in the neighbourhood", defaultTarget: 0.80, weight: 2),
            .init(id: "P3.abstraction", promise: 3, title: "Duty hours abstracted from neighbourhood business", defaultTarget: nil, weight: 0),
            .init(id: "P3.retention", promise: 3, title: "Postings ending after at least a year", defaultTarget: 0.80, weight: 1),
            .init(id: "P4.response_24h", promise: 4, title: "Messages answered within 24 hours", defaultTarget: 0.95, weight: 2),
            .init(id: "P4.escalated_16h", promise: 4, title: "Messages unanswered at 16 hours passed on in time", defaultTarget: 0.95, weight: 1),
            .init(id: "P5.answer_10s", promise: 5, title: "999 calls answered within 10 seconds", defaultTarget: 0.90, weight: 2),
            .init(id: "P5.attend_urban_15m", promise: 5, title: "Urban emergencies reached within 15 minutes", defaultTarget: 0.85, weight: 2),
            .init(id: "P5.attend_rural_20m", promise: 5, title: "Rural emergencies reached within 20 minutes", defaultTarget: 0.85, weight: 2),
            .init(id: "P5.eta_given", promise: 5, title: "Emergency callers given an estimated time of arrival", defaultTarget: 0.90, weight: 1),
            .init(id: "P6.answer_prompt", promise: 6, title: "Non-emergency calls answered within 30 seconds", defaultTarget: 0.85, weight: 1),
            .init(
                id: "P6.attend_vulnerable_60m", promise: 6, title: "Vulnerable or upset callers reached within 60 minutes", defaultTarget: 0.85,
                weight: 2),
            .init(
                id: "P6.attend_priority_60m", promise: 6, title: "Calls about a neighbourhood priority reached within 60 minutes",
                defaultTarget: 0.85, weight: 1),
            .init(id: "P6.appointment_48h", promise: 6, title: "Appointments made within 48 hours", defaultTarget: 0.90, weight: 1),
            .init(id: "P6.appointment_kept", promise: 6, title: "Appointments kept", defaultTarget: 0.90, weight: 1),
            .init(id: "P6.eta_given", promise: 6, title: "Priority callers given an estimated time of arrival", defaultTarget: 0.90, weight: 1),
            .init(id: "P7.monthly_meeting", promise: 7, title: "Neighbourhood-months with a chance to meet the team", defaultTarget: 1.00, weight: 2),
            .init(
                id: "P7.priorities_agreed", promise: 7, title: "Neighbourhood-months with priorities agreed at a meeting", defaultTarget: 0.95,
                weight: 1),
            .init(
                id: "P8.monthly_update", promise: 8, title: "Neighbourhood-months with an update published by the end of the next month",
                defaultTarget: 0.95, weight: 2),
            .init(
                id: "P8.complete_update", promise: 8, title: "Updates with a crime map, justice outcomes, partner action and force performance",
                defaultTarget: 0.90, weight: 1),
            .init(id: "P9.preferences_recorded", promise: 9, title: "Victims asked how and how often to be updated", defaultTarget: 0.90, weight: 1),
            .init(id: "P9.kept_informed", promise: 9, title: "Victims kept informed at the agreed interval", defaultTarget: 0.90, weight: 2),
            .init(id: "P10.ack_24h", promise: 10, title: "Dissatisfaction acknowledged within 24 hours", defaultTarget: 0.95, weight: 2),
            .init(id: "P10.discussed", promise: 10, title: "Dissatisfaction discussed with the person", defaultTarget: 0.90, weight: 1),
            .init(id: "P10.callback_recorded", promise: 10, title: "Dissatisfied people's callback consent recorded", defaultTarget: 0.90, weight: 1),
        ]
        + (1...10).map {
            .init(id: "P\($0).reality_checks", promise: $0, title: "Reality checks of promise \($0) met", defaultTarget: 0.90, weight: 1)
        }

    /// P2.published, which the engine computes on its own (a snapshot on the as-of day).
    static let published = IndicatorDefinition(
        id: "P2.published", promise: 2, title: "Neighbourhoods with a name, base, contact and a team member in post", defaultTarget: 1.00,
        weight: 2)

    private static let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func definition(_ id: String) -> IndicatorDefinition? { byID[id] }
}
