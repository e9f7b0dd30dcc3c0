import Foundation
import GRDB
import PledgeStore

/// The store's migrations, in order. Append only: a shipped migration is never edited.
enum SchemaMigrator {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(M0001Initial.name) { db in try db.execute(sql: M0001Initial.sql) }
        migrator.registerMigration(M0002ReportCache.name) { db in try db.execute(sql: M0002ReportCache.sql) }
        migrator.registerMigration(M0003PackedCalls.name) { db in try db.execute(sql: M0003PackedCalls.sql) }
        migrator.registerMigration(M0004VictimUpdatesByVictim.name) { db in try db.execute(sql: M0004VictimUpdatesByVictim.sql) }
        migrator.registerMigration(M0005AppointmentLead.name) { db in try db.execute(sql: M0005AppointmentLead.sql) }
        migrator.registerMigration(M0006Assessments.name) { db in try db.execute(sql: M0006Assessments.sql) }
        migrator.registerMigration(M0007CrimesByNeighbourhood.name) { db in try db.execute(sql: M0007CrimesByNeighbourhood.sql) }
        migrator.registerMigration(M0008PublishedCrimes.name) { db in try db.execute(sql: M0008PublishedCrimes.sql) }
        migrator.registerMigration(M0009Authority.name) { db in try db.execute(sql: M0009Authority.sql) }
        migrator.registerMigration(M0010CoveredMonths.name) { db in try db.execute(sql: M0010CoveredMonths.sql) }
        migrator.registerMigration(M0011ImportDigests.name) { db in try db.execute(sql: M0011ImportDigests.sql) }
        return migrator
    }
}

extension SQLiteStore {
    /// The migrations opening the database at `path` would apply, in order, without applying them (all of
    /// them when the file does not exist yet).
    public static func pendingMigrations(path: String) throws -> [String] {
        let all = SchemaMigrator.migrator.migrations
        guard FileManager.default.fileExists(atPath: path) else { return all }
        do {
            let queue = try DatabaseQueue(
                path: path,
                configuration: {
                    var c = Configuration(); c.readonly = true; return c
                }())
            let applied = try queue.read { try SchemaMigrator.migrator.appliedIdentifiers($0) }
            return all.filter { !applied.contains($0) }
        } catch {
            throw StoreError(.cannotOpen, "cannot read the database \(path): \(describe(error))")
        }
    }
}
