import Logging
import PledgeStore
import PostgresNIO

/// The PostgreSQL store's own migrations, append only: a shipped migration is never edited. Applied ones
/// are listed in `pledgewatch_migrations`; each pending one runs in its own transaction, under an advisory
/// lock so that two processes opening a new database at once do not both migrate it.
public enum PostgresMigrator {
    /// Every migration, in order.
    static let all: [(name: String, sql: String)] = [
        (P0001Initial.name, P0001Initial.sql), (P0002ForceChecks.name, P0002ForceChecks.sql), (P0003CoveredMonths.name, P0003CoveredMonths.sql),
        (P0004ImportDigests.name, P0004ImportDigests.sql),
    ]

    /// What opening the database would do: the migrations not yet applied, in order.
    public struct Plan: Sendable {
        public let applied: [String]
        public let pending: [(name: String, sql: String)]
    }

    /// An arbitrary fixed key for `pg_advisory_lock`, so that migrations never run twice at once.
    static let lockKey: Int64 = 0x5057_4D49_4752  // "PWMIGR"

    /// Reads which migrations the database has, refusing one written by a newer Pledgewatch.
    static func plan(_ connection: PostgresConnection, logger: Logger) async throws -> Plan {
        let exists = try await connection.query("SELECT to_regclass('pledgewatch_migrations') IS NOT NULL", logger: logger)
            .decode(Bool.self).reduce(false) { $0 || $1 }
        var applied: [String] = []
        if exists {
            for try await name in try await connection.query("SELECT name FROM pledgewatch_migrations ORDER BY name", logger: logger)
                .decode(String.self)
            {
                applied.append(name)
            }
        }
        let known = Set(all.map(\.name))
        if let unknown = applied.first(where: { !known.contains($0) }) {
            throw StoreError(.migrationFailed, "the database was written by a newer Pledgewatch (it has migration \(unknown)); upgrade to use it")
        }
        return Plan(applied: applied, pending: all.filter { !applied.contains($0.name) })
    }

    /// What applying `migration` runs, in one transaction: its statements one by one (PostgresNIO sends one
    /// statement per query, the extended protocol), then its name into `pledgewatch_migrations`.
    static func statements(of migration: (name: String, sql: String)) -> [String] {
        ["CREATE TABLE IF NOT EXISTS pledgewatch_migrations (name text COLLATE \"C\" PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"]
            + SQLStatements.split(migration.sql) + ["INSERT INTO pledgewatch_migrations (name) VALUES ('\(migration.name)')"]
    }

    /// Applies every pending migration; returns the names applied.
    static func migrate(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        _ = try await connection.query("SELECT pg_advisory_lock(\(lockKey))", logger: logger)
        do {
            let plan = try await plan(connection, logger: logger)
            for migration in plan.pending {
                try await PostgresStore.execute("BEGIN", on: connection, logger: logger)
                do {
                    for statement in statements(of: migration) {
                        try await PostgresStore.execute(PostgresQuery(unsafeSQL: statement), on: connection, logger: logger)
                    }
                    try await PostgresStore.execute("COMMIT", on: connection, logger: logger)
                } catch {
                    try? await PostgresStore.execute("ROLLBACK", on: connection, logger: logger)
                    throw error
                }
            }
            _ = try await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
            return plan.pending.map(\.name)
        } catch {
            _ = try? await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
            throw error
        }
    }
}
