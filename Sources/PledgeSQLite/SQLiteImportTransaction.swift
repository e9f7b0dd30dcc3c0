import GRDB
import GRDBSQLite
import PledgeCore
import PledgeStore

/// One file's open import transaction on SQLite.
final class SQLiteImportTransaction: ImportTransaction {
    let db: Database
    let importID: Int64
    private var upserts: [RecordKind: UpsertStatement] = [:]
    private var boundaryUpsert: UpsertStatement?
    private var neighbourhoodIDs: [Int: Set<String>] = [:]
    private var victimQuery: Statement?
    private let callPacker = ImportCallPacker()

    init(db: Database, importID: Int64) {
        self.db = db
        self.importID = importID
    }

    func upsert(_ records: [ValidatedRecord]) throws -> [Result<UpsertOutcome, RowProblem>] {
        guard let kind = records.first?.kind else { return [] }
        let statement = try upsertStatement(for: kind)
        let forceField = statement.columns.forceFieldIndex
        let columns = statement.columns
        let bind: (ValidatedRecord, inout UpsertStatement.Binder) -> Void = { record, binder in
            binder.int(Int64(record.force.number))
            for (index, value) in record.values.enumerated() where index != forceField { binder.value(value) }
            if columns.hasDerivedKey { binder.value(record.derivedKey.map(FieldValue.text) ?? .null) }
            if columns.hasPlacement { binder.value(record.placement.map(FieldValue.text) ?? .null) }
            if columns.hasLocalMonth { binder.value(record.localMonth.map { .integer(Int64($0)) } ?? .null) }
        }
        let outcomes = try statement.run(records, importID: importID, bind)
        if kind == .calls { try callPacker.record(records, outcomes: outcomes, db: db) }
        return outcomes
    }

    func declareCovered(force: Force, kind: RecordKind, months: [YearMonth]) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO covered_months VALUES (?, ?, ?, ?)")
        for month in months { try statement.execute(arguments: [force.number, kind.name, month.compact, importID]) }
    }

    /// Work to do once every row is written, before the transaction commits.
    func finish() throws {
        try callPacker.finish(db)
    }

    private func upsertStatement(for kind: RecordKind) throws -> UpsertStatement {
        if let cached = upserts[kind] { return cached }
        let statement = try UpsertStatement(db, columns: StoredColumns(schema: RecordSchema.of(kind)))
        upserts[kind] = statement
        return statement
    }

    func upsert(_ boundary: Boundary) throws -> UpsertOutcome {
        if boundaryUpsert == nil { boundaryUpsert = try UpsertStatement(db, columns: .boundaries) }
        return try boundaryUpsert!.run([boundary], importID: importID) { boundary, binder in
            binder.int(Int64(boundary.force.number))
            binder.value(.text(boundary.neighbourhoodID))
            binder.value(.text(boundary.geometryJSON))
            binder.value(.number(boundary.minLatitude))
            binder.value(.number(boundary.maxLatitude))
            binder.value(.number(boundary.minLongitude))
            binder.value(.number(boundary.maxLongitude))
        }[0].get()
    }

    func boundaries(of force: Force) throws -> [Boundary] { try SQLiteStore.boundaries(db, force: force) }

    func placeCrimes(of force: Force, in index: BoundaryIndex) throws -> Int {
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT id, longitude, latitude, neighbourhood_id FROM crimes WHERE force_id = ? AND longitude IS NOT NULL AND latitude IS NOT NULL",
            arguments: [force.number])
        let update = try db.makeStatement(sql: "UPDATE crimes SET neighbourhood_id = ? WHERE id = ?")
        var moved = 0
        for row in rows {
            let placed = index.neighbourhood(containing: GeoPoint(longitude: row[1], latitude: row[2]))
            if placed != row[3] as String? {
                try update.execute(arguments: [placed, row[0] as Int64])
                moved += 1
            }
        }
        return moved
    }

    func removeCrimes(notIn snapshot: Set<ForceMonth>) throws -> Int {
        guard !snapshot.isEmpty else { return 0 }
        // Every crime this import stored or found unchanged has its seen_import; crimes_by_month_latitude
        // finds the month's crimes.
        let delete = try db.makeStatement(sql: "DELETE FROM crimes WHERE month = ? AND force_id = ? AND seen_import != ?")
        var removed = 0
        for forceMonth in snapshot {
            try delete.execute(arguments: [forceMonth.month.description, forceMonth.force.number, importID])
            removed += db.changesCount
        }
        return removed
    }

    func neighbourhoodExists(force: Force, id: String) throws -> Bool {
        if let known = neighbourhoodIDs[force.number] { return known.contains(id) }
        let known = Set(
            try String.fetchAll(
                db, sql: "SELECT neighbourhood_id FROM neighbourhoods WHERE force_id = ?", arguments: [force.number]))
        neighbourhoodIDs[force.number] = known
        return known.contains(id)
    }

    func victimExists(force: Force, crimeRef: String, victimRef: String) throws -> Bool {
        if victimQuery == nil {
            victimQuery = try db.makeStatement(
                sql: "SELECT 1 FROM victims WHERE force_id = ? AND crime_ref = ? AND victim_ref = ?")
        }
        return try Bool.fetchOne(victimQuery!, arguments: [force.number, crimeRef, victimRef]) ?? false
    }
}
