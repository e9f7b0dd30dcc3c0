import Foundation
import GRDB
import GRDBSQLite
import PledgeCore
import PledgeStore

/// Call facts packed per force and local month (migration 0003): a report reads a blob a month, not every
/// call row. Triggers mark a month stale in the transaction that changes its calls; a reader uses the
/// packed calls only when none of the months it needs is stale, so the figures are the same either way.
extension SQLiteStore {
    public func refreshDerivedData() throws {
        do {
            _ = try pool.write { db in try Self.repackStaleMonths(db) }
        } catch let error as DatabaseError {
            throw StoreError(.writeFailed, "could not pack the calls in \(path): \(Self.describe(error))")
        }
    }

    /// Repacks every stale month, reading each force's calls once; returns how many months were repacked.
    @discardableResult
    static func repackStaleMonths(_ db: Database) throws -> Int {
        var staleByForce: [Int64: Set<Int64>] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT force_id, local_month FROM packed_calls_stale") {
            staleByForce[row[0], default: []].insert(row[1])
        }
        var repacked = 0
        for (force, months) in staleByForce {
            // Packed as they are read, a segment at a time: a million calls held as facts would take over 100 MB.
            var writers: [Int64: PackedSegmentWriter] = [:]
            let packable: Set<Int64> = months.subtracting([0])
            for month in months { try PackedMonth(force: force, month: month).deletePacked(db) }
            var failure: (any Error)?
            var unplaced = false
            // The force's lead is measured again on the way: a corrected call may have lowered it (the
            // import and the update trigger only ever raise it).
            var lead: Int64 = 0
            try forEachRow(
                db, "SELECT \(callFactColumns), coalesce(local_month, 0) FROM calls WHERE force_id = ?1", integers: [force]
            ) { row in
                let month = row.int64(12)
                if month == 0 { unplaced = true }
                let call = try callFact(row)
                if let appointment = call.appointment { lead = max(lead, appointment.microseconds &- call.received.microseconds) }
                guard failure == nil, packable.contains(month) else { return }
                do {
                    try writers[month, default: PackedSegmentWriter(PackedMonth(force: force, month: month))].append(call, db)
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
            try db.execute(sql: "UPDATE packed_calls_lead SET lead = ? WHERE force_id = ?", arguments: [lead, force])
            for month in months {
                let key = PackedMonth(force: force, month: month)
                // Calls without a local month, or a month naming more neighbourhoods than the layout can,
                // stay stale: reports read those rows.
                let flushed = month == 0 ? !unplaced : try writers[month]?.flush(db) ?? true
                if !flushed {
                    try key.deletePacked(db)
                    continue
                }
                try key.clearStale(db)
                repacked += 1
            }
        }
        return repacked
    }

    /// The call facts of `[from, to)` from the packed months, or nil when a month it needs is stale. Calls
    /// received in the period are all in its months; appointments kept in the period may belong to calls
    /// received up to the force's longest receipt-to-appointment time before it, so the months read start
    /// that far back.
    static func packedCallFacts(_ db: Database, force: Force, from: Instant, to: Instant) throws -> [CallFact]? {
        guard from < to, let zone = ZoneRulesCache.rules(for: force.timeZone) else { return nil }
        let lead = try Int64.fetchOne(db, sql: "SELECT lead FROM packed_calls_lead WHERE force_id = ?", arguments: [force.number]) ?? 0
        // Saturating: a lead read from the store is never trusted to keep the subtraction in range.
        let earliest = from.microseconds.subtractingReportingOverflow(max(lead, 0))
        let first = Int64(zone.localDate(of: Instant(microseconds: earliest.overflow ? .min : earliest.partialValue)).yearMonth.compact)
        let last = Int64(zone.localDate(of: Instant(microseconds: to.microseconds - 1)).yearMonth.compact)
        let stale =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM packed_calls_stale WHERE force_id = ? AND (local_month = 0 OR local_month BETWEEN ? AND ?)",
                arguments: [force.number, first, last]) ?? 0
        guard stale == 0 else { return nil }
        var segments: [[UInt8]] = []
        try forEachRow(
            db, "SELECT body FROM packed_calls WHERE force_id = ?1 AND local_month >= ?2 AND local_month <= ?3 ORDER BY local_month, segment",
            integers: [Int64(force.number), first, last]
        ) { row in
            segments.append(Array(UnsafeRawBufferPointer(start: sqlite3_column_blob(row.handle, 0), count: Int(sqlite3_column_bytes(row.handle, 0)))))
        }
        do {
            return try PackedCalls.decode(segments) { call in
                func inPeriod(_ instant: Instant?) -> Bool { instant.map { $0 >= from && $0 < to } ?? false }
                return inPeriod(call.received) || inPeriod(call.appointment)
            }
        } catch {
            // Packed calls that cannot be read are a fault of this program, not of the records: read the rows.
            return nil
        }
    }
}
