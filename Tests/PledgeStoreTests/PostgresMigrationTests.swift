import Foundation
import PledgeStore
import Testing

@testable import PledgePostgres

/// The PostgreSQL store's migrations on a real server (PLEDGEWATCH_TEST_POSTGRES): a database left at an
/// earlier migration is brought up to date when a store opens it, and the rules the later migrations
/// change still hold.
@Suite("PostgreSQL migrations", .enabled(if: StoreUnderTest.postgresServer != nil))
struct PostgresMigrationTests {
    /// A new empty database on the test server, dropped when the returned value is released.
    static func database() async throws -> (name: String, server: PostgresLocation, keeps: DroppedDatabase) {
        let server = try #require(StoreUnderTest.postgresServer)
        let name = "pw_migrate_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20))"
        try await PostgresAdmin.run("CREATE DATABASE \(name)", on: server)
        return (name, server, DroppedDatabase(name: name, server: server))
    }

    @Test("a database at migration 0001 is brought to 0002 on opening: force checks instead of foreign keys, still refusing other forces")
    func upgradeFromFirst() async throws {
        let (name, server, keeps) = try await Self.database()
        // Migration 0001 only, as the first release of the store left it.
        let first = PostgresMigrator.all[0]
        #expect(first.name == P0001Initial.name)
        for statement in PostgresMigrator.statements(of: first) { try await PostgresAdmin.run(statement, on: server, database: name) }
        let keysBefore = try await PostgresAdmin.texts(
            "SELECT conname::text FROM pg_constraint WHERE confrelid = 'forces'::regclass AND conparentid = 0", on: server, database: name)
        #expect(keysBefore.contains("calls_force_id_fkey") && keysBefore.contains("team_force_id_fkey"))

        let location = try PostgresLocation(url: "postgres://\(server.user)@\(server.host):\(server.port)/\(name)?sslmode=disable")
        _ = try await PostgresStore.open(location, maximumConnections: 1)

        let applied = try await PostgresAdmin.texts("SELECT name::text FROM pledgewatch_migrations ORDER BY name", on: server, database: name)
        #expect(applied == PostgresMigrator.all.map(\.name))
        let keysAfter = Set(
            try await PostgresAdmin.texts(
                "SELECT conname::text FROM pg_constraint WHERE confrelid = 'forces'::regclass AND conparentid = 0", on: server, database: name))
        // The Police Authority's, the assessments' and the report cache's keys stay; the records' are gone. (The
        // months declared covered, migration 0003, keep theirs: a few rows per force and kind.)
        #expect(
            keysAfter == [
                "assessments_force_id_fkey", "dip_samples_force_id_fkey", "monitoring_plans_force_id_fkey", "report_cache_force_id_fkey",
                "covered_months_force_id_fkey",
            ])
        let checks = try await PostgresAdmin.texts(
            "SELECT conname::text FROM pg_constraint WHERE contype = 'c' AND conname LIKE '%_force_in_catalogue'", on: server, database: name)
        #expect(checks.count == 14)

        // A force outside the catalogue is still refused: by the check, and by the partitions' bounds.
        let unknownForce = try await Self.failure(
            "INSERT INTO neighbourhoods (force_id, neighbourhood_id, name, area_type, created_import, changed_import, seen_import) "
                + "VALUES (44, 'N1', 'Nowhere', 'urban', 1, 1, 1)",
            on: server, database: name)
        #expect(unknownForce.contains("neighbourhoods_force_in_catalogue"), "\(unknownForce)")
        let unpartitioned = try await Self.failure(
            "INSERT INTO calls (force_id, call_id, line, received_at, created_import, changed_import, seen_import) VALUES (44, 'C1', '999', 0, 1, 1, 1)",
            on: server, database: name)
        #expect(unpartitioned.contains("no partition"), "\(unpartitioned)")
        // And a catalogue force's row still goes in.
        try await PostgresAdmin.run(
            "INSERT INTO neighbourhoods (force_id, neighbourhood_id, name, area_type, created_import, changed_import, seen_import) "
                + "VALUES (43, 'N1', 'Somewhere', 'urban', 1, 1, 1)",
            on: server, database: name)
        withExtendedLifetime(keeps) {}
    }

    /// The message of the error `sql` fails with ("" when it does not fail).
    static func failure(_ sql: String, on server: PostgresLocation, database: String) async throws -> String {
        do {
            try await PostgresAdmin.run(sql, on: server, database: database)
            return ""
        } catch let error as StoreError {
            return "\(error)"
        }
    }
}
