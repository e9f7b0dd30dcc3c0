import GRDB
import GRDBSQLite
import PledgeCore
import PledgeStore

/// A prepared upsert, bound through SQLite's C interface: the import's hot path binds millions of
/// values, and GRDB's `StatementArguments` would allocate an array of `DatabaseValue`s per row.
///
/// Three statements share one set of numbered parameters (the row's columns, then the import id):
/// 1. `INSERT … ON CONFLICT DO NOTHING`: one change means a new key (the common case, one statement);
/// 2. otherwise `UPDATE … WHERE key AND values differ AND not seen by this import`: a replaced record;
/// 3. otherwise `UPDATE seen_import … WHERE key AND not seen by this import`: an unchanged record;
/// and when none changes a row, this import has already written the key: a duplicate within the file.
/// (`RETURNING` would do it in one statement, but SQLite builds an ephemeral table for it on every
/// execution, which cost more than half the import time; see BENCHMARKS.md.)
final class UpsertStatement {
    let columns: UpsertColumns
    private let insert: Statement
    private let update: Statement
    private let touch: Statement
    private let connection: OpaquePointer
    /// The row's text, copied here and bound without SQLite taking its own copy (`SQLITE_STATIC`): it
    /// stays put until the statements are reset, and saves SQLite a malloc and a copy per text value.
    private var textScratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)

    deinit { textScratch.deallocate() }

    init(_ db: Database, columns: UpsertColumns) throws {
        self.columns = columns
        let sql = columns.statements
        insert = try db.makeStatement(sql: sql.insert)
        update = try db.makeStatement(sql: sql.update)
        touch = try db.makeStatement(sql: sql.touch)
        connection = db.sqliteConnection!
    }

    /// Binds a row through `bind`, runs the statements and says what they did. A row the schema's
    /// constraints refuse throws a `RowProblem` (the row is rejected, the import goes on); any other
    /// failure throws a `DatabaseError` and the file's transaction is abandoned.
    func run(importID: Int64, _ bind: (inout Binder) -> Void) throws -> UpsertOutcome {
        let handle = insert.sqliteStatement
        var binder = Binder(handle: handle, scratch: textScratch)
        bind(&binder)
        binder.int(importID)
        if binder.overflowed {
            // A row with more than 64 KiB of text: grow the scratch space and bind again.
            textScratch.deallocate()
            textScratch = .allocate(byteCount: binder.textBytesNeeded * 2, alignment: 8)
            return try run(importID: importID, bind)
        }
        if try step(handle) { return .inserted }
        for (statement, outcome) in [(update, UpsertOutcome.updated), (touch, .unchanged)] {
            let other = statement.sqliteStatement
            // The same parameters, by number, on the next statement. (`sqlite3_transfer_bindings` is
            // deprecated but kept by SQLite; it needs equal parameter counts, which numbered
            // parameters ?1…?N+1 give all three statements.)
            _ = sqlite3_transfer_bindings(handle, other)
            if try step(other) { return outcome }
        }
        return .duplicateInFile
    }

    /// Runs a prepared statement; true when it changed a row.
    private func step(_ handle: OpaquePointer) throws -> Bool {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(connection))
            if code & 0xFF == SQLITE_CONSTRAINT { throw RowProblem(field: nil, "the store refused it: \(message)") }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        return sqlite3_changes(connection) > 0
    }

    /// Binds values to consecutive parameters.
    struct Binder {
        let handle: OpaquePointer
        private var index: Int32 = 1
        private let scratch: UnsafeMutableRawBufferPointer
        private var used = 0
        /// Bytes of text the row needs; more than the scratch space holds means `overflowed`.
        private(set) var textBytesNeeded = 0
        var overflowed: Bool { textBytesNeeded > scratch.count }

        init(handle: OpaquePointer, scratch: UnsafeMutableRawBufferPointer) {
            self.handle = handle
            self.scratch = scratch
        }

        mutating func int(_ value: Int64) {
            sqlite3_bind_int64(handle, index, value)
            index += 1
        }

        mutating func value(_ value: FieldValue) {
            switch value {
            case .null: sqlite3_bind_null(handle, index)
            case .text(let text): bindText(text)
            case .integer(let number): sqlite3_bind_int64(handle, index, number)
            case .number(let number): sqlite3_bind_double(handle, index, number)
            case .bool(let flag): sqlite3_bind_int64(handle, index, flag ? 1 : 0)
            case .instant(let instant): sqlite3_bind_int64(handle, index, instant.microseconds)
            case .date(let date): bindText(date.description)
            case .month(let month): bindText(month.description)
            }
            index += 1
        }

        private mutating func bindText(_ text: String) {
            var text = text
            let count = text.utf8.count
            textBytesNeeded += count
            guard used + count <= scratch.count else { return }
            let start = scratch.baseAddress! + used
            text.withUTF8 { bytes in
                if let base = bytes.baseAddress { start.copyMemory(from: base, byteCount: count) }
            }
            used += count
            // A zero-length text still needs a non-null pointer, or SQLite would store NULL.
            sqlite3_bind_text(handle, index, start.assumingMemoryBound(to: CChar.self), Int32(count), sqliteStatic)
        }
    }
}

/// Tells SQLite the bound text stays valid until the statement is reset, so it need not copy it.
private let sqliteStatic: sqlite3_destructor_type? = nil
