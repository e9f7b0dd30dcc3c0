import Foundation
import Logging
import PledgePostgres
import PledgeStore
import PostgresNIO

extension StoreUnderTest {
    /// The server the PostgreSQL store is tested on: `PLEDGEWATCH_TEST_POSTGRES` (a postgres:// URL of a
    /// user allowed to create databases), set by `.ci/postgres start`. Without it the PostgreSQL store is
    /// not tested (CI sets it and requires it: PLEDGEWATCH_REQUIRE_POSTGRES).
    static var postgresServer: PostgresLocation? {
        guard let url = ProcessInfo.processInfo.environment["PLEDGEWATCH_TEST_POSTGRES"], !url.isEmpty else { return nil }
        return try? PostgresLocation(url: url)
    }

    /// A new database on the test server for each store, copied from a template migrated once per run (a
    /// migration creates 150 tables and partitions; a copy takes a fraction of that), dropped on release.
    static let postgres = StoreUnderTest(description: "PostgreSQL") {
        guard let server = postgresServer else { throw StoreError(.cannotOpen, "PLEDGEWATCH_TEST_POSTGRES is not set") }
        let template = try await PostgresTemplate.shared.name(on: server)
        let name = "pw_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20))"
        try await PostgresAdmin.run("CREATE DATABASE \(name) TEMPLATE \(template)", on: server)
        let location = try PostgresLocation(url: "postgres://\(server.user)@\(server.host):\(server.port)/\(name)?sslmode=disable")
        let store = try await PostgresStore.open(location, maximumConnections: 4)
        return OpenedStore(store: store, keeps: DroppedDatabase(name: name, server: server))
    }
}

/// Drops its database when released (forcing off the released store's connections).
final class DroppedDatabase: Sendable {
    let name: String
    let server: PostgresLocation

    init(name: String, server: PostgresLocation) {
        self.name = name
        self.server = server
    }

    deinit {
        let (name, server) = (name, server)
        Task.detached { try? await PostgresAdmin.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", on: server) }
    }
}

/// The migrated template database, made once per test run.
actor PostgresTemplate {
    static let shared = PostgresTemplate()
    /// One making of the template, awaited by every test (an actor alone would let tests that arrive while
    /// the first is migrating start their own).
    private var making: Task<String, any Error>?

    func name(on server: PostgresLocation) async throws -> String {
        if let making { return try await making.value }
        let task = Task { try await Self.make(on: server) }
        making = task
        return try await task.value
    }

    private static func make(on server: PostgresLocation) async throws -> String {
        let name = "pw_template_\(ProcessInfo.processInfo.processIdentifier)"
        try await PostgresAdmin.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", on: server)
        try await PostgresAdmin.run("CREATE DATABASE \(name)", on: server)
        let location = try PostgresLocation(url: "postgres://\(server.user)@\(server.host):\(server.port)/\(name)?sslmode=disable")
        // Opening migrates it; the store's pool is released (and closed) at once.
        _ = try await PostgresStore.open(location, maximumConnections: 1)
        return name
    }
}

/// Statements run as the test user on the server's own database (or on `database`).
enum PostgresAdmin {
    static func run(_ sql: String, on server: PostgresLocation, database: String? = nil) async throws {
        _ = try await texts(sql, on: server, database: database)
    }

    /// The first column of every row `sql` returns, as text.
    static func texts(_ sql: String, on server: PostgresLocation, database: String? = nil) async throws -> [String] {
        let configuration = PostgresConnection.Configuration(
            host: server.host, port: server.port, username: server.user, password: server.password, database: database ?? server.database,
            tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Logger(label: "pledgewatch.tests"))
        var texts: [String] = []
        do {
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "pledgewatch.tests")) {
                texts.append(try row.decode(String?.self) ?? "")
            }
        } catch {
            try? await connection.close()
            // PSQLError's description hides the server's message; a test failure should show it.
            throw StoreError(.writeFailed, "\(sql): \((error as? PSQLError)?.serverInfo?[.message] ?? String(reflecting: error))")
        }
        try await connection.close()
        return texts
    }
}
