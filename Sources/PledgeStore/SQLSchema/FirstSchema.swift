/// What migration 0001 created in both stores: the force catalogue, the import log and one table per
/// record kind, described once and spelt by each store's `SQLDialect`.
///
/// Frozen: once shipped, never edited; a change is a new migration in each store. The description names
/// no application type on purpose (GRDB's migration guidance): the record schemas may change, the first
/// migration may not. `FirstSchemaTests` pins the SQL each dialect renders.
///
/// Conventions: instants are 64-bit microseconds since 1970-01-01T00:00:00Z (exact durations); months are
/// text `YYYY-MM`; `local_month` is the force-local month of the record's time field as `YYYYMM`.
/// `created_import`, `changed_import` and `seen_import` name the imports that created the record, last
/// changed it and last saw it (re-imports are idempotent through them).
public enum FirstSchema {
    /// The forces table, its catalogue, the import log and the record tables, in `dialect`.
    public static func statements(in dialect: SQLDialect) -> [String] {
        [forces(in: dialect), forceCatalogue, imports.create(in: dialect)] + recordTables.map { $0.create(in: dialect) }
    }

    static func forces(in dialect: SQLDialect) -> String {
        let (integer, text) = dialect == .sqlite ? ("INTEGER", "TEXT") : ("integer", "text COLLATE \"C\"")
        return """
            CREATE TABLE forces (
                number \(integer) PRIMARY KEY,
                id \(text) NOT NULL UNIQUE,
                name \(text) NOT NULL,
                time_zone \(text) NOT NULL
            );
            """
    }

    /// The 43 territorial forces of England and Wales, as migration 0001 numbered them.
    static let forceCatalogue = """
        INSERT INTO forces (number, id, name, time_zone) VALUES
            (1, 'avon-and-somerset', 'Avon and Somerset Constabulary', 'Europe/London'),
            (2, 'bedfordshire', 'Bedfordshire Police', 'Europe/London'),
            (3, 'cambridgeshire', 'Cambridgeshire Constabulary', 'Europe/London'),
            (4, 'cheshire', 'Cheshire Constabulary', 'Europe/London'),
            (5, 'city-of-london', 'City of London Police', 'Europe/London'),
            (6, 'cleveland', 'Cleveland Police', 'Europe/London'),
            (7, 'cumbria', 'Cumbria Constabulary', 'Europe/London'),
            (8, 'derbyshire', 'Derbyshire Constabulary', 'Europe/London'),
            (9, 'devon-and-cornwall', 'Devon & Cornwall Police', 'Europe/London'),
            (10, 'dorset', 'Dorset Police', 'Europe/London'),
            (11, 'durham', 'Durham Constabulary', 'Europe/London'),
            (12, 'dyfed-powys', 'Dyfed-Powys Police', 'Europe/London'),
            (13, 'essex', 'Essex Police', 'Europe/London'),
            (14, 'gloucestershire', 'Gloucestershire Constabulary', 'Europe/London'),
            (15, 'greater-manchester', 'Greater Manchester Police', 'Europe/London'),
            (16, 'gwent', 'Gwent Police', 'Europe/London'),
            (17, 'hampshire', 'Hampshire Constabulary', 'Europe/London'),
            (18, 'hertfordshire', 'Hertfordshire Constabulary', 'Europe/London'),
            (19, 'humberside', 'Humberside Police', 'Europe/London'),
            (20, 'kent', 'Kent Police', 'Europe/London'),
            (21, 'lancashire', 'Lancashire Constabulary', 'Europe/London'),
            (22, 'leicestershire', 'Leicestershire Police', 'Europe/London'),
            (23, 'lincolnshire', 'Lincolnshire Police', 'Europe/London'),
            (24, 'merseyside', 'Merseyside Police', 'Europe/London'),
            (25, 'metropolitan', 'Metropolitan Police Service', 'Europe/London'),
            (26, 'norfolk', 'Norfolk Constabulary', 'Europe/London'),
            (27, 'north-wales', 'North Wales Police', 'Europe/London'),
            (28, 'north-yorkshire', 'North Yorkshire Police', 'Europe/London'),
            (29, 'northamptonshire', 'Northamptonshire Police', 'Europe/London'),
            (30, 'northumbria', 'Northumbria Police', 'Europe/London'),
            (31, 'nottinghamshire', 'Nottinghamshire Police', 'Europe/London'),
            (32, 'south-wales', 'South Wales Police', 'Europe/London'),
            (33, 'south-yorkshire', 'South Yorkshire Police', 'Europe/London'),
            (34, 'staffordshire', 'Staffordshire Police', 'Europe/London'),
            (35, 'suffolk', 'Suffolk Constabulary', 'Europe/London'),
            (36, 'surrey', 'Surrey Police', 'Europe/London'),
            (37, 'sussex', 'Sussex Police', 'Europe/London'),
            (38, 'thames-valley', 'Thames Valley Police', 'Europe/London'),
            (39, 'warwickshire', 'Warwickshire Police', 'Europe/London'),
            (40, 'west-mercia', 'West Mercia Police', 'Europe/London'),
            (41, 'west-midlands', 'West Midlands Police', 'Europe/London'),
            (42, 'west-yorkshire', 'West Yorkshire Police', 'Europe/London'),
            (43, 'wiltshire', 'Wiltshire Police', 'Europe/London');
        """

