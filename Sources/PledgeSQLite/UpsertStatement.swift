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
///
/// New keys are the common case, so rows are first tried 64 at a time in one multi-row INSERT under a
/// savepoint: when all 64 are new that is one statement instead of 64. Otherwise the savepoint is rolled
/// back and the chunk goes row by row.
final class UpsertStatement {
    let columns: StoredColumns
    static let chunkSize = 64
    private let insertMany: Statement
    private let savepoint: Statement
    private let release: Statement
    private let rollbackTo: Statement
    private let insert: Statement
    private let update: Statement
    private let touch: Statement
    private let connection: OpaquePointer
    /// The row's text, copied here and bound without SQLite taking its own copy (`SQLITE_STATIC`): it
    /// stays put until the statements are reset, and saves SQLite a malloc and a copy per text value.
    private var textScratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)

    deinit { textScratch.deallocate() }

    init(_ db: Database, columns: StoredColumns) throws {
        self.columns = columns
        let sql = columns.statements
        insertMany = try db.makeStatement(sql: columns.insertMany(rows: Self.chunkSize))
        savepoint = try db.makeStatement(sql: "SAVEPOINT pledgewatch_chunk")
        release = try db.makeStatement(sql: "RELEASE pledgewatch_chunk")
        rollbackTo = try db.makeStatement(sql: "ROLLBACK TO pledgewatch_chunk")
        insert = try db.makeStatement(sql: sql.insert)
        update = try db.makeStatement(sql: sql.update)
        touch = try db.makeStatement(sql: sql.touch)
        connection = db.sqliteConnection!
    }

    /// Stores `items` in order, each bound by `bind`, and says what became of each. A row the schema's
    /// constraints refuse is a `RowProblem` for that row (it is rejected, the import goes on); any other
    /// failure throws a `DatabaseError` and the file's transaction is abandoned.
    func run<Item>(_ items: [Item], importID: Int64, _ bind: (Item, inout Binder) -> Void) throws
        -> [Result<UpsertOutcome, RowProblem>]
    {
        var outcomes: [Result<UpsertOutcome, RowProblem>] = []
        outcomes.reserveCapacity(items.count)
        var start = 0
        while start < items.count {
            let end = min(start + Self.chunkSize, items.count)
            if end - start == Self.chunkSize, try insertAll(items[start..<end], importID: importID, bind) {
                outcomes.append(contentsOf: repeatElement(.success(.inserted), count: end - start))
            } else {
                for item in items[start..<end] {
                    do {
                        outcomes.append(.success(try runOne(item, importID: importID, bind)))
                    } catch let problem as RowProblem {
                        outcomes.append(.failure(problem))
                    }
                }
            }
            start = end
        }
        return outcomes
    }

    /// Inserts a whole chunk in one statement when every key is new; otherwise changes nothing and
    /// returns false.
    private func insertAll<Item>(_ chunk: ArraySlice<Item>, importID: Int64, _ bind: (Item, inout Binder) -> Void)
        throws -> Bool
    {
        let handle = insertMany.sqliteStatement
        var binder = Binder(handle: handle, scratch: textScratch)
        binder.int(importID)
        for item in chunk { bind(item, &binder) }
        guard !binder.overflowed else { return false }
        _ = try step(savepoint.sqliteStatement)
        do {
            if try changes(handle) == Int32(chunk.count) {
                _ = try step(release.sqliteStatement)
                return true
            }
        } catch is RowProblem {
            // A row the constraints refuse: the row-by-row path will say which.
        }
        _ = try step(rollbackTo.sqliteStatement)
        _ = try step(release.sqliteStatement)
        return false
    }

    /// One row through the three statements.
    private func runOne<Item>(_ item: Item, importID: Int64, _ bind: (Item, inout Binder) -> Void) throws -> UpsertOutcome {
        let handle = insert.sqliteStatement
        var binder = Binder(handle: handle, scratch: textScratch)
        bind(item, &binder)
        binder.int(importID)
        if binder.overflowed {
            // A row with more than the scratch space of text: grow it and bind again.
            textScratch.deallocate()
            textScratch = .allocate(byteCount: binder.textBytesNeeded * 2, alignment: 8)
            return try runOne(item, importID: importID, bind)
        }
        if try step(handle) { return .inserted }
        var bound = handle
        for (statement, outcome) in [(update, UpsertOutcome.updated), (touch, .unchanged)] {
            let next = statement.sqliteStatement
            // The same parameters, by number, on the next statement. `sqlite3_transfer_bindings` moves
            // them (the source is left unbound), so they travel along the chain. It is deprecated but
            // kept by SQLite, and needs equal parameter counts, which ?1…?N+1 give all three statements.
            _ = sqlite3_transfer_bindings(bound, next)
            bound = next
            if try step(next) { return outcome }
        }
        return .duplicateInFile
    }

    /// Runs a prepared statement; true when it changed a row (for INSERT, UPDATE and DELETE).
    private func step(_ handle: OpaquePointer) throws -> Bool {
        try changes(handle) > 0
    }

    /// Runs a prepared statement and returns how many rows it changed.
    private func changes(_ handle: OpaquePointer) throws -> Int32 {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(connection))
            if code & 0xFF == SQLITE_CONSTRAINT { throw RowProblem(field: nil, "the store refused it: \(message)") }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        return sqlite3_changes(connection)
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
