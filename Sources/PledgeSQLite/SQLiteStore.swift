import Foundation
import GRDB
import PledgeCore
import PledgeStore

/// The embedded store: one SQLite file (WAL mode), created and migrated on first use.
public final class SQLiteStore: PledgeStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    /// The key of published crime ids that must not reveal a force's own references (`PersistentCrimeID`).
    let crimeIDSecret: [UInt8]

    /// Opens (creating and migrating when needed) the database at `path`.
    public convenience init(path: String) throws {
        try self.init(path: path, prepareConnection: nil)
    }

    /// Opens the database, running `prepareConnection` on every connection after the store's own settings
    /// (tests use it to make writes fail part-way).
    package init(path: String, prepareConnection: (@Sendable (Database) throws -> Void)?) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process's connection (a server reading while an import writes, or a store closing just
        // before, whose last connection checkpoints the WAL) holds a lock for moments: wait for it.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // NORMAL is durable across application crashes in WAL mode; a power cut may lose the last
            // committed import, never corrupt the file. The cache bounds import memory (64 MiB).
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY")
            try prepareConnection?(db)
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder) else {
            throw StoreError(.cannotOpen, "cannot open the database \(path): the folder \(folder) does not exist")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(.cannotOpen, "cannot open the database \(path): \(Self.describe(error))")
        }
        do {
            let migrator = SchemaMigrator.migrator
            if try pool.read(migrator.hasBeenSuperseded) {
                throw StoreError(.migrationFailed, "the database \(path) was written by a newer Pledgewatch; upgrade to use it")
            }
            try migrator.migrate(pool)
            // The 64 hex characters themselves are the key: 256 random bits.
            crimeIDSecret = Array(
                try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM store_secrets WHERE name = 'crime_ids'") ?? "" }.utf8)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.migrationFailed, "cannot prepare the database \(path): \(Self.describe(error))")
        }
    }

    public func forces() async throws -> [Force] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT number, id, name, time_zone FROM forces ORDER BY id").map {
                Force(id: $0["id"], name: $0["name"], number: $0["number"], timeZone: $0["time_zone"])
            }
        }
    }

    public func status() async throws -> StoreStatus {
        let holdings = try await pool.read { db in try RecordKind.allCases.flatMap { try Self.holdings(of: $0, db) } }
        return StoreStatus(
            holdings: holdings.sorted { ($0.force.id, $0.kind) < ($1.force.id, $1.kind) }, location: path)
    }

    private static func holdings(of kind: RecordKind, _ db: Database) throws -> [StoreStatus.Holding] {
        let schema = RecordSchema.of(kind)
        let timeColumn = schema.monthField.flatMap { schema.fields[schema.index(of: $0)!].column }
        let span = timeColumn.map { "min(\"\($0)\"), max(\"\($0)\")" } ?? "NULL, NULL"
        let rows = try Row.fetchAll(db, sql: "SELECT force_id, count(*), \(span) FROM \(schema.table) GROUP BY force_id")
        return rows.compactMap { row in
            guard let force = ForceCatalogue.force(number: row[0]) else { return nil }
            let zone = ZoneRulesCache.rules(for: force.timeZone)
            func render(_ value: DatabaseValue) -> String? {
                switch value.storage {
                case .int64(let micros):
                    return zone.map { $0.localDate(of: Instant(microseconds: micros)).description }
                case .string(let text): return text
                default: return nil
                }
            }
            return StoreStatus.Holding(
                force: force, kind: kind, count: row[1], first: render(row[2]), last: render(row[3]))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
