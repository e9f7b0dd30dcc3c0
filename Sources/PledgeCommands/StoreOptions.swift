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
            "The SQLite database file (created by the commands that write; one that only reads refuses a missing file), or a PostgreSQL server as postgres://user@host:port/database.",
            discussion: "Default: $\(StoreOptions.environmentVariable), else \(StoreOptions.defaultPath).",
            valueName: "path-or-url"))
    var database: String?

    /// The database location, by precedence: --database, the environment, the default.
    var location: String { database ?? environmentLocation ?? Self.defaultPath }

    private var environmentLocation: String? {
        ProcessInfo.processInfo.environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The location for people: a URL without its password.
    var displayLocation: String {
        PostgresLocation.isPostgres(location) ? ((try? PostgresLocation(url: location))?.description ?? location) : location
    }

    /// Where the location came from, for messages: the option, the environment or the default.
    var locationSource: String {
        if database != nil { return "--database" }
        return environmentLocation == nil ? "the default store" : "$\(Self.environmentVariable)"
    }

    /// Opens the store for a command that only reads it: a SQLite file that is not there is refused by
    /// name instead of being created empty (a mistyped --database would otherwise leave a new file behind
    /// and report on nothing). Commands that write (import, demo, migrate, assess, …) use `open()`.
    func openExisting() async throws -> any PledgeStore {
        if !PostgresLocation.isPostgres(location) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: location, isDirectory: &isFolder) else {
                throw CommandFailure(
                    "\(location) (\(locationSource)): no such store. `pledgewatch import FILE…` or `pledgewatch demo` creates one; "
                        + "--database or $\(Self.environmentVariable) names another")
            }
            guard !isFolder.boolValue else { throw CommandFailure("\(location) (\(locationSource)): a folder, not a store") }
        }
        return try await open()
    }

    /// Opens the store, creating and migrating it when needed.
    func open() async throws -> any PledgeStore {
        if PostgresLocation.isPostgres(location) {
            return try await PostgresStore.open(PostgresLocation(url: location))
        }
        return try SQLiteStore(path: location)
    }
}
