import Foundation
import Logging
import PledgeCore
import PledgeStore
import PostgresNIO

extension PostgresStore {
    /// One neighbourhood with its boundary, every team posting, engagement, priority and monthly update;
    /// nil when the force has no such neighbourhood. The six reads share one snapshot, as in SQLiteStore.
    public func neighbourhoodDetail(force: Force, id: String) async throws -> NeighbourhoodDetail? {
        try await snapshot("read the neighbourhood \(id) of \(force.name)") { connection -> NeighbourhoodDetail? in
            func read<T>(_ query: PostgresQuery, _ transform: (PostgresRow) throws -> T) async throws -> [T] {
                try await Self.rows(query, on: connection, logger: logger, transform)
            }
            let profiles = try await read(
                "SELECT \(unescaped: Self.profileColumns) FROM neighbourhoods WHERE force_id = \(force.number) AND neighbourhood_id = \(id)",
                Self.profile)
            guard let profile = profiles.first ?? nil else { return nil }
            // The text is read first and the boundary made from it out here: `Boundary.init` throws a typed
            // RowProblem, and inside the row closure it crashed the release build's optimiser (Swift 6.3.1,
            // signal 11 while splitting the coroutine).
            let geometry = try await read("SELECT geometry FROM boundaries WHERE force_id = \(force.number) AND neighbourhood_id = \(id)") { row in
                try row.decode(String.self)
            }.first
            let boundary = try geometry.map { try Boundary(force: force, neighbourhoodID: id, geometryJSON: $0) }
            let postings = try await read(
                """
                SELECT officer_id, name, rank, bio, email, phone, started_on, ended_on FROM team
                WHERE force_id = \(force.number) AND neighbourhood_id = \(id) ORDER BY started_on, officer_id
                """
            ) { row in
                let (officer, name, rank, bio, email, phone, started, ended) =
                    try row.decode((String, String, String, String?, String?, String?, Date, Date?).self)
                return TeamPosting(
                    officerID: officer, name: name, rank: rank, bio: bio, email: email, phone: phone, startedOn: LocalDate(postgres: started),
                    endedOn: ended.map(LocalDate.init(postgres:)))
            }
            let engagements = try await read(
                """
                SELECT engagement_id, kind, starts_at, ends_at, title, address FROM engagements
                WHERE force_id = \(force.number) AND neighbourhood_id = \(id) ORDER BY starts_at, engagement_id
                """
            ) { row in
                let (engagement, kind, starts, ends, title, address) = try row.decode((String, String, Int64, Int64?, String?, String?).self)
                return Engagement(
                    id: engagement, kind: kind, startsAt: Instant(microseconds: starts), endsAt: ends.map(Instant.init(microseconds:)), title: title,
                    address: address)
            }
            // SQLite sorts a missing agreed_on (NULL) first; PostgreSQL would put it last.
            let priorities = try await read(
                """
                SELECT priority_id, issue, agreed_on, engagement_id, action, action_on FROM priorities
                WHERE force_id = \(force.number) AND neighbourhood_id = \(id) ORDER BY agreed_on NULLS FIRST, priority_id
                """
            ) { row in
                let (priority, issue, agreed, engagement, action, actionOn) = try row.decode((String, String, Date?, String?, String?, Date?).self)
                return NeighbourhoodPriority(
                    id: priority, issue: issue, agreedOn: agreed.map(LocalDate.init(postgres:)), engagementID: engagement, action: action,
                    actionOn: actionOn.map(LocalDate.init(postgres:)))
            }
            let updates = try await read(
                """
                SELECT update_id, month, published_on, channel, has_crime_map, has_justice_outcomes, has_partner_action, has_force_performance
                FROM updates WHERE force_id = \(force.number) AND neighbourhood_id = \(id) ORDER BY month, published_on, update_id
                """
            ) { row -> NeighbourhoodUpdate? in
                let (update, month, published, channel, crimeMap, justice, partners, performance) =
                    try row.decode((String, String, Date, String?, Bool?, Bool?, Bool?, Bool?).self)
                guard let month = YearMonth(month) else { return nil }
                return NeighbourhoodUpdate(
                    id: update, month: month, publishedOn: LocalDate(postgres: published), channel: channel, hasCrimeMap: crimeMap,
                    hasJusticeOutcomes: justice, hasPartnerAction: partners, hasForcePerformance: performance)
            }.compactMap { $0 }
            return NeighbourhoodDetail(
                profile: profile, boundary: boundary, postings: postings, engagements: engagements, priorities: priorities, updates: updates)
        }
    }
}
