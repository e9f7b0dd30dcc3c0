import PledgeCore

extension InMemoryStore {
    /// One file in one transaction: the body writes to a copy of the records, published only when it
    /// commits. Imports (and every other writer of the records) wait for each other. An import that rolls
    /// back or throws leaves no trace, not even in the import log, so `dataVersion()` stays where it was
    /// and the next import takes the same id, as SQLite's `imports.id` does.
    public func importFile<Result>(
        _ file: ImportFileInfo, _ body: (any ImportTransaction) throws -> (Result, ImportDecision)
    ) throws -> Result {
        try asWriter {
            let current = snapshot()
            let transaction = MemoryImportTransaction(state: current, importID: current.lastImportID + 1)
            let (result, decision) = try body(transaction)
            guard case .commit(let counts) = decision else { return result }
            var committed = transaction.finish()
            committed.log(ImportRow(id: transaction.importID, kind: file.kind, source: file.source, startedAt: file.startedAt, counts: counts))
            publish(committed)
            return result
        }
    }
}
