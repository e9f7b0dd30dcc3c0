import PledgeCore

/// One file's open import on the in-memory store: a private copy of the records that the store publishes
/// if the import commits. Each write does what `UpsertStatement` does in SQLite: check the row's
/// constraints, insert a new key, replace a record whose values differ, note one whose values are the
/// same, and refuse a key this import has already written.
final class MemoryImportTransaction: ImportTransaction {
    private(set) var state: RecordState
    let importID: Int64
    /// Per force, the neighbourhood ids as first asked for (SQLite's transaction keeps them the same way).
    private var neighbourhoodIDs: [Int: Set<String>] = [:]
    private var packing = CallPackingSession()

    init(state: RecordState, importID: Int64) {
        self.state = state
        self.importID = importID
    }

    /// The records with this import's work done, ready to publish.
    func finish() -> RecordState {
        packing.finish(&state.packing)
        return state
    }

    func declareCovered(force: Force, kind: RecordKind, months: [YearMonth]) throws {
        state.coveredMonths[force.number, default: [:]][kind, default: []].formUnion(months)
    }

    func upsert(_ records: [ValidatedRecord]) throws -> [Result<UpsertOutcome, RowProblem>] {
        try records.map { record in
            guard record.kind != .boundaries, record.values.count == RecordSchema.of(record.kind).fields.count else {
                throw StoreError(.writeFailed, "a \(record.kind.name) record does not have the fields of its kind; nothing from this file was kept")
            }
            return upsert(record, TableRules.of(record.kind))
        }
    }

    private func upsert(_ record: ValidatedRecord, _ rules: TableRules) -> Result<UpsertOutcome, RowProblem> {
        if let problem = rules.violation(record) { return .failure(problem) }
        let key = rules.key(of: record)
        guard let position = state[record.kind].position(of: key) else {
            guard foreignKeysHold(record, rules, includingForce: true) else { return .failure(TableRules.refused(TableRules.foreignKeyFailed)) }
            state.change(record.kind) {
                $0.append(StoredRecord(record: record, key: key, createdImport: importID, changedImport: importID, seenImport: importID))
            }
            if record.kind == .calls { packing.inserted(record, packing: state.packing) }
            return .success(.inserted)
        }
        let stored = state[record.kind].rows[position]
        guard stored.seenImport != importID else { return .success(.duplicateInFile) }
        if rules.sameData(stored.record, record) {
            state.change(record.kind) { $0.update(at: position) { $0.seenImport = importID } }
            return .success(.unchanged)
        }
        // The UPDATE sets every data column, so it checks the foreign keys those columns are part of (not
        // force_id, which is part of the key).
        guard foreignKeysHold(record, rules, includingForce: false) else { return .failure(TableRules.refused(TableRules.foreignKeyFailed)) }
        if record.kind == .calls { state.packing.callUpdated(from: stored.record, to: record) }
        state.change(record.kind) {
            $0.update(at: position) { row in
                row.record = record
                row.changedImport = importID
                row.seenImport = importID
            }
        }
        return .success(.updated)
    }

    /// Whether the record's references hold: its force, its neighbourhood, its victim.
    private func foreignKeysHold(_ record: ValidatedRecord, _ rules: TableRules, includingForce: Bool) -> Bool {
        let force = record.force.number
        if includingForce, ForceCatalogue.force(number: force) == nil { return false }
        if let field = rules.neighbourhoodReference {
            let id = StoredValue(record.values[field])
            if !id.isNull, !state[.neighbourhoods].contains(RowKey(force: force, parts: [id])) { return false }
        }
        if let (crime, victim) = rules.victimReference {
            let parts = [StoredValue(record.values[crime]), StoredValue(record.values[victim])]
            if !parts.contains(where: \.isNull), !state[.victims].contains(RowKey(force: force, parts: parts)) { return false }
        }
        return true
    }

