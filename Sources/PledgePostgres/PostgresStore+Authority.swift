import PledgeCore
import PledgeStore
import PostgresNIO

/// What the Police Authority keeps beside the records: its monitoring plan and the records a dip sample may
/// be drawn from. The samples themselves are in PostgresStore+DipSamples.swift.
extension PostgresStore {
    /// The Authority's own plan for the force, or the default plan when it has kept none.
    public func monitoringPlan(force: Force) async throws -> MonitoringPlan {
        // The plan sorts its entries itself; this order is SQLiteStore's (its monitoring_plans_entry index).
        let entries = try await rows(
            """
            SELECT promise, mechanism, frequency, note FROM monitoring_plans WHERE force_id = \(force.number)
            ORDER BY coalesce(promise, 0), mechanism
            """,
            doing: "read the monitoring plan of \(force.name)"
        ) { row in
            let (promise, mechanismID, frequencyName, note) = try row.decode((Int?, String, String, String).self)
            // Only keepMonitoringPlan writes these, so they always read back (SQLiteStore would trap here).
            guard let mechanism = MonitoringMechanism(mechanismID), let frequency = MonitoringFrequency(rawValue: frequencyName) else {
                throw StoreError(
                    .readFailed,
                    "could not read the monitoring plan of \(force.name): it holds an unknown mechanism or frequency (\(mechanismID), \(frequencyName))"
                )
            }
            return MonitoringPlan.Entry(promise: promise, mechanism: mechanism, frequency: frequency, note: note)
        }
        return entries.isEmpty ? .leicestershireDefault : MonitoringPlan(entries: entries)
    }

    /// Keeps `plan` as the force's plan, replacing any earlier one in one transaction; nil (or no entries)
    /// goes back to the default plan.
    public func keepMonitoringPlan(force: Force, plan: MonitoringPlan?) async throws {
        try await write("keep the monitoring plan") { connection in
            try await Self.execute("DELETE FROM monitoring_plans WHERE force_id = \(force.number)", on: connection, logger: logger)
            for entry in plan?.entries ?? [] {
                try await Self.execute(
                    """
                    INSERT INTO monitoring_plans (force_id, promise, mechanism, frequency, note)
                    VALUES (\(force.number), \(entry.promise), \(entry.mechanism.id), \(entry.frequency.rawValue), \(entry.note))
                    """, on: connection, logger: logger)
            }
        }
    }

    /// The records a dip sample of `kind` may be drawn from: those whose start instant lies in `[from, to)`,
    /// with their promise and unit, by record id (the order SQLiteStore reads them in, through the kind's
    /// unique key).
    public func sampleFrame(force: Force, kind: DipSampleKind, from: Instant, to: Instant) async throws -> [SampleFrameRecord] {
        let (id, promise, table, start, order) =
            switch kind {
            case .complaints: ("r.complaint_id", "r.pledge_point", "complaints", "received_at", "r.complaint_id")
            case .dissatisfaction: ("r.report_id", "10", "dissatisfaction", "received_at", "r.report_id")
            case .victims: ("r.crime_ref || '/' || r.victim_ref", "9", "victims", "reported_at", "r.crime_ref, r.victim_ref")
            }
        let query: PostgresQuery = """
            SELECT \(unescaped: id), \(unescaped: promise), n.lpu, r.\(unescaped: start) FROM \(unescaped: table) r
            LEFT JOIN neighbourhoods n ON n.force_id = r.force_id AND n.neighbourhood_id = r.neighbourhood_id
            WHERE r.force_id = \(force.number) AND r.\(unescaped: start) >= \(from.microseconds) AND r.\(unescaped: start) < \(to.microseconds)
            ORDER BY \(unescaped: order)
            """
        return try await rows(query, doing: "read the \(kind.rawValue) to sample") { row in
            let (record, promise, unit, at) = try row.decode((String, Int?, String?, Int64).self)
            return SampleFrameRecord(id: record, promise: promise, unit: unit, at: Instant(microseconds: at))
        }
    }
}
