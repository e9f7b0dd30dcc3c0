import Foundation
import GRDB
import PledgeCore
import PledgeStore

extension SQLiteStore {
    public func dataVersion() async throws -> Int64 {
        // Asked before every page and API answer: a cached statement is not prepared (and authorized) anew each time.
        try await pool.read { db in try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM imports")) ?? 0 }
    }

    public func cachedReport(force: Force, request: String, dataVersion: Int64) async throws -> [UInt8]? {
        try await pool.read { db in
            try Data.fetchOne(
                db, sql: "SELECT body FROM report_cache WHERE force_id = ? AND request = ? AND data_version = ?",
                arguments: [force.number, request, dataVersion]
            ).map { [UInt8]($0) }
        }
    }

    public func keepReport(force: Force, request: String, dataVersion: Int64, body: [UInt8]) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO report_cache (force_id, request, data_version, body) VALUES (?, ?, ?, ?)",
                arguments: [force.number, request, dataVersion, Data(body)])
        }
    }
}
