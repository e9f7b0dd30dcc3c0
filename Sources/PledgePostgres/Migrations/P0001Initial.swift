import PledgeStore

/// PostgreSQL migration 0001: the whole schema of SQLite's migrations 0001–0009 (bar the packed calls,
/// which this store does not keep), in PostgreSQL's types. Frozen once shipped: later changes are new
/// migrations; `FirstSchemaTests` pins the SQL.
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

    /// The forces, the import log and the record tables as `FirstSchema` describes them for both stores,
    /// then what only PostgreSQL has: the partitions, the indexes, and the tables of SQLite's 0002–0009.
    static let sql = "\n" + FirstSchema.statements(in: .postgres).joined(separator: "\n\n") + "\n\n" + afterRecordTables

    static let afterRecordTables = """
        -- One partition per force for the kinds with the most rows: a force's report reads its own
        -- partition only (partition pruning on force_id), and a force's records can be detached, archived
        -- or moved to another node (docs/postgres.md) without touching the others.
        DO $$
        DECLARE n integer;
        BEGIN
            FOR n IN SELECT number FROM forces ORDER BY number LOOP
                EXECUTE format('CREATE TABLE calls_f%s PARTITION OF calls FOR VALUES IN (%s)', lpad(n::text, 2, '0'), n);
                EXECUTE format('CREATE TABLE duty_f%s PARTITION OF duty FOR VALUES IN (%s)', lpad(n::text, 2, '0'), n);
                EXECUTE format('CREATE TABLE crimes_f%s PARTITION OF crimes FOR VALUES IN (%s)', lpad(n::text, 2, '0'), n);
            END LOOP;
        END $$;

        -- Every report reads one force's records of a window: each kind is indexed by force, then its time.
        CREATE INDEX calls_by_received ON calls (force_id, received_at);
        CREATE INDEX calls_by_appointment ON calls (force_id, appointment_at) WHERE appointment_at IS NOT NULL;
        CREATE INDEX messages_by_received ON messages (force_id, received_at);
        CREATE INDEX duty_by_month ON duty (force_id, local_month);
        CREATE INDEX engagements_by_start ON engagements (force_id, starts_at);
        CREATE INDEX engagements_by_neighbourhood ON engagements (force_id, neighbourhood_id, starts_at);
        CREATE INDEX updates_by_month ON updates (force_id, month);
        CREATE INDEX updates_by_neighbourhood ON updates (force_id, neighbourhood_id, month);
        CREATE INDEX team_by_neighbourhood ON team (force_id, neighbourhood_id);
        CREATE INDEX priorities_by_neighbourhood ON priorities (force_id, neighbourhood_id);
        CREATE INDEX victims_by_reported ON victims (force_id, reported_at);
        CREATE INDEX victim_updates_by_victim ON victim_updates (force_id, crime_ref, victim_ref, updated_at);
        CREATE INDEX dissatisfaction_by_received ON dissatisfaction (force_id, received_at);
        CREATE INDEX surveys_by_day ON surveys (force_id, responded_on);
        CREATE INDEX complaints_by_received ON complaints (force_id, received_at);
        CREATE INDEX reality_checks_by_made ON reality_checks (force_id, made_at);
        CREATE INDEX actions_by_opened ON actions (force_id, opened_on, action_id);
        CREATE INDEX crimes_by_neighbourhood ON crimes (force_id, neighbourhood_id, month);
        -- The police.uk routes ask for a month's crimes of every force in a band of latitude.
        CREATE INDEX crimes_by_month_latitude ON crimes (month, latitude);
        -- Crimes whose Crime ID is not in police.uk's form (their published ids are HMACs): usually none.
        CREATE INDEX crimes_with_local_ids ON crimes (id)
            WHERE crime_id IS NOT NULL AND (char_length(crime_id) <> 64 OR crime_id ~ '[^0-9a-f]');

        -- A number every committed import moves on (in its own transaction), so that anything computed
        -- from the records can tell whether it is still true. Not max(imports.id): imports running at once
        -- commit out of the order their ids were given.
        CREATE TABLE data_version (
            single boolean PRIMARY KEY DEFAULT true CHECK (single),
            version bigint NOT NULL
        );
        INSERT INTO data_version (version) VALUES (0);

        -- Rendered reports kept for repeat requests, stamped with the data version they were computed from.
        CREATE TABLE report_cache (
            force_id integer NOT NULL REFERENCES forces(number),
            request text COLLATE "C" NOT NULL,
            data_version bigint NOT NULL,
            body bytea NOT NULL,
            PRIMARY KEY (force_id, request)
        );

        -- What assessors record, kept as a log (the latest entry per subject is the current assessment).
        CREATE TABLE assessments (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            force_id integer NOT NULL REFERENCES forces(number),
            period text COLLATE "C" NOT NULL CHECK (char_length(period) BETWEEN 1 AND 40),
            made_at bigint NOT NULL,
            assessor text COLLATE "C" NOT NULL CHECK (char_length(btrim(assessor)) BETWEEN 1 AND 200),
            kind text COLLATE "C" NOT NULL CHECK (kind = 'area' OR kind = 'override' OR kind = 'findings'),
            subject integer NOT NULL,
            grade text COLLATE "C" CHECK (grade = 'EXCELLENT' OR grade = 'GOOD' OR grade = 'FAIR' OR grade = 'POOR'),
            text text COLLATE "C" NOT NULL,
            CHECK ((kind = 'area' AND subject BETWEEN 1 AND 3 AND grade IS NOT NULL) OR (kind <> 'area' AND subject BETWEEN 1 AND 10))
        );
        CREATE INDEX assessments_by_period ON assessments (force_id, period, id);

        -- The key of published crime ids that must not reveal a force's own references: 256 random bits,
        -- made once so that ids stay the same across re-imports (gen_random_uuid is a strong random source).
        CREATE TABLE store_secrets (
            name text COLLATE "C" PRIMARY KEY,
            value text COLLATE "C" NOT NULL CHECK (char_length(value) = 64)
        );
        INSERT INTO store_secrets (name, value)
            VALUES ('crime_ids', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

        -- What the Police Authority keeps beside the records: its plan and its dip samples.
        CREATE TABLE monitoring_plans (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            force_id integer NOT NULL REFERENCES forces(number),
            promise integer CHECK (promise BETWEEN 1 AND 10),
            mechanism text COLLATE "C" NOT NULL CHECK (char_length(mechanism) BETWEEN 1 AND 64),
            frequency text COLLATE "C" NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'half-yearly', 'yearly')),
            note text COLLATE "C" NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX monitoring_plans_entry ON monitoring_plans (force_id, coalesce(promise, 0), mechanism);
        CREATE TABLE dip_samples (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            force_id integer NOT NULL REFERENCES forces(number),
            name text COLLATE "C" NOT NULL CHECK (char_length(name) BETWEEN 1 AND 64),
            kind text COLLATE "C" NOT NULL CHECK (kind IN ('complaints', 'dissatisfaction', 'victims')),
            period text COLLATE "C" NOT NULL,
            period_start text COLLATE "C" NOT NULL,
            period_end text COLLATE "C" NOT NULL,
            seed bigint NOT NULL,
            size integer NOT NULL CHECK (size >= 0),
            drawn_at bigint NOT NULL,
            UNIQUE (force_id, name)
        );
        CREATE TABLE dip_sample_strata (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            sample_id bigint NOT NULL REFERENCES dip_samples(id) ON DELETE CASCADE,
            promise integer,
            unit text COLLATE "C",
            population integer NOT NULL,
            drawn integer NOT NULL
        );
        CREATE TABLE dip_sample_items (
            sample_id bigint NOT NULL REFERENCES dip_samples(id) ON DELETE CASCADE,
            record_id text COLLATE "C" NOT NULL,
            promise integer,
            unit text COLLATE "C",
            at bigint NOT NULL,
            kept boolean,
            notes text COLLATE "C",
            PRIMARY KEY (sample_id, record_id)
        );
        """
}
