import NIOCore
import PledgeCore
import PledgeStore
import PostgresNIO

/// Rendered reports kept for repeat requests, stamped with the data version they were computed from.
extension PostgresStore {
    /// A rendered report kept for `request`, if it was computed from `dataVersion`.
    public func cachedReport(force: Force, request: String, dataVersion: Int64) async throws -> [UInt8]? {
        try await rows(
            "SELECT body FROM report_cache WHERE force_id = \(force.number) AND request = \(request) AND data_version = \(dataVersion)",
            doing: "read the kept report"
        ) { row in Array(try row.decode(ByteBuffer.self).readableBytesView) }.first
    }

    /// Keeps a rendered report for repeat requests, replacing any kept for the same request (one statement:
    /// concurrent keepers of one request do not fail, the last one wins, as with SQLite's INSERT OR REPLACE).
    public func keepReport(force: Force, request: String, dataVersion: Int64, body: [UInt8]) async throws {
        try await write("keep the report") { connection in
            try await Self.execute(
                """
                INSERT INTO report_cache (force_id, request, data_version, body)
                VALUES (\(force.number), \(request), \(dataVersion), \(ByteBuffer(bytes: body)))
                ON CONFLICT (force_id, request) DO UPDATE SET data_version = EXCLUDED.data_version, body = EXCLUDED.body
                """, on: connection, logger: logger)
        }
    }
}
