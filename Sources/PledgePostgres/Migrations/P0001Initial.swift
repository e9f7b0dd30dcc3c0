/// PostgreSQL migration 0001: the whole schema of SQLite's migrations 0001–0009 (bar the packed calls,
/// which this store does not keep), in PostgreSQL's types. Frozen once shipped: later changes are new
/// migrations. The SQL names no application type on purpose, so the forces are listed literally.
///
/// Conventions, chosen so that every figure reads the same as from SQLite:
/// - instants are `bigint` microseconds since 1970-01-01T00:00:00Z (exact durations, no time zone);
/// - dates are `date`, months `text` `YYYY-MM`, `local_month` the force-local month as `YYYYMM`;
/// - every text column compares and sorts by byte (`COLLATE "C"`), as SQLite does, whatever the
///   database's own collation: orders of ids on pages and in the API stay the same;
/// - `created_import`, `changed_import` and `seen_import` name the imports that created the record,
///   last changed it and last saw it (re-imports are idempotent through them);
/// - calls, duty and crimes are partitioned by force (LIST on `force_id`); every kind is indexed by
///   force then its time, so one force's report never reads another force's records.
enum P0001Initial {
    static let name = "0001_initial"

    /// The statements, in two parts kept in two files (the second in `P0001Initial+Victims.swift`) so that
    /// neither file is long; together they are the migration exactly as shipped.
    static let sql = tablesBeforeVictims + "\n\n" + victimsOnwards

