import Logging
import PledgeCore
import PledgeStore
import PostgresNIO

/// One file's open import transaction on PostgreSQL, on the connection leased for it. The importer calls
/// it synchronously; each call waits for its statements (`Blocking`).
final class PostgresImportTransaction: ImportTransaction, @unchecked Sendable {
    let connection: PostgresConnection
    let importID: Int64
    private let logger: Logger
    private var upserts: [String: CopyUpsert] = [:]
    private var neighbourhoodIDs: [Int: Set<String>] = [:]
    /// Per force, the victims stored before this file (victims and their updates come in separate files).
    private var victimKeys: [Int: Set<VictimKey>] = [:]

    private struct VictimKey: Hashable {
        let crimeRef: String
        let victimRef: String
    }

    init(connection: PostgresConnection, importID: Int64, logger: Logger) {
        self.connection = connection
        self.importID = importID
        self.logger = logger
    }

    func upsert(_ records: [ValidatedRecord]) throws -> [Result<UpsertOutcome, RowProblem>] {
        guard let kind = records.first?.kind else { return [] }
        let upsert = self.upsert(for: StoredColumns(schema: RecordSchema.of(kind)))
        let rows = records.map(upsert.columns.values(of:))
        let importID = importID
        return try Blocking.run { try await upsert.run(rows, importID: importID) }
    }

    func upsert(_ boundary: Boundary) throws -> UpsertOutcome {
        let upsert = self.upsert(for: .boundaries)
        let row = StoredColumns.values(of: boundary)
        let importID = importID
        return try Blocking.run { try await upsert.run([row], importID: importID) }[0].get()
    }

    private func upsert(for columns: StoredColumns) -> CopyUpsert {
        if let known = upserts[columns.table] { return known }
        let upsert = CopyUpsert(columns: columns, connection: connection, logger: logger)
        upserts[columns.table] = upsert
        return upsert
    }

    func boundaries(of force: Force) throws -> [Boundary] {
        let (connection, logger) = (connection, logger)
        return try Blocking.run { try await PostgresStore.boundaries(on: connection, force: force, logger: logger) }
    }

    func placeCrimes(of force: Force, in index: BoundaryIndex) throws -> Int {
        let (connection, logger) = (connection, logger)
        return try Blocking.run {
            let crimes = try await PostgresStore.rows(
                "SELECT id, longitude, latitude, neighbourhood_id FROM crimes WHERE force_id = \(force.number) AND longitude IS NOT NULL AND latitude IS NOT NULL ORDER BY id",
                on: connection, logger: logger
            ) { try $0.decode((Int64, Double, Double, String?).self) }
            var placed: [Int64] = [], names: [String] = [], unplaced: [Int64] = []
            for (id, longitude, latitude, current) in crimes {
                let found = index.neighbourhood(containing: GeoPoint(longitude: longitude, latitude: latitude))
                guard found != current else { continue }
                if let found {
                    placed.append(id)
                    names.append(found)
                } else {
                    unplaced.append(id)
                }
            }
            if !placed.isEmpty {
                try await PostgresStore.execute(
                    """
                    UPDATE crimes c SET neighbourhood_id = p.name FROM unnest(\(placed)::bigint[], \(names)::text[]) AS p(id, name)
                    WHERE c.force_id = \(force.number) AND c.id = p.id
                    """, on: connection, logger: logger)
            }
            if !unplaced.isEmpty {
                try await PostgresStore.execute(
                    "UPDATE crimes SET neighbourhood_id = NULL WHERE force_id = \(force.number) AND id = ANY(\(unplaced))", on: connection,
                    logger: logger)
            }
            return placed.count + unplaced.count
        }
    }

    func declareCovered(force: Force, kind: RecordKind, months: [YearMonth]) throws {
        guard !months.isEmpty else { return }
        let (connection, logger, importID) = (connection, logger, importID)
        let compact = months.map { Int32($0.compact) }
        try Blocking.run {
            try await PostgresStore.execute(
                """
                INSERT INTO covered_months SELECT \(force.number), \(kind.name), m, \(importID) FROM unnest(\(compact)::integer[]) AS m
                ON CONFLICT DO NOTHING
                """, on: connection, logger: logger)
        }
    }

    func removeCrimes(notIn snapshot: Set<ForceMonth>) throws -> Int {
        let (connection, logger, importID) = (connection, logger, importID)
        return try Blocking.run {
            var removed = 0
            for forceMonth in snapshot {
                // The force as a constant: only its partition of crimes is read.
                removed +=
                    try await PostgresStore.rows(
                        """
                        WITH gone AS (
                            DELETE FROM crimes WHERE force_id = \(forceMonth.force.number) AND month = \(forceMonth.month.description)
                            AND seen_import <> \(importID) RETURNING 1
                        ) SELECT count(*) FROM gone
                        """, on: connection, logger: logger
                    ) { try $0.decode(Int64.self) }.first.map(Int.init) ?? 0
            }
            return removed
        }
    }

    func neighbourhoodExists(force: Force, id: String) throws -> Bool {
        if let known = neighbourhoodIDs[force.number] { return known.contains(id) }
        let (connection, logger) = (connection, logger)
        let known = Set(
            try Blocking.run {
                try await PostgresStore.rows(
                    "SELECT neighbourhood_id FROM neighbourhoods WHERE force_id = \(force.number)", on: connection, logger: logger
                ) { try $0.decode(String.self) }
            })
        neighbourhoodIDs[force.number] = known
        return known.contains(id)
    }

    func victimExists(force: Force, crimeRef: String, victimRef: String) throws -> Bool {
        if let known = victimKeys[force.number] { return known.contains(VictimKey(crimeRef: crimeRef, victimRef: victimRef)) }
        // Read once per force: asking the server row by row would cost a round trip per update.
        let (connection, logger) = (connection, logger)
        let known = Set(
            try Blocking.run {
                try await PostgresStore.rows(
                    "SELECT crime_ref, victim_ref FROM victims WHERE force_id = \(force.number)", on: connection, logger: logger
                ) { row in
                    let (crime, victim) = try row.decode((String, String).self)
                    return VictimKey(crimeRef: crime, victimRef: victim)
                }
            })
        victimKeys[force.number] = known
        return known.contains(VictimKey(crimeRef: crimeRef, victimRef: victimRef))
    }
}
