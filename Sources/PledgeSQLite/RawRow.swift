import GRDBSQLite
import PledgeCore

/// The current row of a statement stepped through SQLite's C interface, read by column without building
/// a GRDB `Row` (which cost a microsecond a row on reads of hundreds of thousands; BENCHMARKS.md).
struct RawRow {
    let handle: OpaquePointer

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func int(_ column: Int32) -> Int? { isNull(column) ? nil : Int(sqlite3_column_int64(handle, column)) }

    func instant(_ column: Int32) -> Instant? { isNull(column) ? nil : Instant(microseconds: sqlite3_column_int64(handle, column)) }

    func flag(_ column: Int32) -> Bool? { isNull(column) ? nil : sqlite3_column_int64(handle, column) != 0 }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: bytes)
    }

    /// The first byte of a text column (enumerations are told apart by it), or 0 for NULL.
    func lead(_ column: Int32) -> UInt8 { sqlite3_column_text(handle, column)?.pointee ?? 0 }

    /// A `YYYY-MM-DD` column (the schema's GLOB check guarantees the form), or nil for NULL.
    func date(_ column: Int32) -> LocalDate? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        func number(_ offset: Int, _ count: Int) -> Int { (offset..<offset + count).reduce(0) { $0 * 10 + Int(text[$1] &- 48) } }
        return LocalDate(year: number(0, 4), month: number(5, 2), day: number(8, 2))
    }
}