    static let tablesBeforeVictims = """

        CREATE TABLE forces (
            number integer PRIMARY KEY,
            id text COLLATE "C" NOT NULL UNIQUE,
            name text COLLATE "C" NOT NULL,
            time_zone text COLLATE "C" NOT NULL
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
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            kind text COLLATE "C" NOT NULL,
            source text COLLATE "C" NOT NULL,
            started_at bigint NOT NULL,
            inserted bigint,
            updated bigint,
            unchanged bigint,
            rejected bigint
        );

        CREATE TABLE neighbourhoods (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            force_id integer NOT NULL REFERENCES forces(number),
            neighbourhood_id text COLLATE "C" NOT NULL CHECK (char_length(neighbourhood_id) BETWEEN 1 AND 64),
            name text COLLATE "C" NOT NULL,
            lpu text COLLATE "C",
            area_type text COLLATE "C" NOT NULL CHECK (area_type = 'urban' OR area_type = 'rural'),
            base text COLLATE "C",
            address text COLLATE "C",
            postcode text COLLATE "C",
            phone text COLLATE "C",
            email text COLLATE "C",
            url text COLLATE "C",
            latitude double precision CHECK (latitude BETWEEN -90 AND 90),
            longitude double precision CHECK (longitude BETWEEN -180 AND 180),
            population integer CHECK (population BETWEEN 0 AND 2147483647),
            description text COLLATE "C",
            created_import bigint NOT NULL,
            changed_import bigint NOT NULL,
            seen_import bigint NOT NULL,
            UNIQUE (force_id, neighbourhood_id)
        );

        CREATE TABLE boundaries (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            force_id integer NOT NULL REFERENCES forces(number),
            neighbourhood_id text COLLATE "C" NOT NULL CHECK (char_length(neighbourhood_id) BETWEEN 1 AND 64),
            geometry text COLLATE "C" NOT NULL,
            min_latitude double precision NOT NULL CHECK (min_latitude BETWEEN -90 AND 90),
            max_latitude double precision NOT NULL CHECK (max_latitude BETWEEN -90 AND 90),
            min_longitude double precision NOT NULL CHECK (min_longitude BETWEEN -180 AND 180),
            max_longitude double precision NOT NULL CHECK (max_longitude BETWEEN -180 AND 180),
            created_import bigint NOT NULL,
            changed_import bigint NOT NULL,
            seen_import bigint NOT NULL,
            UNIQUE (force_id, neighbourhood_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE team (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            force_id integer NOT NULL REFERENCES forces(number),
            neighbourhood_id text COLLATE "C" NOT NULL CHECK (char_length(neighbourhood_id) BETWEEN 1 AND 64),
            officer_id text COLLATE "C" NOT NULL CHECK (char_length(officer_id) BETWEEN 1 AND 64),
            name text COLLATE "C" NOT NULL,
            rank text COLLATE "C" NOT NULL,
            bio text COLLATE "C",
            email text COLLATE "C",
            phone text COLLATE "C",
            started_on date NOT NULL,
            ended_on date,
            local_month integer CHECK (local_month BETWEEN 100001 AND 999912),
            created_import bigint NOT NULL,
            changed_import bigint NOT NULL,
            seen_import bigint NOT NULL,
            CHECK (ended_on >= started_on),
            UNIQUE (force_id, officer_id, started_on),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE priorities (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            force_id integer NOT NULL REFERENCES forces(number),
            neighbourhood_id text COLLATE "C" NOT NULL CHECK (char_length(neighbourhood_id) BETWEEN 1 AND 64),
            priority_id text COLLATE "C" NOT NULL CHECK (char_length(priority_id) BETWEEN 1 AND 64),
            issue text COLLATE "C" NOT NULL,
            agreed_on date,
            engagement_id text COLLATE "C" CHECK (char_length(engagement_id) BETWEEN 1 AND 64),
            action text COLLATE "C",
            action_on date,
            local_month integer CHECK (local_month BETWEEN 100001 AND 999912),
            created_import bigint NOT NULL,
            changed_import bigint NOT NULL,
            seen_import bigint NOT NULL,
            UNIQUE (force_id, priority_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE calls (
            id bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
            force_id integer NOT NULL REFERENCES forces(number),
            call_id text COLLATE "C" NOT NULL CHECK (char_length(call_id) BETWEEN 1 AND 64),
            line text COLLATE "C" NOT NULL CHECK (line = '999' OR line = '101'),
            received_at bigint NOT NULL,
            answered_at bigint,
            neighbourhood_id text COLLATE "C" CHECK (char_length(neighbourhood_id) BETWEEN 1 AND 64),
            area_type text COLLATE "C" CHECK (area_type = 'urban' OR area_type = 'rural'),
            vulnerable boolean,
            neighbourhood_priority boolean,
            response text COLLATE "C" CHECK (response = 'emergency' OR response = 'priority' OR response = 'appointment' OR response = 'advice' OR response = 'none'),
            eta_given boolean,
            deployed_at bigint,
            arrived_at bigint,
            appointment_at bigint,
            local_month integer CHECK (local_month BETWEEN 100001 AND 999912),
            created_import bigint NOT NULL,
            changed_import bigint NOT NULL,
            seen_import bigint NOT NULL,
            CHECK (answered_at >= received_at),
            CHECK (deployed_at >= received_at),
            CHECK (arrived_at >= received_at),
            CHECK (appointment_at >= received_at),
            UNIQUE (force_id, call_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id),
            PRIMARY KEY (force_id, id)
        ) PARTITION BY LIST (force_id);

        CREATE TABLE messages (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            force_id integer NOT NULL REFERENCES forces(number),
            message_id text COLLATE "C" NOT NULL CHECK (char_length(message_id) BETWEEN 1 AND 64),
            neighbourhood_id text COLLATE "C" NOT NULL CHECK (char_length(neighbourhood_id) BETWEEN 1 AND 64),
            channel text COLLATE "C" NOT NULL CHECK (channel = 'phone' OR channel = 'voicemail' OR channel = 'email' OR channel = 'web' OR channel = 'letter' OR channel = 'social' OR channel = 'in-person'),
            received_at bigint NOT NULL,
            responded_at bigint,
            escalated_at bigint,
            detailed_response_at bigint,
            local_month integer CHECK (local_month BETWEEN 100001 AND 999912),
            created_import bigint NOT NULL,
            changed_import bigint NOT NULL,
            seen_import bigint NOT NULL,
            CHECK (responded_at >= received_at),
            CHECK (escalated_at >= received_at),
            CHECK (detailed_response_at >= received_at),
            UNIQUE (force_id, message_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE duty (
            id bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
            force_id integer NOT NULL REFERENCES forces(number),
            officer_id text COLLATE "C" NOT NULL CHECK (char_length(officer_id) BETWEEN 1 AND 64),
            neighbourhood_id text COLLATE "C" NOT NULL CHECK (char_length(neighbourhood_id) BETWEEN 1 AND 64),
            date date NOT NULL,
            hours_on_duty double precision NOT NULL CHECK (hours_on_duty BETWEEN 0 AND 24),
            hours_visible double precision NOT NULL CHECK (hours_visible BETWEEN 0 AND 24),
            hours_abstracted double precision NOT NULL CHECK (hours_abstracted BETWEEN 0 AND 24),
            abstraction_reason text COLLATE "C",
            local_month integer CHECK (local_month BETWEEN 100001 AND 999912),
            created_import bigint NOT NULL,
            changed_import bigint NOT NULL,
            seen_import bigint NOT NULL,
            CHECK (hours_visible + hours_abstracted <= hours_on_duty + 0.000000001),
            UNIQUE (force_id, officer_id, date),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id),
            PRIMARY KEY (force_id, id)
        ) PARTITION BY LIST (force_id);

        CREATE TABLE engagements (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            force_id integer NOT NULL REFERENCES forces(number),
            engagement_id text COLLATE "C" NOT NULL CHECK (char_length(engagement_id) BETWEEN 1 AND 64),
            neighbourhood_id text COLLATE "C" NOT NULL CHECK (char_length(neighbourhood_id) BETWEEN 1 AND 64),
            kind text COLLATE "C" NOT NULL CHECK (kind = 'public-meeting' OR kind = 'surgery' OR kind = 'street-briefing' OR kind = 'mobile-station' OR kind = 'online' OR kind = 'other'),
            starts_at bigint NOT NULL,
            ends_at bigint,
            title text COLLATE "C",
            address text COLLATE "C",
            advertised_on date,
            priorities_agreed boolean,
            attendees integer CHECK (attendees BETWEEN 0 AND 2147483647),
            local_month integer CHECK (local_month BETWEEN 100001 AND 999912),
            created_import bigint NOT NULL,
            changed_import bigint NOT NULL,
            seen_import bigint NOT NULL,
            CHECK (ends_at >= starts_at),
            UNIQUE (force_id, engagement_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );

        CREATE TABLE updates (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            force_id integer NOT NULL REFERENCES forces(number),
            update_id text COLLATE "C" NOT NULL CHECK (char_length(update_id) BETWEEN 1 AND 64),
            neighbourhood_id text COLLATE "C" NOT NULL CHECK (char_length(neighbourhood_id) BETWEEN 1 AND 64),
            month text COLLATE "C" NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
            published_on date NOT NULL,
            channel text COLLATE "C" CHECK (channel = 'web' OR channel = 'newsletter' OR channel = 'email' OR channel = 'social' OR channel = 'print' OR channel = 'meeting'),
            has_crime_map boolean,
            has_justice_outcomes boolean,
            has_partner_action boolean,
            has_force_performance boolean,
            local_month integer CHECK (local_month BETWEEN 100001 AND 999912),
            created_import bigint NOT NULL,
            changed_import bigint NOT NULL,
            seen_import bigint NOT NULL,
            UNIQUE (force_id, update_id),
            FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)
        );
        """
}
