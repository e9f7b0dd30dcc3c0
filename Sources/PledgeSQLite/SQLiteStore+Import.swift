import GRDB
import PledgeCore
import PledgeStore

extension SQLiteStore {
    public func importFile<Result>(
        _ file: ImportFileInfo, _ body: (any ImportTransaction) throws -> (Result, ImportDecision)
    ) throws -> Result {
        var outcome: Result?
        do {
            try pool.writeWithoutTransaction { db in
                // IMMEDIATE takes the write lock at once, so a concurrent writer fails fast, not midway.
                try db.inTransaction(.immediate) {
                    try db.execute(
                        sql: "INSERT INTO imports (kind, source, started_at, content_sha256) VALUES (?, ?, ?, ?)",
                        arguments: [file.kind.name, file.source, file.startedAt.microseconds, file.digest])
                    let transaction = SQLiteImportTransaction(db: db, importID: db.lastInsertedRowID)
                    let (result, decision) = try body(transaction)
                    outcome = result
                    guard case .commit(let counts) = decision else { return .rollback }
                    try transaction.finish()
                    try db.execute(
                        sql: "UPDATE imports SET inserted = ?, updated = ?, unchanged = ?, rejected = ? WHERE id = ?",
                        arguments: [counts.inserted, counts.updated, counts.unchanged, counts.rejected, transaction.importID])
                    return .commit
                }
            }
        } catch let error as DatabaseError {
            throw StoreError(.writeFailed, "could not write to \(path): \(Self.describe(error)); nothing from this file was kept")
        }
        return outcome!
    }

    public func currentImport(digest: String) throws -> PriorImport? {
        try pool.read { db in
            // The latest committed import of these bytes (an import that changed nothing was rolled back, so
            // the one that stored the rows is the latest), if it rejected nothing.
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT id, kind, started_at, inserted + updated + unchanged AS stored FROM imports
                        WHERE content_sha256 = ? AND rejected = 0 ORDER BY id DESC LIMIT 1
                        """,
                    arguments: [digest]),
                let kind = RecordKind(name: row["kind"]), let id: Int64 = row["id"], let stored: Int = row["stored"]
            else { return nil }
            // Still as it left them: every one of its rows last seen by it (a later import that saw, changed
            // or removed any of them moved or took away its seen_import).
            let held = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(kind.name) WHERE seen_import = ?", arguments: [id]) ?? 0
            guard held == stored else { return nil }
            return PriorImport(id: id, kind: kind, startedAt: Instant(microseconds: row["started_at"]), rows: stored)
        }
    }
}