    func upsert(_ boundary: Boundary) throws -> UpsertOutcome {
        let row = BoundaryRow(
            key: RowKey(force: boundary.force.number, parts: [StoredValue(boundary.neighbourhoodID)]), neighbourhoodID: boundary.neighbourhoodID,
            geometry: boundary.geometryJSON, minLatitude: boundary.minLatitude, maxLatitude: boundary.maxLatitude,
            minLongitude: boundary.minLongitude, maxLongitude: boundary.maxLongitude, createdImport: importID, changedImport: importID,
            seenImport: importID)
        if let problem = Self.violation(row) { throw problem }
        guard let position = state.boundaries.position(of: row.key) else {
            guard ForceCatalogue.force(number: row.key.force) != nil, state[.neighbourhoods].contains(row.key) else {
                throw TableRules.refused(TableRules.foreignKeyFailed)
            }
            state.boundaries.append(row)
            return .inserted
        }
        let stored = state.boundaries.rows[position]
        guard stored.seenImport != importID else { return .duplicateInFile }
        guard zip(stored.data, row.data).contains(where: { !$0.isSame(as: $1) }) else {
            state.boundaries.update(at: position) { $0.seenImport = importID }
            return .unchanged
        }
        state.boundaries.update(at: position) {
            $0.geometry = row.geometry
            ($0.minLatitude, $0.maxLatitude, $0.minLongitude, $0.maxLongitude) = (row.minLatitude, row.maxLatitude, row.minLongitude, row.maxLongitude)
            $0.changedImport = importID
            $0.seenImport = importID
        }
        return .updated
    }

    /// The constraint of `boundaries` a row breaks first, as SQLite words it.
    private static func violation(_ row: BoundaryRow) -> RowProblem? {
        let bounds = [
            ("min_latitude", row.minLatitude, 90.0), ("max_latitude", row.maxLatitude, 90), ("min_longitude", row.minLongitude, 180),
            ("max_longitude", row.maxLongitude, 180),
        ]
        if let (column, _, _) = bounds.first(where: { $0.1.isNaN }) { return TableRules.refused("NOT NULL constraint failed: boundaries.\(column)") }
        if !TableRules.passes(.length(1, 64), StoredValue(row.neighbourhoodID)) {
            return TableRules.refused("CHECK constraint failed: length(neighbourhood_id) BETWEEN 1 AND 64")
        }
        for (column, value, limit) in bounds where !(value >= -limit && value <= limit) {
            return TableRules.refused("CHECK constraint failed: \(column) BETWEEN -\(Int(limit)) AND \(Int(limit))")
        }
        return nil
    }

    func boundaries(of force: Force) throws -> [Boundary] { try state.boundaries.boundaries(force: force.number) }

    func placeCrimes(of force: Force, in index: BoundaryIndex) throws -> Int {
        let (longitude, latitude) = (CrimeFields.longitude, CrimeFields.latitude)
        var moved = 0
        state.change(.crimes) { table in
            // The SQLite store reads them through the crimes' unique index; each is placed on its own, so
            // the order changes nothing.
            for (position, row) in table.rows.enumerated() where row.key.force == force.number {
                guard let lon = StoredValue(row.record.values[longitude]).number, let lat = StoredValue(row.record.values[latitude]).number
                else { continue }
                let placed = index.neighbourhood(containing: GeoPoint(longitude: lon, latitude: lat))
                if placed != row.record.placement {
                    table.update(at: position) { $0.record.placement = placed }
                    moved += 1
                }
            }
        }
        return moved
    }

    func removeCrimes(notIn snapshot: Set<ForceMonth>) throws -> Int {
        let wanted = Set(snapshot.map { "\($0.force.number) \($0.month)" })
        guard !wanted.isEmpty else { return 0 }
        return state.change(.crimes) { table in
            table.removeAll { row in
                guard row.seenImport != importID, let month = StoredValue(row.record.values[CrimeFields.month]).text else { return false }
                return wanted.contains("\(row.key.force) \(month)")
            }
        }
    }

    func neighbourhoodExists(force: Force, id: String) throws -> Bool {
        if let known = neighbourhoodIDs[force.number] { return known.contains(id) }
        let known = Set(state[.neighbourhoods].rows.filter { $0.key.force == force.number }.compactMap { $0.key.parts.first?.text })
        neighbourhoodIDs[force.number] = known
        return known.contains(id)
    }

    func victimExists(force: Force, crimeRef: String, victimRef: String) throws -> Bool {
        state[.victims].contains(RowKey(force: force.number, parts: [StoredValue(crimeRef), StoredValue(victimRef)]))
    }
}
