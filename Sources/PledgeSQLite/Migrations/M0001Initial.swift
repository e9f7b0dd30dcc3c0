/// Migration 0001: the forces, the import log and one table per record kind.
///
/// Frozen: once shipped, never edited. Later changes are new migrations. The SQL does not depend on
/// application types on purpose (GRDB's migration guidance), so the forces are listed literally.
///
/// Conventions: instants are INTEGER microseconds since 1970-01-01T00:00:00Z (exact durations);
/// dates are TEXT `YYYY-MM-DD` and months TEXT `YYYY-MM`; booleans INTEGER 0/1; `local_month` is the
/// force-local month of the record's time field as `YYYYMM`. `created_import`, `changed_import` and
/// `seen_import` name the imports that created the record, last changed it and last saw it.
enum M0001Initial {
    static let name = "0001_initial"

    static let sql = """
        CREATE TABLE forces (
            number INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            time_zone TEXT NOT NULL
        );

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

        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            source TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            inserted INTEGER,
            updated INTEGER,
            unchanged INTEGER,
            rejected INTEGER
        );

        CREATE TABLE neighbourhoods (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            neighbourhood_id TEXT NOT NULL CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            name TEXT NOT NULL,
            lpu TEXT,
            area_type TEXT NOT NULL CHECK (area_type = 'urban' OR area_type = 'rural'),
            base TEXT,
            address TEXT,
            postcode TEXT,
            phone TEXT,
            email TEXT,
            url TEXT,
            latitude REAL CHECK (latitude BETWEEN -90 AND 90),
            longitude REAL CHECK (longitude BETWEEN -180 AND 180),
            population INTEGER CHECK (population BETWEEN 0 AND 2147483647),
            description TEXT,
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            UNIQUE (force_id, neighbourhood_id)
        );

        CREATE TABLE boundaries (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            neighbourhood_id TEXT NOT NULL CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            geometry TEXT NOT NULL,
            min_latitude REAL NOT NULL CHECK (min_latitude BETWEEN -90 AND 90),
            max_latitude REAL NOT NULL CHECK (max_latitude BETWEEN -90 AND 90),
            min_longitude REAL NOT NULL CHECK (min_longitude BETWEEN -180 AND 180),
            max_longitude REAL NOT NULL CHECK (max_longitude BETWEEN -180 AND 180),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            UNIQUE (force_id, neighbourhood_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE team (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            neighbourhood_id TEXT NOT NULL CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            officer_id TEXT NOT NULL CHECK (length(officer_id) BETWEEN 1 AND 64),
            name TEXT NOT NULL,
            rank TEXT NOT NULL,
            bio TEXT,
            email TEXT,
            phone TEXT,
            started_on TEXT NOT NULL CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            ended_on TEXT CHECK (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            CHECK (ended_on >= started_on),
            UNIQUE (force_id, officer_id, started_on),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE priorities (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            neighbourhood_id TEXT NOT NULL CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            priority_id TEXT NOT NULL CHECK (length(priority_id) BETWEEN 1 AND 64),
            issue TEXT NOT NULL,
            agreed_on TEXT CHECK (agreed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            engagement_id TEXT CHECK (length(engagement_id) BETWEEN 1 AND 64),
            action TEXT,
            action_on TEXT CHECK (action_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            UNIQUE (force_id, priority_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE calls (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            call_id TEXT NOT NULL CHECK (length(call_id) BETWEEN 1 AND 64),
            line TEXT NOT NULL CHECK (line = '999' OR line = '101'),
            received_at INTEGER NOT NULL,
            answered_at INTEGER,
            neighbourhood_id TEXT CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            area_type TEXT CHECK (area_type = 'urban' OR area_type = 'rural'),
            vulnerable INTEGER CHECK (vulnerable = 0 OR vulnerable = 1),
            neighbourhood_priority INTEGER CHECK (neighbourhood_priority = 0 OR neighbourhood_priority = 1),
            response TEXT CHECK (response = 'emergency' OR response = 'priority' OR response = 'appointment' OR response = 'advice' OR response = 'none'),
            eta_given INTEGER CHECK (eta_given = 0 OR eta_given = 1),
            deployed_at INTEGER,
            arrived_at INTEGER,
            appointment_at INTEGER,
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            CHECK (answered_at >= received_at),
            CHECK (deployed_at >= received_at),
            CHECK (arrived_at >= received_at),
            CHECK (appointment_at >= received_at),
            UNIQUE (force_id, call_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            message_id TEXT NOT NULL CHECK (length(message_id) BETWEEN 1 AND 64),
            neighbourhood_id TEXT NOT NULL CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            channel TEXT NOT NULL CHECK (channel = 'phone' OR channel = 'voicemail' OR channel = 'email' OR channel = 'web' OR channel = 'letter' OR channel = 'social' OR channel = 'in-person'),
            received_at INTEGER NOT NULL,
            responded_at INTEGER,
            escalated_at INTEGER,
            detailed_response_at INTEGER,
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            CHECK (responded_at >= received_at),
            CHECK (escalated_at >= received_at),
            CHECK (detailed_response_at >= received_at),
            UNIQUE (force_id, message_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE duty (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            officer_id TEXT NOT NULL CHECK (length(officer_id) BETWEEN 1 AND 64),
            neighbourhood_id TEXT NOT NULL CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            hours_on_duty REAL NOT NULL CHECK (hours_on_duty BETWEEN 0 AND 24),
            hours_visible REAL NOT NULL CHECK (hours_visible BETWEEN 0 AND 24),
            hours_abstracted REAL NOT NULL CHECK (hours_abstracted BETWEEN 0 AND 24),
            abstraction_reason TEXT,
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            CHECK (hours_visible + hours_abstracted <= hours_on_duty + 0.000000001),
            UNIQUE (force_id, officer_id, date),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE engagements (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            engagement_id TEXT NOT NULL CHECK (length(engagement_id) BETWEEN 1 AND 64),
            neighbourhood_id TEXT NOT NULL CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            kind TEXT NOT NULL CHECK (kind = 'public-meeting' OR kind = 'surgery' OR kind = 'street-briefing' OR kind = 'mobile-station' OR kind = 'online' OR kind = 'other'),
            starts_at INTEGER NOT NULL,
            ends_at INTEGER,
            title TEXT,
            address TEXT,
            advertised_on TEXT CHECK (advertised_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            priorities_agreed INTEGER CHECK (priorities_agreed = 0 OR priorities_agreed = 1),
            attendees INTEGER CHECK (attendees BETWEEN 0 AND 2147483647),
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            CHECK (ends_at >= starts_at),
            UNIQUE (force_id, engagement_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE updates (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            update_id TEXT NOT NULL CHECK (length(update_id) BETWEEN 1 AND 64),
            neighbourhood_id TEXT NOT NULL CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            published_on TEXT NOT NULL CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            channel TEXT CHECK (channel = 'web' OR channel = 'newsletter' OR channel = 'email' OR channel = 'social' OR channel = 'print' OR channel = 'meeting'),
            has_crime_map INTEGER CHECK (has_crime_map = 0 OR has_crime_map = 1),
            has_justice_outcomes INTEGER CHECK (has_justice_outcomes = 0 OR has_justice_outcomes = 1),
            has_partner_action INTEGER CHECK (has_partner_action = 0 OR has_partner_action = 1),
            has_force_performance INTEGER CHECK (has_force_performance = 0 OR has_force_performance = 1),
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            UNIQUE (force_id, update_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE victims (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            crime_ref TEXT NOT NULL CHECK (length(crime_ref) BETWEEN 1 AND 64),
            victim_ref TEXT NOT NULL CHECK (length(victim_ref) BETWEEN 1 AND 64),
            neighbourhood_id TEXT CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            reported_at INTEGER NOT NULL,
            contact_agreed INTEGER CHECK (contact_agreed = 0 OR contact_agreed = 1),
            interval_days INTEGER CHECK (interval_days BETWEEN 0 AND 3660),
            agreed_until TEXT CHECK (agreed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            method TEXT,
            closed_at INTEGER,
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            CHECK (closed_at >= reported_at),
            UNIQUE (force_id, crime_ref, victim_ref),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE victim_updates (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            update_id TEXT NOT NULL CHECK (length(update_id) BETWEEN 1 AND 64),
            crime_ref TEXT NOT NULL CHECK (length(crime_ref) BETWEEN 1 AND 64),
            victim_ref TEXT NOT NULL CHECK (length(victim_ref) BETWEEN 1 AND 64),
            updated_at INTEGER NOT NULL,
            method TEXT,
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            UNIQUE (force_id, update_id),
            FOREIGN KEY (force_id, crime_ref, victim_ref) REFERENCES victims(force_id, crime_ref, victim_ref)
        );

        CREATE TABLE dissatisfaction (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            report_id TEXT NOT NULL CHECK (length(report_id) BETWEEN 1 AND 64),
            neighbourhood_id TEXT CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            received_at INTEGER NOT NULL,
            acknowledged_at INTEGER,
            discussed_at INTEGER,
            action_agreed_at INTEGER,
            resolved_at INTEGER,
            callback_consent INTEGER CHECK (callback_consent = 0 OR callback_consent = 1),
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            CHECK (acknowledged_at >= received_at),
            CHECK (discussed_at >= received_at),
            CHECK (action_agreed_at >= received_at),
            CHECK (resolved_at >= received_at),
            UNIQUE (force_id, report_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE surveys (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            response_id TEXT NOT NULL CHECK (length(response_id) BETWEEN 1 AND 64),
            neighbourhood_id TEXT CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            survey TEXT NOT NULL CHECK (survey = 'user-satisfaction' OR survey = 'community' OR survey = 'council-tax' OR survey = 'youth' OR survey = 'other'),
            responded_on TEXT NOT NULL CHECK (responded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            question TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 64),
            answer TEXT NOT NULL CHECK (answer = 'yes' OR answer = 'no' OR answer = '1' OR answer = '2' OR answer = '3' OR answer = '4' OR answer = '5'),
            group_label TEXT,
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            UNIQUE (force_id, response_id, question),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            complaint_id TEXT NOT NULL CHECK (length(complaint_id) BETWEEN 1 AND 64),
            neighbourhood_id TEXT CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            received_at INTEGER NOT NULL,
            category TEXT NOT NULL,
            pledge_point INTEGER CHECK (pledge_point BETWEEN 1 AND 10),
            finalised_at INTEGER,
            outcome TEXT,
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            CHECK (finalised_at >= received_at),
            UNIQUE (force_id, complaint_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE reality_checks (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            check_id TEXT NOT NULL CHECK (length(check_id) BETWEEN 1 AND 64),
            neighbourhood_id TEXT CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            pledge_point INTEGER NOT NULL CHECK (pledge_point BETWEEN 1 AND 10),
            method TEXT NOT NULL CHECK (method = 'email' OR method = 'phone' OR method = 'voicemail' OR method = 'web' OR method = 'visit' OR method = 'meeting' OR method = 'website' OR method = 'poster' OR method = 'leaflet'),
            made_at INTEGER NOT NULL,
            responded_at INTEGER,
            outcome TEXT NOT NULL CHECK (outcome = 'met' OR outcome = 'partly' OR outcome = 'not-met'),
            notes TEXT,
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            CHECK (responded_at >= made_at),
            UNIQUE (force_id, check_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            action_id TEXT NOT NULL CHECK (length(action_id) BETWEEN 1 AND 64),
            owner TEXT NOT NULL CHECK (owner = 'force' OR owner = 'authority'),
            pledge_point INTEGER CHECK (pledge_point BETWEEN 1 AND 10),
            indicator TEXT,
            kind TEXT NOT NULL CHECK (kind = 'improvement' OR kind = 'monitoring'),
            mechanism TEXT,
            opened_on TEXT NOT NULL CHECK (opened_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            due_on TEXT CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            closed_on TEXT CHECK (closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            summary TEXT NOT NULL,
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            CHECK (closed_on >= opened_on),
            UNIQUE (force_id, action_id)
        );

        CREATE TABLE crimes (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            crime_key TEXT NOT NULL,
            crime_id TEXT,
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            reported_by TEXT,
            longitude REAL CHECK (longitude BETWEEN -180 AND 180),
            latitude REAL CHECK (latitude BETWEEN -90 AND 90),
            location TEXT,
            lsoa_code TEXT,
            lsoa_name TEXT,
            crime_type TEXT NOT NULL,
            last_outcome_category TEXT,
            context TEXT,
            neighbourhood_id TEXT CHECK (length(neighbourhood_id) BETWEEN 1 AND 64),
            local_month INTEGER CHECK (local_month BETWEEN 100001 AND 999912),
            created_import INTEGER NOT NULL,
            changed_import INTEGER NOT NULL,
            seen_import INTEGER NOT NULL,
            UNIQUE (force_id, crime_key)
        );
        """
}
