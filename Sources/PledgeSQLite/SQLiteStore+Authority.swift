import GRDB
import PledgeCore
import PledgeStore

extension SQLiteStore {
    public func monitoringPlan(force: Force) async throws -> MonitoringPlan {
        let entries = try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT promise, mechanism, frequency, note FROM monitoring_plans WHERE force_id = ?", arguments: [force.number]
            ).map { row in
                MonitoringPlan.Entry(
                    promise: row[0], mechanism: try stored((row[1] as String?).flatMap(MonitoringMechanism.init), "monitoring_plans", "mechanism"),
                    frequency: try stored((row[2] as String?).flatMap(MonitoringFrequency.init(rawValue:)), "monitoring_plans", "frequency"),
                    note: row[3])
            }
        }
        return entries.isEmpty ? .leicestershireDefault : MonitoringPlan(entries: entries)
    }

    public func keepMonitoringPlan(force: Force, plan: MonitoringPlan?) async throws {
        try await write("keep the monitoring plan") { db in
            try db.execute(sql: "DELETE FROM monitoring_plans WHERE force_id = ?", arguments: [force.number])
            for entry in plan?.entries ?? [] {
                try db.execute(
                    sql: "INSERT INTO monitoring_plans (force_id, promise, mechanism, frequency, note) VALUES (?, ?, ?, ?, ?)",
                    arguments: [force.number, entry.promise, entry.mechanism.id, entry.frequency.rawValue, entry.note])
            }
        }
    }

    public func sampleFrame(force: Force, kind: DipSampleKind, from: Instant, to: Instant) async throws -> [SampleFrameRecord] {
        let (id, promise, table, start) =
            switch kind {
            case .complaints: ("r.complaint_id", "r.pledge_point", "complaints", "received_at")
            case .dissatisfaction: ("r.report_id", "10", "dissatisfaction", "received_at")
            case .victims: ("r.crime_ref || '/' || r.victim_ref", "9", "victims", "reported_at")
            }
        return try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(id), \(promise), n.lpu, r.\(start) FROM \(table) r
                    LEFT JOIN neighbourhoods n ON n.force_id = r.force_id AND n.neighbourhood_id = r.neighbourhood_id
                    WHERE r.force_id = ? AND r.\(start) >= ? AND r.\(start) < ?
                    """, arguments: [force.number, from.microseconds, to.microseconds]
            ).map { SampleFrameRecord(id: $0[0], promise: $0[1], unit: $0[2], at: Instant(microseconds: $0[3])) }
        }
    }

    public func keepDipSample(_ sample: DipSample) async throws {
        guard let force = ForceCatalogue.force(id: sample.forceID) else { throw StoreError(.writeFailed, "'\(sample.forceID)' is not a force") }
        try await write("keep the dip sample '\(sample.name)'") { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM dip_samples WHERE force_id = ? AND name = ?", arguments: [force.number, sample.name]) == true
            {
                throw StoreError(.writeFailed, "\(force.name) already has a dip sample named '\(sample.name)'; choose another name")
            }
            try db.execute(
                sql: """
                    INSERT INTO dip_samples (force_id, name, kind, period, period_start, period_end, seed, size, drawn_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    force.number, sample.name, sample.kind.rawValue, sample.period.label, sample.period.start.description,
                    sample.period.end.description,
                    Int64(bitPattern: sample.seed), sample.size, sample.drawnAt.microseconds,
                ])
            let id = db.lastInsertedRowID
            for allocation in sample.allocations {
                try db.execute(
                    sql: "INSERT INTO dip_sample_strata (sample_id, promise, unit, population, drawn) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, allocation.stratum.promise, allocation.stratum.unit, allocation.population, allocation.drawn])
            }
            for item in sample.items {
                try db.execute(
                    sql: "INSERT INTO dip_sample_items (sample_id, record_id, promise, unit, at, kept, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [id, item.record.id, item.record.promise, item.record.unit, item.record.at.microseconds, item.kept, item.notes])
            }
        }
    }

    public func dipSamples(force: Force) async throws -> [DipSample] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT id, name, kind, period, period_start, period_end, seed, size, drawn_at FROM dip_samples WHERE force_id = ? ORDER BY id",
                arguments: [force.number]
            ).map { row in
                let id: Int64 = row[0]
                let allocations = try Row.fetchAll(
                    db, sql: "SELECT promise, unit, population, drawn FROM dip_sample_strata WHERE sample_id = ? ORDER BY rowid", arguments: [id]
                ).map { DipSample.Allocation(stratum: DipSample.Stratum(promise: $0[0], unit: $0[1]), population: $0[2], drawn: $0[3]) }
                let items = try Row.fetchAll(
                    db, sql: "SELECT record_id, promise, unit, at, kept, notes FROM dip_sample_items WHERE sample_id = ?", arguments: [id]
                ).map {
                    DipSample.Item(
                        record: SampleFrameRecord(id: $0[0], promise: $0[1], unit: $0[2], at: Instant(microseconds: $0[3])), kept: $0[4], notes: $0[5]
                    )
                }
                .sorted { ($0.record.stratum, $0.record.id) < ($1.record.stratum, $1.record.id) }
                let period =
                    try Period(row[3] as String)
                    ?? Period(
                        start: try stored((row[4] as String?).flatMap(LocalDate.init), "dip_samples", "period_start"),
                        end: try stored((row[5] as String?).flatMap(LocalDate.init), "dip_samples", "period_end"), label: row[3])
                return DipSample(
                    name: row[1], forceID: force.id,
                    kind: try stored((row[2] as String?).flatMap(DipSampleKind.init(rawValue:)), "dip_samples", "kind"), period: period,
                    seed: UInt64(bitPattern: row[6]),
                    size: row[7], drawnAt: Instant(microseconds: row[8]), allocations: allocations, items: items)
            }
        }
    }

    public func recordFindings(force: Force, sample: String, findings: [DipSample.Finding]) async throws {
        try await write("record the findings of '\(sample)'") { db in
            guard
                let id = try Int64.fetchOne(db, sql: "SELECT id FROM dip_samples WHERE force_id = ? AND name = ?", arguments: [force.number, sample])
            else {
                throw StoreError(.writeFailed, "\(force.name) has no dip sample named '\(sample)'")
            }
            for finding in findings {
                try db.execute(
                    sql: "UPDATE dip_sample_items SET kept = ?, notes = ? WHERE sample_id = ? AND record_id = ?",
                    arguments: [finding.kept, finding.notes, id, finding.recordID])
                guard db.changesCount == 1 else { throw StoreError(.writeFailed, "'\(finding.recordID)' is not in the dip sample '\(sample)'") }
            }
        }
    }

    /// Runs `body` in one write transaction, turning a database failure into a `StoreError` that says what
    /// could not be done and that nothing was kept.
    private func write(_ what: String, _ body: @Sendable @escaping (Database) throws -> Void) async throws {
        do {
            try await pool.write(body)
        } catch let error as DatabaseError {
            throw StoreError(.writeFailed, "could not \(what) in \(path): \(Self.describe(error)); nothing was kept")
        }
    }
}
