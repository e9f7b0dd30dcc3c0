/// PostgreSQL migration 0003: months an import declared covered for a kind of record (`import --covers`),
/// as SQLite's migration 0010 keeps them. Frozen once shipped.
enum P0003CoveredMonths {
    static let name = "0003_covered_months"

    static let sql = """
        CREATE TABLE covered_months (
            force_id integer NOT NULL REFERENCES forces(number),
            kind text COLLATE "C" NOT NULL CHECK (length(kind) BETWEEN 1 AND 32),
            local_month integer NOT NULL CHECK (local_month BETWEEN 100001 AND 999912),
            import_id bigint NOT NULL,
            PRIMARY KEY (force_id, kind, local_month)
        );
        """
}
