import GRDB

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
        return migrator
    }
}
