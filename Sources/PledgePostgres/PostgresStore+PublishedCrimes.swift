import Logging
import PledgeCore
import PledgeStore
import PostgresNIO

/// Crimes as police.uk's street-level routes publish them.
extension PostgresStore {
    /// The crimes `query` names, by number (the row id, the order they were first stored), each with its
    /// force and persistent id.
    public func publishedCrimes(_ query: PublishedCrimeQuery) async throws -> [StreetCrime] {
        let secret = crimeIDSecret
        return try await withConnection("read the published crimes") { connection in
            func crimes(_ condition: PostgresQuery) async throws -> [StreetCrime] {
                try await Self.crimes(condition, on: connection, logger: logger, secret: secret)
            }
            switch query {
            case .within(let bounds, let month):
                // crimes_by_month_latitude narrows to a band of latitude; longitude is checked on those rows.
                return try await crimes(
                    """
                    month = \(month.description) AND latitude BETWEEN \(bounds.minLatitude) AND \(bounds.maxLatitude)
                    AND longitude BETWEEN \(bounds.minLongitude) AND \(bounds.maxLongitude)
                    """)
            case .withoutLocation(let force, let month):
                // Unplaced crimes have no neighbourhood, so crimes_by_neighbourhood finds them.
                return try await crimes(
                    """
                    force_id = \(force.number) AND neighbourhood_id IS NULL AND month = \(month.description)
                    AND (latitude IS NULL OR longitude IS NULL)
                    """)
            case .persistentID(let id):
                // A published id is kept from police.uk when it has their form, so it is first looked for as a
                // stored Crime ID; any other id is an HMAC of a force's own reference, found by computing the ids
                // of the crimes whose Crime IDs are not in police.uk's form (crimes_with_local_ids: none, in
                // police.uk's files). `force_id = ANY(ARRAY(…))` makes one probe of each partition's unique
                // (force_id, crime_key) index; SQLite's `force_id IN (SELECT …)` becomes a hash join over a
                // scan of every crime here.
                guard PersistentCrimeID.isPublished(id) else { return [] }
                let kept = try await crimes("force_id = ANY(ARRAY(SELECT number FROM forces)) AND crime_key = \(id) AND crime_id = \(id)")
                if !kept.isEmpty { return kept }
                // The predicate of the partial index, to the letter, so that the planner uses it.
                let local = try await crimes("crime_id IS NOT NULL AND (char_length(crime_id) <> 64 OR crime_id ~ '[^0-9a-f]')")
                return local.filter { $0.persistentID == id }
            }
        }
    }

    /// Every month with crimes, of any force, latest first.
    public func publishedCrimeMonths() async throws -> [YearMonth] {
        // Walks down the months one index probe at a time (crimes_by_month_latitude, on every partition), not a
        // scan of every crime. Like SQLiteStore's loop, it stops at a month it cannot read.
        let query: PostgresQuery = """
            WITH RECURSIVE months(month) AS (
                SELECT max(month) FROM crimes
                UNION ALL
                SELECT (SELECT max(month) FROM crimes WHERE crimes.month < months.month) FROM months WHERE months.month IS NOT NULL
            )
            SELECT month FROM months WHERE month IS NOT NULL ORDER BY month DESC
            """
        let texts = try await rows(query, doing: "read the months with crimes") { row in try row.decode(String.self) }
        return texts.lazy.map(YearMonth.init).prefix { $0 != nil }.compactMap { $0 }
    }

    /// The crime types (as the street CSV names them) that crimes of `month`, of any force, have, by byte order.
    public func crimeTypes(month: YearMonth) async throws -> [String] {
        try await rows(
            "SELECT DISTINCT crime_type FROM crimes WHERE month = \(month.description) ORDER BY crime_type",
            doing: "read the crime types of \(month)"
        ) { row in try row.decode(String.self) }
    }

    /// The crimes meeting `condition` (a WHERE clause with its bindings), by id; crimes of a force the
    /// catalogue does not know, or with a month that cannot be read, are left out.
    private static func crimes(_ condition: PostgresQuery, on connection: PostgresConnection, logger: Logger, secret: [UInt8]) async throws
        -> [StreetCrime]
    {
        let columns = "id, force_id, crime_id, month, crime_type, location, last_outcome_category, longitude, latitude"
        let query = PostgresQuery(unsafeSQL: "SELECT \(columns) FROM crimes WHERE \(condition.sql) ORDER BY id", binds: condition.binds)
        return try await rows(query, on: connection, logger: logger) { row -> StreetCrime? in
            let (number, forceNumber, crimeID, monthText, category, location, outcome, longitude, latitude) =
                try row.decode((Int64, Int, String?, String, String, String?, String?, Double?, Double?).self)
            guard let force = ForceCatalogue.force(number: forceNumber), let month = YearMonth(monthText) else { return nil }
            let point: GeoPoint? =
                if let longitude, let latitude { GeoPoint(longitude: longitude, latitude: latitude) } else { nil }
            return StreetCrime(
                month: month, category: category, location: location, outcome: outcome, point: point, number: number, forceID: force.id,
                persistentID: PersistentCrimeID.of(crimeID: crimeID, force: force.id, secret: secret))
        }.compactMap { $0 }
    }
}
