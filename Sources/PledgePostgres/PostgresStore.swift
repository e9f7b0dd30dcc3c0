import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PledgeCore
import PledgeStore
import PostgresNIO

/// The server store: PostgreSQL through PostgresNIO, for a region or the whole country. Readers share a
/// pool of connections (`PostgresClient`); each import holds one pooled connection for its transaction and
/// loads rows through `COPY`. The schema is its own (`PostgresMigrator`), migrated on first use.
public final class PostgresStore: PledgeStore {
    public let location: PostgresLocation
    let client: PostgresClient
    /// Runs the pool; cancelled when the store is released, which closes its connections.
    private let running: Task<Void, Never>
    let logger: Logger
    /// The key of published crime ids that must not reveal a force's own references (`PersistentCrimeID`).
    let crimeIDSecret: [UInt8]

    /// Connects to the server, migrates the database when needed (unless `migrate` is false, when a database
    /// that is not up to date is refused), and opens the pool of at most `maximumConnections`.
    public static func open(_ location: PostgresLocation, migrate: Bool = true, maximumConnections: Int = 16) async throws -> PostgresStore {
        var logger = Logger(label: "pledgewatch.postgres")
        // The pool's notices (a lease asked for before its run loop has started, say) are not the user's.
        logger.logLevel = .error
        // One plain connection first: it fails fast, with the server's own reason, where a pool would retry.
        let connection = try await connect(location, logger: logger)
        let secret: [UInt8]
        do {
            if migrate {
                _ = try await PostgresMigrator.migrate(connection, logger: logger)
            } else {
                let plan = try await PostgresMigrator.plan(connection, logger: logger)
                guard plan.pending.isEmpty else {
                    throw StoreError(
                        .migrationFailed,
                        "the database \(location) needs migrations (\(plan.pending.map(\.name).joined(separator: ", "))); run pledgewatch migrate")
                }
            }
            let rows = try await connection.query("SELECT value FROM store_secrets WHERE name = 'crime_ids'", logger: logger).decode(String.self)
            var value = ""
            for try await text in rows { value = text }
            secret = Array(value.utf8)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw PostgresFailure.storeError(error, doing: "prepare the database", at: location)
        }
        return PostgresStore(location: location, maximumConnections: maximumConnections, secret: secret, logger: logger)
    }

    private init(location: PostgresLocation, maximumConnections: Int, secret: [UInt8], logger: Logger) {
        self.location = location
        self.logger = logger
        self.crimeIDSecret = secret
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password, database: location.database,
            tls: Self.tls(location.sslMode))
        configuration.options.maximumConnections = maximumConnections
        configuration.options.minimumConnections = 0
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
    }

    deinit { running.cancel() }

    /// What the migrations would do to the database at `location`, without doing it.
    public static func migrationPlan(_ location: PostgresLocation) async throws -> PostgresMigrator.Plan {
        let logger = Logger(label: "pledgewatch.postgres")
        let connection = try await connect(location, logger: logger)
        defer { Task { try? await connection.close() } }
        do {
            return try await PostgresMigrator.plan(connection, logger: logger)
        } catch {
            throw PostgresFailure.storeError(error, doing: "read the database's migrations", at: location)
        }
    }

    static func connect(_ location: PostgresLocation, logger: Logger) async throws -> PostgresConnection {
        let configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password, database: location.database,
            tls: connectionTLS(location.sslMode))
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        } catch {
            throw PostgresFailure.storeError(error, doing: "connect", at: location)
        }
    }

    private static func tls(_ mode: PostgresLocation.SSLMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }

    private static func connectionTLS(_ mode: PostgresLocation.SSLMode) -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: return .disable
        case .prefer, .require:
            guard let context = try? NIOSSLContext(configuration: .makeClientConfiguration()) else { return .disable }
            return mode == .prefer ? .prefer(context) : .require(context)
        }
    }

    /// Runs `body` on a pooled connection, turning any failure into a `StoreError` that says what could not
    /// be done.
    func withConnection<T: Sendable>(_ doing: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw PostgresFailure.storeError(error, doing: doing, at: location)
        }
    }

    /// Runs `body` in one transaction on a pooled connection: all or nothing.
    func inTransaction<T: Sendable>(_ doing: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await withConnection(doing) { connection in
            try await connection.withTransaction(logger: logger) { connection in try await body(connection) }
        }
    }
}
