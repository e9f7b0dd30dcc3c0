import GRDB
import GRDBSQLite
import PledgeCore
import PledgeStore

/// A prepared upsert, bound through SQLite's C interface: the import's hot path binds millions of
/// values, and GRDB's `StatementArguments` would allocate an array of `DatabaseValue`s per row.
final class UpsertStatement {
    let columns: UpsertColumns
    private let statement: Statement
    private let connection: OpaquePointer

    init(_ db: Database, columns: UpsertColumns) throws {
        self.columns = columns
        self.statement = try db.makeStatement(sql: columns.sql)
        self.connection = db.sqliteConnection!
    }

    /// Binds a row through `bind`, adds the import ids, runs the statement and says what it did.
    /// A row the schema's constraints refuse throws a `RowProblem` (the row is rejected, the import goes
    /// on); any other failure throws a `DatabaseError` and the file's transaction is abandoned.
    func run(importID: Int64, _ bind: (inout Binder) -> Void) throws -> UpsertOutcome {
        let handle = statement.sqliteStatement
        var binder = Binder(handle: handle)
        bind(&binder)
        binder.int(importID)
        binder.int(importID)
        binder.int(importID)
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW:
            let created = sqlite3_column_int64(handle, 0)
            let changed = sqlite3_column_int64(handle, 1)
            if created == importID { return .inserted }
            return changed == importID ? .updated : .unchanged
        case SQLITE_DONE:
            return .duplicateInFile
        default:
            let message = String(cString: sqlite3_errmsg(connection))
            if code & 0xFF == SQLITE_CONSTRAINT {
                throw RowProblem(field: nil, "the store refused it: \(message)")
            }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: columns.sql)
        }
    }

    /// Binds values to consecutive parameters.
    struct Binder {
        let handle: OpaquePointer
        private var index: Int32 = 1

        init(handle: OpaquePointer) { self.handle = handle }

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

        private func bindText(_ text: String) {
            // An empty buffer may have no base address, which SQLite would read as NULL.
            if text.isEmpty {
                sqlite3_bind_text(handle, index, "", 0, sqliteTransient)
                return
            }
            var text = text
            text.withUTF8 { bytes in
                _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                    sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), sqliteTransient)
                }
            }
        }
    }
}

/// Tells SQLite to copy bound text, which lives only for the call.
private let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
