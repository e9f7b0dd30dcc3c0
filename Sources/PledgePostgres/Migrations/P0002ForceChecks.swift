/// PostgreSQL migration 0002: the record tables keep a force from the catalogue by their partitions' bounds
/// or a CHECK, not by a foreign key to `forces`. Frozen once shipped.
///
/// Why: a foreign key is a trigger per inserted row. Inserting the Metropolitan Police's 299,943 calls of a
/// month into a copy of `calls` took 1.8 s with no foreign key, 3.8 s with the one to `neighbourhoods`,
/// and 5.8 s with the one to `forces` as well (BENCHMARKS.md). `forces` is the fixed catalogue, numbered 1
/// to 43, that migration 0001 wrote and only a migration changes:
/// - `calls`, `duty` and `crimes` have one partition per catalogue force and no default partition, so a row
///   of any other force is already refused ("no partition of relation found", SQLSTATE 23514);
/// - every other record table gets `CHECK (force_id BETWEEN 1 AND 43)`.
/// The foreign keys to neighbourhoods and victims stay, and so do the Police Authority's, the assessments'
/// and the report cache's keys to `forces` (few rows). A force added to the catalogue needs a migration
/// that adds its row, its partitions and wider checks.
enum P0002ForceChecks {
    static let name = "0002_force_checks"

    static let sql = """
        DO $$
        DECLARE
            name text;
        BEGIN
            FOREACH name IN ARRAY ARRAY['calls', 'duty', 'crimes'] LOOP
                EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', name, name || '_force_id_fkey');
            END LOOP;
            FOREACH name IN ARRAY ARRAY[
                'neighbourhoods', 'boundaries', 'team', 'priorities', 'messages', 'engagements', 'updates', 'victims',
                'victim_updates', 'dissatisfaction', 'surveys', 'complaints', 'reality_checks', 'actions'
            ] LOOP
                EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', name, name || '_force_id_fkey');
                EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (force_id BETWEEN 1 AND 43)', name, name || '_force_in_catalogue');
            END LOOP;
        END
        $$;
        """
}