    static let imports = FrozenTable(
        plain: "imports",
        [
            .init("kind", .text, required: true), .init("source", .text, required: true), .init("started_at", .int64, required: true),
            .init("inserted", .int64), .init("updated", .int64), .init("unchanged", .int64), .init("rejected", .int64),
        ])

    /// The record tables, parents before the tables that refer to them.
    public static let recordTables: [FrozenTable] = [
        FrozenTable(
            record: "neighbourhoods",
            [
                .init("neighbourhood_id", .key, required: true),
                .init("name", .text, required: true),
                .init("lpu", .text),
                .init("area_type", .oneOf(["urban", "rural"]), required: true),
                .init("base", .text),
                .init("address", .text),
                .init("postcode", .text),
                .init("phone", .text),
                .init("email", .text),
                .init("url", .text),
                .init("latitude", .real(-90...90)),
                .init("longitude", .real(-180...180)),
                .init("population", .int32(0...2_147_483_647)),
                .init("description", .text),
            ],
            unique: ["neighbourhood_id"], parent: .none, localMonth: false
        ),
        FrozenTable(
            record: "boundaries",
            [
                .init("neighbourhood_id", .key, required: true),
                .init("geometry", .text, required: true),
                .init("min_latitude", .real(-90...90), required: true),
                .init("max_latitude", .real(-90...90), required: true),
                .init("min_longitude", .real(-180...180), required: true),
                .init("max_longitude", .real(-180...180), required: true),
            ],
            unique: ["neighbourhood_id"], localMonth: false
        ),
        FrozenTable(
            record: "team",
            [
                .init("neighbourhood_id", .key, required: true),
                .init("officer_id", .key, required: true),
                .init("name", .text, required: true),
                .init("rank", .text, required: true),
                .init("bio", .text),
                .init("email", .text),
                .init("phone", .text),
                .init("started_on", .date, required: true),
                .init("ended_on", .date),
            ],
            checks: ["ended_on >= started_on"], unique: ["officer_id", "started_on"]
        ),
        FrozenTable(
            record: "priorities",
            [
                .init("neighbourhood_id", .key, required: true),
                .init("priority_id", .key, required: true),
                .init("issue", .text, required: true),
                .init("agreed_on", .date),
                .init("engagement_id", .key),
                .init("action", .text),
                .init("action_on", .date),
            ],
            unique: ["priority_id"]
        ),
        FrozenTable(
            record: "calls",
            [
                .init("call_id", .key, required: true),
                .init("line", .oneOf(["999", "101"]), required: true),
                .init("received_at", .int64, required: true),
                .init("answered_at", .int64),
                .init("neighbourhood_id", .key),
                .init("area_type", .oneOf(["urban", "rural"])),
                .init("vulnerable", .flag),
                .init("neighbourhood_priority", .flag),
                .init("response", .oneOf(["emergency", "priority", "appointment", "advice", "none"])),
                .init("eta_given", .flag),
                .init("deployed_at", .int64),
                .init("arrived_at", .int64),
                .init("appointment_at", .int64),
            ],
            checks: ["answered_at >= received_at", "deployed_at >= received_at", "arrived_at >= received_at", "appointment_at >= received_at"],
            unique: ["call_id"], partitioned: true
        ),
        FrozenTable(
            record: "messages",
            [
                .init("message_id", .key, required: true),
                .init("neighbourhood_id", .key, required: true),
                .init("channel", .oneOf(["phone", "voicemail", "email", "web", "letter", "social", "in-person"]), required: true),
                .init("received_at", .int64, required: true),
                .init("responded_at", .int64),
                .init("escalated_at", .int64),
                .init("detailed_response_at", .int64),
            ],
            checks: ["responded_at >= received_at", "escalated_at >= received_at", "detailed_response_at >= received_at"], unique: ["message_id"]
        ),
        FrozenTable(
            record: "duty",
            [
                .init("officer_id", .key, required: true),
                .init("neighbourhood_id", .key, required: true),
                .init("date", .date, required: true),
                .init("hours_on_duty", .real(0...24), required: true),
                .init("hours_visible", .real(0...24), required: true),
                .init("hours_abstracted", .real(0...24), required: true),
                .init("abstraction_reason", .text),
            ],
            checks: ["hours_visible + hours_abstracted <= hours_on_duty + 0.000000001"], unique: ["officer_id", "date"], partitioned: true
        ),
        FrozenTable(
            record: "engagements",
            [
                .init("engagement_id", .key, required: true),
                .init("neighbourhood_id", .key, required: true),
                .init("kind", .oneOf(["public-meeting", "surgery", "street-briefing", "mobile-station", "online", "other"]), required: true),
                .init("starts_at", .int64, required: true),
                .init("ends_at", .int64),
                .init("title", .text),
                .init("address", .text),
                .init("advertised_on", .date),
                .init("priorities_agreed", .flag),
                .init("attendees", .int32(0...2_147_483_647)),
            ],
            checks: ["ends_at >= starts_at"], unique: ["engagement_id"]
        ),
        FrozenTable(
            record: "updates",
            [
                .init("update_id", .key, required: true),
                .init("neighbourhood_id", .key, required: true),
                .init("month", .month, required: true),
                .init("published_on", .date, required: true),
                .init("channel", .oneOf(["web", "newsletter", "email", "social", "print", "meeting"])),
                .init("has_crime_map", .flag),
                .init("has_justice_outcomes", .flag),
                .init("has_partner_action", .flag),
                .init("has_force_performance", .flag),
            ],
            unique: ["update_id"]
        ),
        FrozenTable(
            record: "victims",
            [
                .init("crime_ref", .key, required: true),
                .init("victim_ref", .key, required: true),
                .init("neighbourhood_id", .key),
                .init("reported_at", .int64, required: true),
                .init("contact_agreed", .flag),
                .init("interval_days", .int32(0...3660)),
                .init("agreed_until", .date),
                .init("method", .text),
                .init("closed_at", .int64),
            ],
            checks: ["closed_at >= reported_at"], unique: ["crime_ref", "victim_ref"]
        ),
        FrozenTable(
            record: "victim_updates",
            [
                .init("update_id", .key, required: true),
                .init("crime_ref", .key, required: true),
                .init("victim_ref", .key, required: true),
                .init("updated_at", .int64, required: true),
                .init("method", .text),
            ],
            unique: ["update_id"], parent: .victim
        ),
        FrozenTable(
            record: "dissatisfaction",
            [
                .init("report_id", .key, required: true),
                .init("neighbourhood_id", .key),
                .init("received_at", .int64, required: true),
                .init("acknowledged_at", .int64),
                .init("discussed_at", .int64),
                .init("action_agreed_at", .int64),
                .init("resolved_at", .int64),
                .init("callback_consent", .flag),
            ],
            checks: [
                "acknowledged_at >= received_at", "discussed_at >= received_at", "action_agreed_at >= received_at", "resolved_at >= received_at",
            ], unique: ["report_id"]
        ),
        FrozenTable(
            record: "surveys",
            [
                .init("response_id", .key, required: true),
                .init("neighbourhood_id", .key),
                .init("survey", .oneOf(["user-satisfaction", "community", "council-tax", "youth", "other"]), required: true),
                .init("responded_on", .date, required: true),
                .init("question", .key, required: true),
                .init("answer", .oneOf(["yes", "no", "1", "2", "3", "4", "5"]), required: true),
                .init("group_label", .text),
            ],
            unique: ["response_id", "question"]
        ),
        FrozenTable(
            record: "complaints",
            [
                .init("complaint_id", .key, required: true),
                .init("neighbourhood_id", .key),
                .init("received_at", .int64, required: true),
                .init("category", .text, required: true),
                .init("pledge_point", .int32(1...10)),
                .init("finalised_at", .int64),
                .init("outcome", .text),
            ],
            checks: ["finalised_at >= received_at"], unique: ["complaint_id"]
        ),
        FrozenTable(
            record: "reality_checks",
            [
                .init("check_id", .key, required: true),
                .init("neighbourhood_id", .key),
                .init("pledge_point", .int32(1...10), required: true),
                .init("method", .oneOf(["email", "phone", "voicemail", "web", "visit", "meeting", "website", "poster", "leaflet"]), required: true),
                .init("made_at", .int64, required: true),
                .init("responded_at", .int64),
                .init("outcome", .oneOf(["met", "partly", "not-met"]), required: true),
                .init("notes", .text),
            ],
            checks: ["responded_at >= made_at"], unique: ["check_id"]
        ),
        FrozenTable(
            record: "actions",
            [
                .init("action_id", .key, required: true),
                .init("owner", .oneOf(["force", "authority"]), required: true),
                .init("pledge_point", .int32(1...10)),
                .init("indicator", .text),
                .init("kind", .oneOf(["improvement", "monitoring"]), required: true),
                .init("mechanism", .text),
                .init("opened_on", .date, required: true),
                .init("due_on", .date),
                .init("closed_on", .date),
                .init("summary", .text, required: true),
            ],
            checks: ["closed_on >= opened_on"], unique: ["action_id"], parent: .none
        ),
        FrozenTable(
            record: "crimes",
            [
                .init("crime_key", .text, required: true),
                .init("crime_id", .text),
                .init("month", .month, required: true),
                .init("reported_by", .text),
                .init("longitude", .real(-180...180)),
                .init("latitude", .real(-90...90)),
                .init("location", .text),
                .init("lsoa_code", .text),
                .init("lsoa_name", .text),
                .init("crime_type", .text, required: true),
                .init("last_outcome_category", .text),
                .init("context", .text),
                .init("neighbourhood_id", .key),
            ],
            unique: ["crime_key"], parent: .none, partitioned: true
        ),

    ]
}
