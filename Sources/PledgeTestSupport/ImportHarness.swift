import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeStore

/// A fresh SQLite store in its own temporary directory and an `Importer` on the fixed clock: the real
/// components, wired as the CLI wires them, with helpers to write fixture files and import them.
public final class ImportHarness: Sendable {
    /// Holds the database, the fixtures and the rejects files; removed when the harness is released.
    public let directory: TemporaryDirectory
    /// The database file.
    public let databasePath: String
    public let store: SQLiteStore
    public let importer: Importer

    /// Opens a new store; with `neighbourhoods`, imports those neighbourhood ids of `leicestershire`
    /// first (and checks they went in), since most kinds name a neighbourhood.
    public init(neighbourhoods: [String] = [], now: Instant = FixedClock.now) throws {
        directory = try TemporaryDirectory()
        databasePath = directory.path("pledgewatch.sqlite")
        store = try SQLiteStore(path: databasePath)
        importer = Importer(store: store, now: { now })
        if !neighbourhoods.isEmpty {
            let report = try importText(Fixtures.neighbourhoodsCSV(ids: neighbourhoods), name: "seed-neighbourhoods.csv")
            guard report.error == nil, report.counts.inserted == neighbourhoods.count else {
                throw HarnessError(description: "seeding neighbourhoods failed: \(report.error ?? "\(report.counts)")")
            }
        }
    }

    /// Writes a fixture file in the harness directory and returns its path.
    @discardableResult
    public func write(_ text: String, name: String, lineEnding: LineEnding = .lf, byteOrderMark: Bool = false) throws
        -> String
    {
        try FixtureFile.write(text, to: directory.path(name), lineEnding: lineEnding, byteOrderMark: byteOrderMark)
    }

    /// Writes `text` to `name` and imports that one file.
    public func importText(
        _ text: String, name: String, kind: RecordKind? = nil, strict: Bool = false, lineEnding: LineEnding = .lf,
        byteOrderMark: Bool = false
    ) throws -> FileImportReport {
        let path = try write(text, name: name, lineEnding: lineEnding, byteOrderMark: byteOrderMark)
        return try importOne(path, kind: kind, strict: strict)
    }

    /// Imports one existing file and returns its report.
    public func importOne(_ path: String, kind: RecordKind? = nil, strict: Bool = false) throws -> FileImportReport {
        let reports = importer.importFiles([path], options: ImportOptions(kind: kind, strict: strict))
        guard reports.count == 1 else { throw HarnessError(description: "expected one report, got \(reports.count)") }
        return reports[0]
    }

    /// Every table of the store (see `StoreDump.of`).
    public func dump(ignoringTables: Set<String> = [], ignoringColumns: Set<String> = []) throws -> StoreDump {
        try StoreDump.of(path: databasePath, ignoringTables: ignoringTables, ignoringColumns: ignoringColumns)
    }

    /// The number of rows in a table.
    public func count(_ table: String) throws -> Int { try SQLiteFile.count(databasePath, table) }

    /// The stored record of `table` whose `column` is `value`, as column name → value (nil when none).
    public func record(_ table: String, _ column: String, _ value: String) throws -> [String: DatabaseValue]? {
        let rows = try SQLiteFile.rows(databasePath, "SELECT * FROM \"\(table)\" WHERE \"\(column)\" = ?", [value])
        guard let row = rows.first else { return nil }
        return Dictionary(uniqueKeysWithValues: row.columnNames.map { ($0, row[$0] as DatabaseValue) })
    }

    /// The values of one column of a table, in rowid order.
    public func column(_ table: String, _ column: String) throws -> [DatabaseValue] {
        try SQLiteFile.rows(databasePath, "SELECT \"\(column)\" FROM \"\(table)\" ORDER BY rowid").map { $0[0] as DatabaseValue }
    }
}

/// A harness set-up step that did not go as planned.
public struct HarnessError: Error, CustomStringConvertible {
    public let description: String
}
