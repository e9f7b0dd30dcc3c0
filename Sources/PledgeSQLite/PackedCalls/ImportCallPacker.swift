import Foundation
import GRDB
import PledgeCore
import PledgeStore

/// Packs the calls an import inserts, month by month, as it writes them, so that a first load needs no
/// second pass over the calls. A month is packed directly only when it held no calls before this import
/// (no packed calls, not stale) and nothing else in the import changed it; every other month this import
/// inserted into is marked stale, and `SQLiteStore.refreshDerivedData()` repacks it from the rows.
/// Updates and deletes mark their months stale through the triggers of migration 0003.
final class ImportCallPacker {
    private var segments: [PackedMonth: PackedSegmentWriter] = [:]
    /// Whether each month seen was empty before this import.
    private var wasEmpty: [PackedMonth: Bool] = [:]
    /// Per force, the longest receipt-to-appointment time among the calls inserted.
    private var leads: [Int64: Int64] = [:]

    /// Notes the calls of a written batch that were inserted.
    func record(_ records: [ValidatedRecord], outcomes: [Result<UpsertOutcome, RowProblem>], db: Database) throws {
        for (record, outcome) in zip(records, outcomes) {
            guard case .success(.inserted) = outcome, let call = CallFact(record) else { continue }
            if let appointment = call.appointment {
                let lead = appointment.microseconds &- call.received.microseconds
                if lead > leads[Int64(record.force.number), default: 0] { leads[Int64(record.force.number)] = lead }
            }
            let key = PackedMonth(force: Int64(record.force.number), month: Int64(record.localMonth ?? 0))
            guard try isNew(key, db) else { continue }
            try segments[key, default: PackedSegmentWriter(key)].append(call, db)
        }
    }

    private func isNew(_ key: PackedMonth, _ db: Database) throws -> Bool {
        if let known = wasEmpty[key] { return known }
        let empty = try key.isEmpty(db) && key.month != 0
        wasEmpty[key] = empty
        return empty
    }

    /// Before the import commits: writes the last segment of each month packed directly, and marks stale
    /// the months that were not new or that an update or delete of this import touched.
    func finish(_ db: Database) throws {
        for (key, new) in wasEmpty {
            // A month still without packed calls or a stale mark was touched by no update or delete.
            if new, try !key.isStale(db), var writer = segments[key], try writer.flush(db) {
                continue
            }
            try key.markStale(db)
        }
        for (force, lead) in leads {
            try db.execute(sql: "INSERT OR IGNORE INTO packed_calls_lead (force_id, lead) VALUES (?, 0)", arguments: [force])
            try db.execute(sql: "UPDATE packed_calls_lead SET lead = max(lead, ?) WHERE force_id = ?", arguments: [lead, force])
        }
        segments = [:]
        wasEmpty = [:]
        leads = [:]
    }
}

/// One force's month of packed calls.
struct PackedMonth: Hashable {
    let force: Int64
    let month: Int64

    private var arguments: StatementArguments { [force, month] }

    /// True when the month has neither packed calls nor a stale mark: it holds no calls (every month with
    /// calls has one or the other).
    func isEmpty(_ db: Database) throws -> Bool {
        let packed = try Bool.fetchOne(db, sql: "SELECT 1 FROM packed_calls WHERE force_id = ? AND local_month = ?", arguments: arguments)
        return packed == nil ? try !isStale(db) : false
    }

    func isStale(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM packed_calls_stale WHERE force_id = ? AND local_month = ?", arguments: arguments) ?? false
    }

    /// Drops the month's packed calls and marks it for repacking from the rows.
    func markStale(_ db: Database) throws {
        try deletePacked(db)
        try db.execute(sql: "INSERT OR IGNORE INTO packed_calls_stale (force_id, local_month) VALUES (?, ?)", arguments: arguments)
    }

    /// Takes the stale mark off, once the month is packed again (or holds no calls).
    func clearStale(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM packed_calls_stale WHERE force_id = ? AND local_month = ?", arguments: arguments)
    }

    func deletePacked(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM packed_calls WHERE force_id = ? AND local_month = ?", arguments: arguments)
    }
}

/// Writes a month's packed calls in segments of `PackedCalls.segmentCalls`.
struct PackedSegmentWriter {
    let month: PackedMonth
    private var builder = PackedCalls.Builder()
    private var segment: Int64 = 0

    init(_ month: PackedMonth) { self.month = month }

    mutating func append(_ call: CallFact, _ db: Database) throws {
        builder.append(call)
        // A full segment always packs: it has fewer calls than the layout has names.
        if builder.count >= PackedCalls.segmentCalls { _ = try flush(db) }
    }

    /// Writes what is held as the next segment; false when it cannot be packed (too many neighbourhoods).
    mutating func flush(_ db: Database) throws -> Bool {
        guard builder.count > 0 else { return true }
        guard let body = builder.bytes() else { return false }
        try db.execute(
            sql: "INSERT INTO packed_calls (force_id, local_month, segment, calls, body) VALUES (?, ?, ?, ?, ?)",
            arguments: [month.force, month.month, segment, builder.count, Data(body)])
        segment += 1
        builder = PackedCalls.Builder()
        return true
    }
}
