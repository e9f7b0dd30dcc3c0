import ArgumentParser
import Foundation
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeStore

/// Which store to open: the one place that knows the live store's type.
struct StoreOptions: ParsableArguments {
    /// The environment variable that names the database when --database is not given.
    static let environmentVariable = "PLEDGEWATCH_DATABASE"
    static let defaultPath = "./pledgewatch.sqlite"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file (created on first use).",
            discussion: "Default: $\(StoreOptions.environmentVariable), else \(StoreOptions.defaultPath).",
            valueName: "path"))
    var database: String?

    /// The database location, by precedence: --database, the environment, the default.
    var location: String {
        database ?? ProcessInfo.processInfo.environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
            ?? Self.defaultPath
    }

    func open() throws -> any PledgeStore {
        try SQLiteStore(path: location)
    }
}
