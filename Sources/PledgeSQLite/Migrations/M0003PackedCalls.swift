/// Migration 0003: call facts packed per force and local month (`PackedCalls`), so that a report reads a
/// blob a month rather than every call row. The packed calls are derived data; a reader never trusts a
/// packed month that no longer matches the rows. Every month with calls is either packed or marked stale,
/// in the same transaction as the change: triggers mark the months of updated and deleted calls; inserts
/// are marked (or packed) by the import itself (`ImportCallPacker`), because a trigger on every insert
/// cost a third of the import's speed (BENCHMARKS.md). `SQLiteStore.refreshDerivedData()` repacks the stale
/// months after imports. A month is kept in segments of up to `PackedCalls.segmentCalls` calls, so that
/// packing holds at most a segment a month in memory, whatever the size of the file. Calls with an
/// appointment got an index of their own, because a period's appointments kept may belong to calls received
/// in earlier months (0005 replaced it). Frozen once shipped.
enum M0003PackedCalls {
    static let name = "0003_packed_calls"

    /// Every column a call fact is read from: changing any of them makes the call's months stale.
    static let factColumns = """
        force_id, line, received_at, answered_at, neighbourhood_id, area_type, vulnerable, neighbourhood_priority,
        response, eta_given, deployed_at, arrived_at, appointment_at, local_month
        """

    static let sql = """
        CREATE TABLE packed_calls (
            force_id INTEGER NOT NULL REFERENCES forces(number),
            local_month INTEGER NOT NULL,
            segment INTEGER NOT NULL,
            calls INTEGER NOT NULL,
            body BLOB NOT NULL,
            PRIMARY KEY (force_id, local_month, segment)
        );
        CREATE TABLE packed_calls_stale (
            force_id INTEGER NOT NULL,
            local_month INTEGER NOT NULL,
            UNIQUE (force_id, local_month)
        );
        CREATE TRIGGER calls_stale_on_update AFTER UPDATE OF \(factColumns) ON calls BEGIN
            INSERT OR IGNORE INTO packed_calls_stale VALUES (OLD.force_id, coalesce(OLD.local_month, 0));
            INSERT OR IGNORE INTO packed_calls_stale VALUES (NEW.force_id, coalesce(NEW.local_month, 0));
        END;
        CREATE TRIGGER calls_stale_on_delete AFTER DELETE ON calls BEGIN
            INSERT OR IGNORE INTO packed_calls_stale VALUES (OLD.force_id, coalesce(OLD.local_month, 0));
        END;
        CREATE INDEX calls_by_appointment ON calls (force_id, appointment_at) WHERE appointment_at IS NOT NULL;
        INSERT OR IGNORE INTO packed_calls_stale SELECT DISTINCT force_id, coalesce(local_month, 0) FROM calls;
        """
}
