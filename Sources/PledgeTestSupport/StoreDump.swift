import Foundation
import GRDB

/// Every table of a SQLite file, row by row in rowid order: a value that compares equal only when the
/// store holds exactly the same data (used for "a failed import leaves the store as it was").
public struct StoreDump: Equatable, Sendable, CustomStringConvertible {
    /// Table name → rows → column values in declaration order.
    public let tables: [String: [[DatabaseValue]]]
    /// The schema: every `CREATE` statement in `sqlite_master`, sorted.
    public let schema: [String]

    /// Reads the file at `path` through a read-only connection.
    ///
    /// - Parameters:
    ///   - ignoringTables: tables left out (for example `imports`, which logs every run).
    ///   - ignoringColumns: columns left out of every table (for example `seen_import`, which records the
    ///     last import that saw a row, and so changes on every re-import by design).
    public static func of(
        path: String, ignoringTables: Set<String> = [], ignoringColumns: Set<String> = []
    ) throws -> StoreDump {
        try SQLiteFile.read(path) { db in
            let schema = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY sql")
            let names = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            var tables: [String: [[DatabaseValue]]] = [:]
            // `store_secrets` holds each store's own random key (published crime ids), never the same twice.
            for name in names where !ignoringTables.contains(name) && name != "store_secrets" {
                let columns = try db.columns(in: name).map(\.name).filter { !ignoringColumns.contains($0) }
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                tables[name] = try Row.fetchAll(db, sql: "SELECT \(list) FROM \"\(name)\" ORDER BY rowid").map {
                    Array($0.databaseValues)
                }
            }
            return StoreDump(tables: tables, schema: schema)
        }
    }

    /// The number of rows in a table (0 when it is not in the dump).
    public func count(_ table: String) -> Int { tables[table]?.count ?? 0 }

    public var description: String {
        tables.keys.sorted().map { "\($0): \(tables[$0]!.count) rows" }.joined(separator: ", ")
    }
}

/// Read-only access to a store's SQLite file, to check what was written without going through the store.
public enum SQLiteFile {
    /// Runs `body` on a read-only connection to the file at `path`.
    public static func read<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        // A store just released by the code under test may still be checkpointing its WAL as it closes: wait
        // for it, as the store itself does, rather than fail with "database is locked".
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read(body)
    }

    /// The rows of a query.
    public static func rows(_ path: String, _ sql: String, _ arguments: StatementArguments = []) throws -> [Row] {
        try read(path) { try Row.fetchAll($0, sql: sql, arguments: arguments) }
    }

    /// The single value of a query (`SELECT count(*) …`), or nil when it returns no row.
    public static func value<T: DatabaseValueConvertible>(
        _ path: String, _ sql: String, _ arguments: StatementArguments = [], as type: T.Type = T.self
    ) throws -> T? {
        try read(path) { try T.fetchOne($0, sql: sql, arguments: arguments) }
    }

    /// The number of rows in `table`.
    public static func count(_ path: String, _ table: String) throws -> Int {
        try value(path, "SELECT count(*) FROM \"\(table)\"", as: Int.self) ?? 0
    }
}
