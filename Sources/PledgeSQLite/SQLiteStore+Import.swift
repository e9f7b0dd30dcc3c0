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
                        sql: "INSERT INTO imports (kind, source, started_at) VALUES (?, ?, ?)",
                        arguments: [file.kind.name, file.source, file.startedAt.microseconds])
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
}
