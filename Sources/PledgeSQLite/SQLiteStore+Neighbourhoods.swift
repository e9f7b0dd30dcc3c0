import GRDB
import PledgeCore
import PledgeStore

/// The public's view of neighbourhoods: profiles, teams, engagements, priorities, updates, boundaries and
/// the crimes placed in them.
extension SQLiteStore {
    public func neighbourhoodProfiles(force: Force?) async throws -> [NeighbourhoodProfile] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT \(Self.profileColumns) FROM neighbourhoods WHERE ? IS NULL OR force_id = ? ORDER BY force_id, neighbourhood_id",
                arguments: [force?.number, force?.number]
            ).compactMap(Self.profile)
        }
    }

    public func boundaries(force: Force?) async throws -> [Boundary] {
        try await pool.read { db in try Self.boundaries(db, force: force) }
    }

    /// The stored boundaries of `force`, or of every force when nil, by force and id: for readers and for
    /// an import placing crimes.
    static func boundaries(_ db: Database, force: Force?) throws -> [Boundary] {
        try Row.fetchAll(
            db,
            sql: "SELECT force_id, neighbourhood_id, geometry FROM boundaries WHERE ? IS NULL OR force_id = ? ORDER BY force_id, neighbourhood_id",
            arguments: [force?.number, force?.number]
        ).compactMap { row in
            guard let force = ForceCatalogue.force(number: row[0]) else { return nil }
            return try Boundary(force: force, neighbourhoodID: row[1], geometryJSON: row[2])
        }
    }

    public func neighbourhoodDetail(force: Force, id: String) async throws -> NeighbourhoodDetail? {
        try await pool.read { db -> NeighbourhoodDetail? in
            let arguments: StatementArguments = [force.number, id]
            guard
                let profile = try Row.fetchOne(
                    db,
                    sql: "SELECT \(Self.profileColumns) FROM neighbourhoods WHERE force_id = ? AND neighbourhood_id = ?", arguments: arguments
                ).flatMap(Self.profile)
            else { return nil }
            let boundary = try String.fetchOne(
                db, sql: "SELECT geometry FROM boundaries WHERE force_id = ? AND neighbourhood_id = ?", arguments: arguments
            )
            .map { try Boundary(force: force, neighbourhoodID: id, geometryJSON: $0) }
            let postings = try Row.fetchAll(
                db,
                sql:
                    "SELECT officer_id, name, rank, bio, email, phone, started_on, ended_on FROM team WHERE force_id = ? AND neighbourhood_id = ? ORDER BY started_on, officer_id",
                arguments: arguments
            ).compactMap { row -> TeamPosting? in
                guard let started = LocalDate(row[6] as String) else { return nil }
                return TeamPosting(
                    officerID: row[0], name: row[1], rank: row[2], bio: row[3], email: row[4], phone: row[5], startedOn: started,
                    endedOn: (row[7] as String?).flatMap(LocalDate.init))
            }
            let engagements = try Row.fetchAll(
                db,
                sql:
                    "SELECT engagement_id, kind, starts_at, ends_at, title, address FROM engagements WHERE force_id = ? AND neighbourhood_id = ? ORDER BY starts_at, engagement_id",
                arguments: arguments
            ).map { row in
                Engagement(
                    id: row[0], kind: row[1], startsAt: Instant(microseconds: row[2]), endsAt: (row[3] as Int64?).map(Instant.init(microseconds:)),
                    title: row[4], address: row[5])
            }
            let priorities = try Row.fetchAll(
                db,
                sql:
                    "SELECT priority_id, issue, agreed_on, engagement_id, action, action_on FROM priorities WHERE force_id = ? AND neighbourhood_id = ? ORDER BY agreed_on, priority_id",
                arguments: arguments
            ).map { row in
                NeighbourhoodPriority(
                    id: row[0], issue: row[1], agreedOn: (row[2] as String?).flatMap(LocalDate.init), engagementID: row[3], action: row[4],
                    actionOn: (row[5] as String?).flatMap(LocalDate.init))
            }
            let updates = try Row.fetchAll(
                db,
                sql: """
                    SELECT update_id, month, published_on, channel, has_crime_map, has_justice_outcomes, has_partner_action, has_force_performance
                    FROM updates WHERE force_id = ? AND neighbourhood_id = ? ORDER BY month, published_on, update_id
                    """,
                arguments: arguments
            ).compactMap { row -> NeighbourhoodUpdate? in
                guard let month = YearMonth(row[1] as String), let published = LocalDate(row[2] as String) else { return nil }
                return NeighbourhoodUpdate(
                    id: row[0], month: month, publishedOn: published, channel: row[3], hasCrimeMap: row[4], hasJusticeOutcomes: row[5],
                    hasPartnerAction: row[6], hasForcePerformance: row[7])
            }
            return NeighbourhoodDetail(
                profile: profile, boundary: boundary, postings: postings, engagements: engagements, priorities: priorities, updates: updates)
        }
    }

    public func crimeMonths(force: Force, neighbourhood: String) async throws -> [YearMonth] {
        try await pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT DISTINCT month FROM crimes WHERE force_id = ? AND neighbourhood_id = ? ORDER BY month DESC",
                arguments: [force.number, neighbourhood]
            ).compactMap(YearMonth.init)
        }
    }

    public func streetCrimes(force: Force, neighbourhood: String, month: YearMonth) async throws -> [StreetCrime] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT crime_type, location, last_outcome_category, longitude, latitude FROM crimes
                    WHERE force_id = ? AND neighbourhood_id = ? AND month = ?
                    """,
                arguments: [force.number, neighbourhood, month.description]
            ).map { row in
                let point: GeoPoint? =
                    if let longitude = row[3] as Double?, let latitude = row[4] as Double? { GeoPoint(longitude: longitude, latitude: latitude) } else
                    { nil }
                return StreetCrime(month: month, category: row[0], location: row[1], outcome: row[2], point: point)
            }
        }
    }

    /// The columns `profile(_:)` reads, in its order.
    private static let profileColumns =
        "force_id, neighbourhood_id, name, lpu, area_type, base, address, postcode, phone, email, url, latitude, longitude, population, description"

    private static func profile(_ row: Row) -> NeighbourhoodProfile? {
        guard let force = ForceCatalogue.force(number: row[0]) else { return nil }
        return NeighbourhoodProfile(
            forceID: force.id, id: row[1], name: row[2], unit: row[3], urban: (row[4] as String) == "urban", base: row[5], address: row[6],
            postcode: row[7], phone: row[8], email: row[9], url: row[10], latitude: row[11], longitude: row[12], population: row[13],
            description: row[14])
    }
}
