/// The field tables of docs/records.md, one schema per kind.
///
/// Where the contract is silent on required fields (`priorities`, `surveys`) the fields a record
/// cannot mean anything without are required; see docs/records.md.
enum RecordSchemas {
    static let byKind: [RecordKind: RecordSchema] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.kind, $0) })

    private static let pledgePoint = FieldType.integer(1...10)
    private static let hours = FieldType.number(0...24)
    private static let count = FieldType.integer(0...Int64(Int32.max))

    static let all: [RecordSchema] = [
        RecordSchema(
            .neighbourhoods,
            fields: [
                FieldSpec("force", .force, required: true), FieldSpec("neighbourhood_id", .id, required: true),
                FieldSpec("name", .text, required: true), FieldSpec("lpu", .text),
                FieldSpec("area_type", .choice(["urban", "rural"]), required: true), FieldSpec("base", .text),
                FieldSpec("address", .text), FieldSpec("postcode", .text), FieldSpec("phone", .text),
                FieldSpec("email", .text), FieldSpec("url", .text), FieldSpec("latitude", .number(-90...90)),
                FieldSpec("longitude", .number(-180...180)), FieldSpec("population", count),
                FieldSpec("description", .text),
            ],
            key: ["force", "neighbourhood_id"], monthField: nil),
        RecordSchema(
            .boundaries,
            fields: [FieldSpec("force", .force, required: true), FieldSpec("neighbourhood_id", .id, required: true)],
            key: ["force", "neighbourhood_id"], monthField: nil, rules: [.neighbourhoodKnown]),
        RecordSchema(
            .team,
            fields: [
                FieldSpec("force", .force, required: true), FieldSpec("neighbourhood_id", .id, required: true),
                FieldSpec("officer_id", .id, required: true), FieldSpec("name", .text, required: true),
                FieldSpec("rank", .text, required: true), FieldSpec("bio", .text), FieldSpec("email", .text),
                FieldSpec("phone", .text), FieldSpec("started_on", .date, required: true),
                FieldSpec("ended_on", .date),
            ],
            key: ["force", "officer_id", "started_on"], monthField: "started_on",
            rules: [.neighbourhoodKnown, .notBefore(later: "ended_on", earlier: "started_on")],
            // An officer may stay in one neighbourhood for a whole career.
            laterYears: ["ended_on": 50]),
        RecordSchema(
            .priorities,
            fields: [
                FieldSpec("force", .force, required: true), FieldSpec("neighbourhood_id", .id, required: true),
                FieldSpec("priority_id", .id, required: true), FieldSpec("issue", .text, required: true),
                FieldSpec("agreed_on", .date), FieldSpec("engagement_id", .id), FieldSpec("action", .text),
                FieldSpec("action_on", .date),
            ],
            key: ["force", "priority_id"], monthField: "agreed_on", rules: [.neighbourhoodKnown]),
        RecordSchema(
            .calls,
            fields: [
                FieldSpec("call_id", .id, required: true), FieldSpec("force", .force, required: true),
                FieldSpec("line", .choice(["999", "101"]), required: true),
                FieldSpec("received_at", .instant, required: true), FieldSpec("answered_at", .instant),
                FieldSpec("neighbourhood_id", .id), FieldSpec("area_type", .choice(["urban", "rural"])),
                FieldSpec("vulnerable", .bool), FieldSpec("neighbourhood_priority", .bool),
                FieldSpec("response", .choice(["emergency", "priority", "appointment", "advice", "none"])),
                FieldSpec("eta_given", .bool), FieldSpec("deployed_at", .instant), FieldSpec("arrived_at", .instant),
                FieldSpec("appointment_at", .instant),
            ],
            key: ["force", "call_id"], monthField: "received_at",
            rules: [
                .neighbourhoodKnown, .notBefore(later: "answered_at", earlier: "received_at"),
                .notBefore(later: "deployed_at", earlier: "received_at"),
                .notBefore(later: "arrived_at", earlier: "received_at"),
                .notBefore(later: "appointment_at", earlier: "received_at"),
            ],
            futureAllowed: ["appointment_at"]),
        RecordSchema(
            .messages,
            fields: [
                FieldSpec("message_id", .id, required: true), FieldSpec("force", .force, required: true),
                FieldSpec("neighbourhood_id", .id, required: true),
                FieldSpec(
                    "channel", .choice(["phone", "voicemail", "email", "web", "letter", "social", "in-person"]),
                    required: true),
                FieldSpec("received_at", .instant, required: true), FieldSpec("responded_at", .instant),
                FieldSpec("escalated_at", .instant), FieldSpec("detailed_response_at", .instant),
            ],
            key: ["force", "message_id"], monthField: "received_at",
            rules: [
                .neighbourhoodKnown, .notBefore(later: "responded_at", earlier: "received_at"),
                .notBefore(later: "escalated_at", earlier: "received_at"),
                .notBefore(later: "detailed_response_at", earlier: "received_at"),
            ]),
        RecordSchema(
            .duty,
            fields: [
                FieldSpec("force", .force, required: true), FieldSpec("officer_id", .id, required: true),
                FieldSpec("neighbourhood_id", .id, required: true), FieldSpec("date", .date, required: true),
                FieldSpec("hours_on_duty", hours, required: true), FieldSpec("hours_visible", hours, required: true),
                FieldSpec("hours_abstracted", hours, required: true), FieldSpec("abstraction_reason", .text),
            ],
            key: ["force", "officer_id", "date"], monthField: "date", rules: [.neighbourhoodKnown, .dutyHoursAddUp]),
        RecordSchema(
            .engagements,
            fields: [
                FieldSpec("engagement_id", .id, required: true), FieldSpec("force", .force, required: true),
                FieldSpec("neighbourhood_id", .id, required: true),
                FieldSpec(
                    "kind",
                    .choice(["public-meeting", "surgery", "street-briefing", "mobile-station", "online", "other"]),
                    required: true),
                FieldSpec("starts_at", .instant, required: true), FieldSpec("ends_at", .instant),
                FieldSpec("title", .text), FieldSpec("address", .text), FieldSpec("advertised_on", .date),
                FieldSpec("priorities_agreed", .bool), FieldSpec("attendees", count),
            ],
            key: ["force", "engagement_id"], monthField: "starts_at",
            rules: [.neighbourhoodKnown, .notBefore(later: "ends_at", earlier: "starts_at")],
            // Meetings are advertised ahead: a programme of future meetings is normal.
            futureAllowed: ["starts_at", "ends_at"]),
        RecordSchema(
            .updates,
            fields: [
                FieldSpec("update_id", .id, required: true), FieldSpec("force", .force, required: true),
                FieldSpec("neighbourhood_id", .id, required: true), FieldSpec("month", .month, required: true),
                FieldSpec("published_on", .date, required: true),
                FieldSpec("channel", .choice(["web", "newsletter", "email", "social", "print", "meeting"])),
                FieldSpec("has_crime_map", .bool), FieldSpec("has_justice_outcomes", .bool),
                FieldSpec("has_partner_action", .bool), FieldSpec("has_force_performance", .bool),
            ],
            key: ["force", "update_id"], monthField: "month", rules: [.neighbourhoodKnown]),
        RecordSchema(
            .victims,
            fields: [
                FieldSpec("crime_ref", .id, required: true), FieldSpec("victim_ref", .id, required: true),
                FieldSpec("force", .force, required: true), FieldSpec("neighbourhood_id", .id),
                FieldSpec("reported_at", .instant, required: true), FieldSpec("contact_agreed", .bool),
                FieldSpec("interval_days", .integer(0...3660)), FieldSpec("agreed_until", .date),
                FieldSpec("method", .text), FieldSpec("closed_at", .instant),
            ],
            key: ["force", "crime_ref", "victim_ref"], monthField: "reported_at",
            rules: [.neighbourhoodKnown, .notBefore(later: "closed_at", earlier: "reported_at")]),
        RecordSchema(
            .victimUpdates,
            fields: [
                FieldSpec("update_id", .id, required: true), FieldSpec("force", .force, required: true),
                FieldSpec("crime_ref", .id, required: true), FieldSpec("victim_ref", .id, required: true),
                FieldSpec("updated_at", .instant, required: true), FieldSpec("method", .text),
            ],
            key: ["force", "update_id"], monthField: "updated_at", rules: [.victimExists]),
        RecordSchema(
            .dissatisfaction,
            fields: [
                FieldSpec("report_id", .id, required: true), FieldSpec("force", .force, required: true),
                FieldSpec("neighbourhood_id", .id), FieldSpec("received_at", .instant, required: true),
                FieldSpec("acknowledged_at", .instant), FieldSpec("discussed_at", .instant),
                FieldSpec("action_agreed_at", .instant), FieldSpec("resolved_at", .instant),
                FieldSpec("callback_consent", .bool),
            ],
            key: ["force", "report_id"], monthField: "received_at",
            rules: [
                .neighbourhoodKnown, .notBefore(later: "acknowledged_at", earlier: "received_at"),
                .notBefore(later: "discussed_at", earlier: "received_at"),
                .notBefore(later: "action_agreed_at", earlier: "received_at"),
                .notBefore(later: "resolved_at", earlier: "received_at"),
            ]),
        RecordSchema(
            .surveys,
            fields: [
                FieldSpec("response_id", .id, required: true), FieldSpec("force", .force, required: true),
                FieldSpec("neighbourhood_id", .id),
                FieldSpec(
                    "survey", .choice(["user-satisfaction", "community", "council-tax", "youth", "other"]),
                    required: true),
                FieldSpec("responded_on", .date, required: true), FieldSpec("question", .id, required: true),
                FieldSpec("answer", .surveyAnswer, required: true), FieldSpec("group", .text, column: "group_label"),
            ],
            key: ["force", "response_id", "question"], monthField: "responded_on", rules: [.neighbourhoodKnown]),
        RecordSchema(
            .complaints,
            fields: [
                FieldSpec("complaint_id", .id, required: true), FieldSpec("force", .force, required: true),
                FieldSpec("neighbourhood_id", .id), FieldSpec("received_at", .instant, required: true),
                FieldSpec("category", .text, required: true), FieldSpec("pledge_point", pledgePoint),
                FieldSpec("finalised_at", .instant), FieldSpec("outcome", .text),
            ],
            key: ["force", "complaint_id"], monthField: "received_at",
            rules: [.neighbourhoodKnown, .notBefore(later: "finalised_at", earlier: "received_at")]),
        RecordSchema(
            .realityChecks,
            fields: [
                FieldSpec("check_id", .id, required: true), FieldSpec("force", .force, required: true),
                FieldSpec("neighbourhood_id", .id), FieldSpec("pledge_point", pledgePoint, required: true),
                FieldSpec(
                    "method",
                    .choice([
                        "email", "phone", "voicemail", "web", "visit", "meeting", "website", "poster", "leaflet",
                    ]), required: true),
                FieldSpec("made_at", .instant, required: true), FieldSpec("responded_at", .instant),
                FieldSpec("outcome", .choice(["met", "partly", "not-met"]), required: true),
                FieldSpec("notes", .text),
            ],
            key: ["force", "check_id"], monthField: "made_at",
            rules: [.neighbourhoodKnown, .notBefore(later: "responded_at", earlier: "made_at")]),
        RecordSchema(
            .actions,
            fields: [
                FieldSpec("action_id", .id, required: true), FieldSpec("force", .force, required: true),
                FieldSpec("owner", .choice(["force", "authority"]), required: true),
                FieldSpec("pledge_point", pledgePoint), FieldSpec("indicator", .text),
                FieldSpec("kind", .choice(["improvement", "monitoring"]), required: true),
                FieldSpec("mechanism", .text), FieldSpec("opened_on", .date, required: true),
                FieldSpec("due_on", .date), FieldSpec("closed_on", .date), FieldSpec("summary", .text, required: true),
            ],
            key: ["force", "action_id"], monthField: "opened_on",
            rules: [.notBefore(later: "closed_on", earlier: "opened_on")]),
        RecordSchema(
            .crimes,
            fields: [
                FieldSpec("Crime ID", .text, column: "crime_id"), FieldSpec("Month", .month, required: true, column: "month"),
                FieldSpec("Reported by", .text, column: "reported_by"),
                FieldSpec("Falls within", .forceName, required: true, column: "falls_within"),
                FieldSpec("Longitude", .number(-180...180), column: "longitude"),
                FieldSpec("Latitude", .number(-90...90), column: "latitude"),
                FieldSpec("Location", .text, column: "location"), FieldSpec("LSOA code", .text, column: "lsoa_code"),
                FieldSpec("LSOA name", .text, column: "lsoa_name"),
                FieldSpec("Crime type", .text, required: true, column: "crime_type"),
                FieldSpec("Last outcome category", .text, column: "last_outcome_category"),
                FieldSpec("Context", .text, column: "context"),
            ],
            // The key is derived at import (see CrimeKey): the Crime ID, or for anti-social behaviour
            // (which has none) a digest of the row.
            key: ["Falls within", "Crime ID"], monthField: "Month", derivedKey: "crime_key"),
    ]
}
