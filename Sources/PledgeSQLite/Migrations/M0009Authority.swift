/// Migration 0009: what the Police Authority keeps beside the records. `monitoring_plans` holds an
/// Authority's own plan (a force with no rows uses the default plan); `dip_samples` and
/// `dip_sample_items` hold each drawn sample, its strata and, per record, the reviewers' finding.
/// Frozen once shipped.
enum M0009Authority {
    static let name = "0009_authority"

    static let sql = """
        CREATE TABLE monitoring_plans (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            promise INTEGER CHECK (promise BETWEEN 1 AND 10),
            mechanism TEXT NOT NULL CHECK (length(mechanism) BETWEEN 1 AND 64),
            frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'half-yearly', 'yearly')),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX monitoring_plans_entry ON monitoring_plans (force_id, coalesce(promise, 0), mechanism);

        CREATE TABLE dip_samples (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
            kind TEXT NOT NULL CHECK (kind IN ('complaints', 'dissatisfaction', 'victims')),
            period TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            seed INTEGER NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            drawn_at INTEGER NOT NULL,
            UNIQUE (force_id, name)
        );

        CREATE TABLE dip_sample_strata (
            sample_id INTEGER NOT NULL REFERENCES dip_samples(id) ON DELETE CASCADE,
            promise INTEGER,
            unit TEXT,
            population INTEGER NOT NULL,
            drawn INTEGER NOT NULL
        );

        CREATE TABLE dip_sample_items (
            sample_id INTEGER NOT NULL REFERENCES dip_samples(id) ON DELETE CASCADE,
            record_id TEXT NOT NULL,
            promise INTEGER,
            unit TEXT,
            at INTEGER NOT NULL,
            kept INTEGER CHECK (kept = 0 OR kept = 1),
            notes TEXT,
            PRIMARY KEY (sample_id, record_id)
        );
        """
}
