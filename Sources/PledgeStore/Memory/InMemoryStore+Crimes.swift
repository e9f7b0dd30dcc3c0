import PledgeCore

/// Crimes as police.uk's street-level routes publish them, as `SQLiteStore+PublishedCrimes.swift` gives
/// them: each with its number (the row's id, as SQLite's rowid) and persistent id.
extension InMemoryStore {
    public func publishedCrimes(_ query: PublishedCrimeQuery) async throws -> [StreetCrime] {
        let crimes = snapshot()[.crimes]
        func value(_ row: StoredRecord, _ field: Int) -> StoredValue { StoredValue(row.record.values[field]) }
        switch query {
        case .within(let bounds, let month):
            let monthText = StoredValue(month.description)
            return published(crimes) { row in
                guard value(row, CrimeFields.month) == monthText, let latitude = value(row, CrimeFields.latitude).number,
                    let longitude = value(row, CrimeFields.longitude).number
                else { return false }
                return latitude >= bounds.minLatitude && latitude <= bounds.maxLatitude && longitude >= bounds.minLongitude
                    && longitude <= bounds.maxLongitude
            }
        case .withoutLocation(let force, let month):
            let monthText = StoredValue(month.description)
            return published(crimes) { row in
                row.key.force == force.number && row.record.placement == nil && value(row, CrimeFields.month) == monthText
                    && (value(row, CrimeFields.latitude).isNull || value(row, CrimeFields.longitude).isNull)
            }
        case .persistentID(let id):
            // A published id is first looked for as a stored Crime ID in police.uk's form; any other is an
            // HMAC of a force's own reference, found among the crimes whose Crime IDs are not in that form.
            guard PersistentCrimeID.isPublished(id) else { return [] }
            let wanted = StoredValue(id)
            let kept = published(crimes) { row in StoredValue(row.record.derivedKey) == wanted && value(row, CrimeFields.crimeID) == wanted }
            if !kept.isEmpty { return kept }
            return published(crimes) { row in
                guard let crimeID = value(row, CrimeFields.crimeID).text else { return false }
                return !Self.isPoliceUKForm(crimeID)
            }.filter { $0.persistentID == id }
        }
    }

    /// `length(crime_id) = 64` and no character outside `0-9a-f` (migration 0008's `localIDs`, negated).
    private static func isPoliceUKForm(_ crimeID: String) -> Bool {
        SideConstraint.length(crimeID) == 64 && crimeID.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }

    /// The crimes `condition` keeps, by id.
    private func published(_ table: MemoryTable, where condition: (StoredRecord) -> Bool) -> [StreetCrime] {
        table.rows.indices.compactMap { position in
            let row = table.rows[position]
            guard condition(row), let force = ForceCatalogue.force(number: row.key.force) else { return nil }
            let fields = StoredFields(row.record)
            guard let month = fields.month("Month") else { return nil }
            return StreetCrime(
                month: month, category: fields.text("Crime type")!, location: fields.text("Location"), outcome: fields.text("Last outcome category"),
                point: fields.point, number: table.ids[position], forceID: force.id,
                persistentID: PersistentCrimeID.of(crimeID: fields.text("Crime ID"), force: force.id, secret: crimeIDSecret))
        }
    }

    public func publishedCrimeMonths() async throws -> [YearMonth] {
        let months = Set(snapshot()[.crimes].rows.map { StoredValue($0.record.values[CrimeFields.month]) }.filter { !$0.isNull })
        // Latest first, stopping at the first text that is not a month, as SQLite's walk down the months does.
        var result: [YearMonth] = []
        for month in months.sorted(by: { StoredValue.compare($0, $1) > 0 }) {
            guard let parsed = month.text.flatMap(YearMonth.init) else { break }
            result.append(parsed)
        }
        return result
    }

    public func crimeTypes(month: YearMonth) async throws -> [String] {
        let monthText = StoredValue(month.description)
        let types = Set(
            snapshot()[.crimes].rows.filter { StoredValue($0.record.values[CrimeFields.month]) == monthText }
                .map { StoredValue($0.record.values[CrimeFields.crimeType]) })
        return types.sorted { StoredValue.compare($0, $1) < 0 }.compactMap(\.text)
    }
}
