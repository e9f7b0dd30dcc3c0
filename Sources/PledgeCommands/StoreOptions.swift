import ArgumentParser
import Foundation
import PledgeCore
import PledgeImport
import PledgePostgres
import PledgeSQLite
import PledgeStore

/// Which store to open: the one place that knows the live store's type. A `postgres://` URL opens the
/// PostgreSQL store; anything else is a SQLite file.
struct StoreOptions: ParsableArguments {
    /// The environment variable that names the database when --database is not given.
    static let environmentVariable = "PLEDGEWATCH_DATABASE"
    static let defaultPath = "./pledgewatch.sqlite"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file (created on first use), or a PostgreSQL server as postgres://user@host:port/database.",
            discussion: "Default: $\(StoreOptions.environmentVariable), else \(StoreOptions.defaultPath).",
            valueName: "path-or-url"))
    var database: String?

    /// The database location, by precedence: --database, the environment, the default.
    var location: String {
        database ?? ProcessInfo.processInfo.environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
            ?? Self.defaultPath
    }

    /// The location for people: a URL without its password.
    var displayLocation: String {
        PostgresLocation.isPostgres(location) ? ((try? PostgresLocation(url: location))?.description ?? location) : location
    }

    /// Opens the store, migrating it when needed.
    func open() async throws -> any PledgeStore {
        if PostgresLocation.isPostgres(location) {
            return try await PostgresStore.open(PostgresLocation(url: location))
        }
        return try SQLiteStore(path: location)
    }
}
