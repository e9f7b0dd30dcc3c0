import Foundation
import Logging
import PledgeCore
import PledgeStore
import PostgresNIO

/// The public's view of neighbourhoods: profiles, teams, engagements, priorities, updates, boundaries and
/// the crimes placed in them. Orders are SQLiteStore's: every text column sorts by byte (COLLATE "C").
extension PostgresStore {
    /// The neighbourhoods of `force`, or of every force when nil, by force and id.
    public func neighbourhoodProfiles(force: Force?) async throws -> [NeighbourhoodProfile] {
        // PostgresNIO binds nil with no type, which `$1 IS NULL` alone cannot infer: the cast names it.
        let query: PostgresQuery = """
            SELECT \(unescaped: Self.profileColumns) FROM neighbourhoods
            WHERE \(force?.number)::integer IS NULL OR force_id = \(force?.number) ORDER BY force_id, neighbourhood_id
            """
        return try await rows(query, doing: "read the neighbourhoods", Self.profile).compactMap { $0 }
    }

    /// The boundaries of `force`, or of every force when nil, by force and id.
    public func boundaries(force: Force?) async throws -> [Boundary] {
        try await withConnection("read the boundaries") { connection in try await Self.boundaries(on: connection, force: force, logger: logger) }
    }

    /// The stored boundaries of `force`, or of every force when nil, by force and id, read on `connection`:
    /// for readers and for an import placing crimes (inside its transaction). A stored geometry that is not
    /// GeoJSON throws its `RowProblem`.
    static func boundaries(on connection: PostgresConnection, force: Force?, logger: Logger) async throws -> [Boundary] {
        let query: PostgresQuery = """
            SELECT force_id, neighbourhood_id, geometry FROM boundaries
            WHERE \(force?.number)::integer IS NULL OR force_id = \(force?.number) ORDER BY force_id, neighbourhood_id
            """
        return try await rows(query, on: connection, logger: logger) { row -> Boundary? in
            let (number, id, geometry) = try row.decode((Int, String, String).self)
            guard let force = ForceCatalogue.force(number: number) else { return nil }
            return try Boundary(force: force, neighbourhoodID: id, geometryJSON: geometry)
        }.compactMap { $0 }
    }

    /// The months with crimes placed in the neighbourhood, latest first.
    public func crimeMonths(force: Force, neighbourhood: String) async throws -> [YearMonth] {
        let query: PostgresQuery = """
            SELECT DISTINCT month FROM crimes WHERE force_id = \(force.number) AND neighbourhood_id = \(neighbourhood) ORDER BY month DESC
            """
        return try await rows(query, doing: "read the crime months of \(neighbourhood)") { row in YearMonth(try row.decode(String.self)) }
            .compactMap { $0 }
    }

    /// The crimes placed in the neighbourhood in `month`, in the order they were first stored (SQLite reads
    /// them through crimes_by_neighbourhood, whose equal keys come in rowid order).
    public func streetCrimes(force: Force, neighbourhood: String, month: YearMonth) async throws -> [StreetCrime] {
        let query: PostgresQuery = """
            SELECT crime_type, location, last_outcome_category, longitude, latitude FROM crimes
            WHERE force_id = \(force.number) AND neighbourhood_id = \(neighbourhood) AND month = \(month.description) ORDER BY id
            """
        return try await rows(query, doing: "read the crimes of \(neighbourhood) in \(month)") { row in
            let (category, location, outcome, longitude, latitude) = try row.decode((String, String?, String?, Double?, Double?).self)
            let point: GeoPoint? =
                if let longitude, let latitude { GeoPoint(longitude: longitude, latitude: latitude) } else { nil }
            return StreetCrime(month: month, category: category, location: location, outcome: outcome, point: point)
        }
    }

    /// The columns `profile(_:)` reads, in its order.
    static let profileColumns =
        "force_id, neighbourhood_id, name, lpu, area_type, base, address, postcode, phone, email, url, latitude, longitude, population, description"

    /// A neighbourhood from a row of `profileColumns`; nil for a force the catalogue does not know.
    static func profile(_ row: PostgresRow) throws -> NeighbourhoodProfile? {
        let (number, id, name, unit, areaType, base, address, postcode, phone, email, url, latitude, longitude, population, description) =
            try row.decode(
                (Int, String, String, String?, String, String?, String?, String?, String?, String?, String?, Double?, Double?, Int?, String?).self)
        guard let force = ForceCatalogue.force(number: number) else { return nil }
        return NeighbourhoodProfile(
            forceID: force.id, id: id, name: name, unit: unit, urban: areaType == "urban", base: base, address: address, postcode: postcode,
            phone: phone, email: email, url: url, latitude: latitude, longitude: longitude, population: population, description: description)
    }
}
