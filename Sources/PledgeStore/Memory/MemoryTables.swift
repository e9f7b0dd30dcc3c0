import PledgeCore

/// The unique key of a stored row: the force's number and the key columns (for records, `schema.key`
/// without the force, or the derived key; see `StoredColumns`), as stored values.
///
/// Its order is the order of SQLite's unique index on those columns, which is the order SQLite reads a
/// force's rows in when a query names no order: the planner searches that index for `force_id = ?`.
struct RowKey: Hashable, Sendable {
    let force: Int
    let parts: [StoredValue]

    /// Index order: by force, then by each part (text byte by byte).
    func precedes(_ other: RowKey) -> Bool {
        if force != other.force { return force < other.force }
        for (a, b) in zip(parts, other.parts) {
            let order = StoredValue.compare(a, b)
            if order != 0 { return order < 0 }
        }
        return parts.count < other.parts.count
    }
}

/// A stored row with its unique key.
protocol KeyedRow: Sendable {
    var key: RowKey { get }
}

/// One stored record with the imports that created it, last changed it and last saw it.
struct StoredRecord: KeyedRow {
    var record: ValidatedRecord
    let key: RowKey
    let createdImport: Int64
    var changedImport: Int64
    var seenImport: Int64
}

/// A stored neighbourhood boundary: the geometry as GeoJSON text and its bounding box, as the SQLite
/// store keeps them; read back through `Boundary(force:neighbourhoodID:geometryJSON:)` like SQLite.
struct BoundaryRow: KeyedRow {
    let key: RowKey
    let neighbourhoodID: String
    var geometry: String
    var minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double
    let createdImport: Int64
    var changedImport: Int64
    var seenImport: Int64

    /// The columns an upsert compares and replaces, in the table's order.
    var data: [StoredValue] {
        [.text(StoredText(geometry))] + [minLatitude, maxLatitude, minLongitude, maxLongitude].map { $0.isNaN ? .null : .real($0) }
    }

    /// The boundary as a reader gets it, or nil when the force is not in the catalogue.
    func boundary() throws -> Boundary? {
        guard let force = ForceCatalogue.force(number: key.force) else { return nil }
        return try Boundary(force: force, neighbourhoodID: neighbourhoodID, geometryJSON: geometry)
    }
}

/// Rows in insertion order (an update keeps its place), each with its id as SQLite's rowid gives it: the
/// largest id so far plus one (so the id of a removed last row is given again, as SQLite does without
/// AUTOINCREMENT). Found by key.
struct KeyedTable<Row: KeyedRow>: Sendable {
    private(set) var rows: [Row] = []
    /// `ids[i]` is the id of `rows[i]`; ascending.
    private(set) var ids: [Int64] = []
    private var positions: [RowKey: Int] = [:]

    func position(of key: RowKey) -> Int? { positions[key] }

    func contains(_ key: RowKey) -> Bool { positions[key] != nil }

    mutating func append(_ row: Row) {
        positions[row.key] = rows.count
        ids.append((ids.last ?? 0) + 1)
        rows.append(row)
    }

    /// Removes the rows `condition` picks; the others keep their order and ids. Returns how many went.
    mutating func removeAll(where condition: (Row) -> Bool) -> Int {
        let keep = rows.map { !condition($0) }
        let removed = keep.filter { !$0 }.count
        guard removed > 0 else { return 0 }
        rows = zip(rows, keep).filter(\.1).map(\.0)
        ids = zip(ids, keep).filter(\.1).map(\.0)
        positions = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($0.element.key, $0.offset) })
        return removed
    }

    /// Changes the row at `position` in place (its key must stay the same).
    mutating func update(at position: Int, _ change: (inout Row) -> Void) { change(&rows[position]) }

    /// The rows of `force` (of every force when nil) in the order of the table's unique index (see `RowKey`).
    func inKeyOrder(force: Int?) -> [Row] {
        rows.filter { force == nil || $0.key.force == force }.sorted { $0.key.precedes($1.key) }
    }
}

/// The records of one kind.
typealias MemoryTable = KeyedTable<StoredRecord>

/// Neighbourhood boundaries.
typealias BoundaryTable = KeyedTable<BoundaryRow>

extension KeyedTable where Row == BoundaryRow {
    /// The boundaries of `force`, or of every force when nil, by force and id, as readers get them.
    func boundaries(force: Int?) throws -> [Boundary] { try inKeyOrder(force: force).compactMap { try $0.boundary() } }
}

/// A committed import, as the SQLite store logs it in `imports`.
struct ImportRow: Sendable {
    let id: Int64
    let kind: RecordKind
    let source: String
    let startedAt: Instant
    let counts: ImportCounts
}

/// Everything an import may change: the records, the boundaries, the import log and the packed-call
/// bookkeeping. Imports work on a copy and publish it whole when they commit.
struct RecordState: Sendable {
    private var tables = [MemoryTable](repeating: MemoryTable(), count: RecordKind.allCases.count)
    var boundaries = BoundaryTable()
    private(set) var imports: [ImportRow] = []
    var packing = CallPacking()
    /// `covered_months`: months imports declared covered, per force and kind.
    var coveredMonths: [Int: [RecordKind: Set<YearMonth>]] = [:]

    subscript(kind: RecordKind) -> MemoryTable {
        get { tables[kind.slot] }
        set { tables[kind.slot] = newValue }
    }

    /// Changes one table in place.
    @discardableResult
    mutating func change<T>(_ kind: RecordKind, _ body: (inout MemoryTable) throws -> T) rethrows -> T { try body(&tables[kind.slot]) }

    /// `max(imports.id)`, or 0 before the first import: what `dataVersion()` answers.
    var lastImportID: Int64 { imports.last?.id ?? 0 }

    mutating func log(_ row: ImportRow) { imports.append(row) }
}

extension RecordKind {
    /// The kind's position among all kinds, for tables kept in an array.
    var slot: Int { Self.slots[self]! }

    private static let slots = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })
}
