import PledgeCore
import PledgeStore
import PostgresNIO

/// The Authority's dip samples: each drawn sample, its strata and, per record, the reviewers' finding.
extension PostgresStore {
    /// Keeps a newly drawn sample, with its strata and items, in one transaction; refuses a name the force
    /// has already used.
    public func keepDipSample(_ sample: DipSample) async throws {
        guard let force = ForceCatalogue.force(id: sample.forceID) else { throw StoreError(.writeFailed, "'\(sample.forceID)' is not a force") }
        try await write("keep the dip sample '\(sample.name)'") { connection in
            // ON CONFLICT DO NOTHING answers "already used" without a failed statement, even when two keepers race.
            let inserted = try await Self.rows(
                """
                INSERT INTO dip_samples (force_id, name, kind, period, period_start, period_end, seed, size, drawn_at)
                VALUES (\(force.number), \(sample.name), \(sample.kind.rawValue), \(sample.period.label), \(sample.period.start.description),
                    \(sample.period.end.description), \(Int64(bitPattern: sample.seed)), \(sample.size), \(sample.drawnAt.microseconds))
                ON CONFLICT (force_id, name) DO NOTHING RETURNING id
                """, on: connection, logger: logger
            ) { row in try row.decode(Int64.self) }
            guard let id = inserted.first else {
                throw StoreError(.writeFailed, "\(force.name) already has a dip sample named '\(sample.name)'; choose another name")
            }
            // One statement per row, in order: strata read back by their id, as SQLite's by rowid.
            for allocation in sample.allocations {
                try await Self.execute(
                    """
                    INSERT INTO dip_sample_strata (sample_id, promise, unit, population, drawn)
                    VALUES (\(id), \(allocation.stratum.promise), \(allocation.stratum.unit), \(allocation.population), \(allocation.drawn))
                    """, on: connection, logger: logger)
            }
            for item in sample.items {
                try await Self.execute(
                    """
                    INSERT INTO dip_sample_items (sample_id, record_id, promise, unit, at, kept, notes)
                    VALUES (\(id), \(item.record.id), \(item.record.promise), \(item.record.unit), \(item.record.at.microseconds), \(item.kept), \(item.notes))
                    """, on: connection, logger: logger)
            }
        }
    }

    /// The force's dip samples with their findings, oldest first: strata in the order kept, items by stratum
    /// then record id. Three reads in one snapshot (every sample's strata and items at once, not per sample).
    public func dipSamples(force: Force) async throws -> [DipSample] {
        try await snapshot("read the dip samples of \(force.name)") { connection in
            typealias Stored = (
                id: Int64, name: String, kind: String, period: String, start: String, end: String, seed: Int64, size: Int, drawnAt: Int64
            )
            let samples = try await Self.rows(
                """
                SELECT id, name, kind, period, period_start, period_end, seed, size, drawn_at FROM dip_samples
                WHERE force_id = \(force.number) ORDER BY id
                """, on: connection, logger: logger
            ) { row -> Stored in try row.decode((Int64, String, String, String, String, String, Int64, Int, Int64).self) }
            let strata = try await Self.rows(
                """
                SELECT s.sample_id, s.promise, s.unit, s.population, s.drawn FROM dip_sample_strata s
                JOIN dip_samples d ON d.id = s.sample_id WHERE d.force_id = \(force.number) ORDER BY s.id
                """, on: connection, logger: logger
            ) { row in
                let (sample, promise, unit, population, drawn) = try row.decode((Int64, Int?, String?, Int, Int).self)
                return (sample, DipSample.Allocation(stratum: DipSample.Stratum(promise: promise, unit: unit), population: population, drawn: drawn))
            }
            let items = try await Self.rows(
                """
                SELECT i.sample_id, i.record_id, i.promise, i.unit, i.at, i.kept, i.notes FROM dip_sample_items i
                JOIN dip_samples d ON d.id = i.sample_id WHERE d.force_id = \(force.number)
                """, on: connection, logger: logger
            ) { row in
                let (sample, record, promise, unit, at, kept, notes) = try row.decode((Int64, String, Int?, String?, Int64, Bool?, String?).self)
                let frameRecord = SampleFrameRecord(id: record, promise: promise, unit: unit, at: Instant(microseconds: at))
                return (sample, DipSample.Item(record: frameRecord, kept: kept, notes: notes))
            }
            let allocationsBySample = Dictionary(grouping: strata) { $0.0 }.mapValues { $0.map { $0.1 } }
            let itemsBySample = Dictionary(grouping: items) { $0.0 }.mapValues { $0.map { $0.1 } }
            return try samples.map { stored in
                guard let kind = DipSampleKind(rawValue: stored.kind),
                    let period = Period(stored.period)
                        ?? LocalDate(stored.start).flatMap({ start in
                            LocalDate(stored.end).map { Period(start: start, end: $0, label: stored.period) }
                        })
                else {
                    // Only keepDipSample writes these, so they always read back (SQLiteStore would trap here).
                    throw StoreError(
                        .readFailed,
                        "could not read the dip samples of \(force.name): '\(stored.name)' has an unknown kind or period (\(stored.kind), \(stored.period))"
                    )
                }
                return DipSample(
                    name: stored.name, forceID: force.id, kind: kind, period: period, seed: UInt64(bitPattern: stored.seed), size: stored.size,
                    drawnAt: Instant(microseconds: stored.drawnAt), allocations: allocationsBySample[stored.id] ?? [],
                    items: (itemsBySample[stored.id] ?? []).sorted { ($0.record.stratum, $0.record.id) < ($1.record.stratum, $1.record.id) })
            }
        }
    }

    /// Replaces the findings of the sample's items named in `findings`, all or none: a record the sample does
    /// not hold, or a sample the force does not have, keeps nothing.
    public func recordFindings(force: Force, sample: String, findings: [DipSample.Finding]) async throws {
        try await write("record the findings of '\(sample)'") { connection in
            let ids = try await Self.rows(
                "SELECT id FROM dip_samples WHERE force_id = \(force.number) AND name = \(sample)", on: connection, logger: logger
            ) { row in try row.decode(Int64.self) }
            guard let id = ids.first else { throw StoreError(.writeFailed, "\(force.name) has no dip sample named '\(sample)'") }
            for finding in findings {
                // RETURNING counts the rows changed: one, or the record is not in the sample.
                let changed = try await Self.rows(
                    """
                    UPDATE dip_sample_items SET kept = \(finding.kept), notes = \(finding.notes)
                    WHERE sample_id = \(id) AND record_id = \(finding.recordID) RETURNING record_id
                    """, on: connection, logger: logger
                ) { row in try row.decode(String.self) }
                guard changed.count == 1 else { throw StoreError(.writeFailed, "'\(finding.recordID)' is not in the dip sample '\(sample)'") }
            }
        }
    }
}
