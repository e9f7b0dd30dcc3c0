import PledgeStore
import PostgresNIO

extension PostgresStore {
    /// Runs `query` on a pooled connection and maps every row, in order; failures become a `StoreError`
    /// saying what could not be `doing`.
    func rows<T: Sendable>(_ query: PostgresQuery, doing: String, _ transform: (PostgresRow) throws -> T) async throws -> [T] {
        try await withConnection(doing) { connection in try await Self.rows(query, on: connection, logger: logger, transform) }
    }

    /// Runs `query` on `connection` and maps every row, in order.
    static func rows<T>(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger, _ transform: (PostgresRow) throws -> T)
        async throws -> [T]
    {
        var result: [T] = []
        for try await row in try await connection.query(query, logger: logger) { result.append(try transform(row)) }
        return result
    }

    /// Runs a statement that returns no rows we need.
    static func execute(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger) async throws {
        for try await _ in try await connection.query(query, logger: logger) {}
    }
}
