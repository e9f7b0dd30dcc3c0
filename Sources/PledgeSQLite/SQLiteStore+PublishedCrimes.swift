import GRDB
import PledgeCore
import PledgeStore

/// Crimes as police.uk's street-level routes publish them.
extension SQLiteStore {
    public func publishedCrimes(_ query: PublishedCrimeQuery) async throws -> [StreetCrime] {
        let secret = crimeIDSecret
        return try await pool.read { db in
            switch query {
            case .within(let bounds, let month):
                // crimes_by_month_latitude narrows to a band of latitude; longitude is checked on those rows.
                return try Self.crimes(
                    db, where: "month = ? AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?",
                    [month.description, bounds.minLatitude, bounds.maxLatitude, bounds.minLongitude, bounds.maxLongitude], secret: secret)
            case .withoutLocation(let force, let month):
                // Unplaced crimes have no neighbourhood, so crimes_by_neighbourhood finds them.
                return try Self.crimes(
                    db, where: "force_id = ? AND neighbourhood_id IS NULL AND month = ? AND (latitude IS NULL OR longitude IS NULL)",
                    [force.number, month.description], secret: secret)
            case .persistentID(let id):
                return try Self.crime(db, persistentID: id, secret: secret)
            }
        }
    }

    public func publishedCrimeMonths() async throws -> [YearMonth] {
        try await pool.read { db in
            // One index probe per month (crimes_by_month_latitude), not a scan of every crime.
            var months: [YearMonth] = []
            var next = try String.fetchOne(db, sql: "SELECT max(month) FROM crimes")
            while let text = next, let month = YearMonth(text) {
                months.append(month)
                next = try String.fetchOne(db, sql: "SELECT max(month) FROM crimes WHERE month < ?", arguments: [text])
            }
            return months
        }
    }

    public func crimeTypes(month: YearMonth) async throws -> [String] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT crime_type FROM crimes WHERE month = ? ORDER BY crime_type", arguments: [month.description])
        }
    }

    /// A published id is kept from police.uk when it has their form, so it is first looked for as a
    /// stored Crime ID; any other id is an HMAC of a force's own reference, found by computing the ids of
    /// the crimes whose Crime IDs are not in police.uk's form (none, in police.uk's own files).
    private static func crime(_ db: Database, persistentID: String, secret: [UInt8]) throws -> [StreetCrime] {
        guard PersistentCrimeID.isPublished(persistentID) else { return [] }
        let kept = try crimes(
            db, where: "force_id IN (SELECT number FROM forces) AND crime_key = ? AND crime_id = ?", [persistentID, persistentID], secret: secret)
        if !kept.isEmpty { return kept }
        let local = try crimes(
            db, where: M0008PublishedCrimes.localIDs, [], secret: secret)
        return local.filter { $0.persistentID == persistentID }
    }

    private static func crimes(_ db: Database, where condition: String, _ arguments: StatementArguments, secret: [UInt8]) throws -> [StreetCrime] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, force_id, crime_id, month, crime_type, location, last_outcome_category, longitude, latitude
                FROM crimes WHERE \(condition) ORDER BY id
                """,
            arguments: arguments
        ).compactMap { row in
            guard let force = ForceCatalogue.force(number: row[1]), let month = YearMonth(row[3] as String) else { return nil }
            let point: GeoPoint? =
                if let longitude = row[7] as Double?, let latitude = row[8] as Double? { GeoPoint(longitude: longitude, latitude: latitude) } else {
                    nil
                }
            return StreetCrime(
                month: month, category: row[4], location: row[5], outcome: row[6], point: point, number: row[0], forceID: force.id,
                persistentID: PersistentCrimeID.of(crimeID: row[2], force: force.id, secret: secret))
        }
    }
}
