/// Migration 0010: months an import declared covered for a kind of record (`import --covers`), so that a
/// month the force genuinely had no records in counts as covered (`shared` spec, "Coverage"). Months with
/// records are covered by those records and are not kept here. Frozen once shipped.
enum M0010CoveredMonths {
    static let name = "0010_covered_months"

    static let sql = """
        CREATE TABLE covered_months (
            force_id INTEGER NOT NULL REFERENCES forces(number),
            kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 32),
            local_month INTEGER NOT NULL CHECK (local_month BETWEEN 100001 AND 999912),
            import_id INTEGER NOT NULL,
            PRIMARY KEY (force_id, kind, local_month)
        );
        """
}
