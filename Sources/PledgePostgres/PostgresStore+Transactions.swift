import PledgeStore
import PostgresNIO

extension PostgresStore {
    /// Runs `body` in one transaction on a pooled connection, all or nothing, failing as SQLiteStore's writes
    /// fail: a `StoreError` thrown by `body` as it is, any other failure as `.writeFailed` with what could not
    /// be done, why, and that nothing was kept. (`inTransaction` reports every failure as a read's.)
    func write<T: Sendable>(_ what: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in
                try await connection.withTransaction(logger: logger) { connection in try await body(connection) }
            }
        } catch {
            let cause = PostgresFailure.underlying(error)
            if let cause = cause as? StoreError { throw cause }
            throw StoreError(.writeFailed, "could not \(what) at \(location): \(PostgresFailure.reason(cause, location)); nothing was kept")
        }
    }

    /// Runs the reads of `body` on one pooled connection in a read-only REPEATABLE READ transaction, so that
    /// they all see one committed state, as SQLiteStore's reads of one method do, even while an import commits.
    func snapshot<T: Sendable>(_ doing: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await inTransaction(doing) { connection in
            try await Self.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", on: connection, logger: logger)
            return try await body(connection)
        }
    }
}
