import ArgumentParser
import PledgePostgres
import PledgeSQLite

/// `pledgewatch migrate [--dry-run]`
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the store's schema up to date (every command also does so on first use).",
        discussion: """
            Migrations are append only and run in order, each in its own transaction. --dry-run prints the \
            migrations that would run (for PostgreSQL, with their SQL) and changes nothing: read it before \
            migrating a production database, or hand it to whoever owns the database.
            """)

    @Flag(help: "Print what would be done, and do nothing.")
    var dryRun = false

    @OptionGroup var store: StoreOptions

    func run() async throws {
        if PostgresLocation.isPostgres(store.location) {
            let location = try PostgresLocation(url: store.location)
            let plan = try await PostgresStore.migrationPlan(location)
            print("\(location): \(plan.applied.count) migrations applied, \(plan.pending.count) pending")
            guard dryRun else {
                if !plan.pending.isEmpty { _ = try await PostgresStore.open(location) }
                for migration in plan.pending { print("applied \(migration.name)") }
                return
            }
            for migration in plan.pending {
                print("-- would apply \(migration.name)")
                print(migration.sql)
            }
            return
        }
        let pending = try SQLiteStore.pendingMigrations(path: store.location)
        print("\(store.location): \(pending.count) migrations pending")
        guard dryRun else {
            _ = try SQLiteStore(path: store.location)
            for name in pending { print("applied \(name)") }
            return
        }
        for name in pending { print("-- would apply \(name)") }
    }
}
