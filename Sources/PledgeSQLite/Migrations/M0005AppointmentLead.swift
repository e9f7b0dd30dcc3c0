/// Migration 0005: a report finds the appointments kept in its period on calls received before it by the
/// force's longest receipt-to-appointment time, not by an index. `packed_calls_lead` holds that time per
/// force (never lowered; raised by the import and by a trigger on updates), and a report reads the packed
/// months back that far. The index of 0003 on `appointment_at` slowed every import of calls
/// (BENCHMARKS.md). The packed calls are also repacked: their layout went from fixed-width fields (`PWC1`)
/// to variable-length deltas (`PWC2`), which a reader of older bytes would refuse and read the rows instead.
/// Frozen once shipped.
enum M0005AppointmentLead {
    static let name = "0005_appointment_lead"

    static let sql = """
        DROP INDEX IF EXISTS calls_by_appointment;
        CREATE TABLE packed_calls_lead (
            force_id INTEGER PRIMARY KEY REFERENCES forces(number),
            lead INTEGER NOT NULL
        );
        CREATE TRIGGER calls_lead_on_update AFTER UPDATE OF received_at, appointment_at ON calls
        WHEN NEW.appointment_at IS NOT NULL BEGIN
            INSERT OR IGNORE INTO packed_calls_lead VALUES (NEW.force_id, 0);
            UPDATE packed_calls_lead SET lead = max(lead, NEW.appointment_at - NEW.received_at) WHERE force_id = NEW.force_id;
        END;
        INSERT INTO packed_calls_lead
            SELECT force_id, max(appointment_at - received_at) FROM calls WHERE appointment_at IS NOT NULL GROUP BY force_id;
        DELETE FROM packed_calls;
        INSERT OR IGNORE INTO packed_calls_stale SELECT DISTINCT force_id, coalesce(local_month, 0) FROM calls;
        """
}
