/// A column of the frozen schema, in no dialect: `SQLDialect` spells it.
public struct FrozenColumn: Sendable {
    /// What a column holds, which decides its type and CHECK in each dialect.
    public enum Kind: Sendable {
        /// A record's own or referenced id: text of 1 to 64 characters.
        case key
        case text
        /// Text that must be one of these values.
        case oneOf([String])
        /// A 64-bit integer: instants in microseconds, import ids and counts.
        case int64
        /// A 32-bit integer, within a range when one is given.
        case int32(ClosedRange<Int>?)
        case real(ClosedRange<Int>)
        case flag
        case date
        case month
    }

    let name: String
    let type: Kind
    let required: Bool

    init(_ name: String, _ type: Kind, required: Bool = false) {
        self.name = name
        self.type = type
        self.required = required
    }
}

/// A table of the frozen schema as both stores created it. A record table has Pledgewatch's own columns
/// around the record's fields: its row id and force first; its force-local month (most kinds) and the
/// imports that created, changed and last saw it last.
public struct FrozenTable: Sendable {
    /// What a record table's rows must match in another table.
    enum Parent: Sendable {
        case none
        case neighbourhood
        case victim
    }

    let name: String
    let columns: [FrozenColumn]
    let checks: [String]
    let unique: [String]
    let parent: Parent
    /// Whether PostgreSQL keeps the table in one partition per force.
    let partitioned: Bool
    let isRecord: Bool
    let hasLocalMonth: Bool

    init(
        record name: String, _ columns: [FrozenColumn], checks: [String] = [], unique: [String], parent: Parent = .neighbourhood,
        partitioned: Bool = false, localMonth: Bool = true
    ) {
        self.name = name
        self.columns = columns
        self.checks = checks
        self.unique = unique
        self.parent = parent
        self.partitioned = partitioned
        self.isRecord = true
        self.hasLocalMonth = localMonth
    }

    init(plain name: String, _ columns: [FrozenColumn]) {
        self.name = name
        self.columns = columns
        self.checks = []
        self.unique = []
        self.parent = .none
        self.partitioned = false
        self.isRecord = false
        self.hasLocalMonth = false
    }

    /// The table's `CREATE TABLE` statement in `dialect`.
    public func create(in dialect: SQLDialect) -> String {
        let partitioned = partitioned && dialect == .postgres
        var lines = [dialect.rowID(partitioned: partitioned)]
        if isRecord { lines.append("force_id \(dialect == .sqlite ? "INTEGER" : "integer") NOT NULL REFERENCES forces(number)") }
        var columns = columns
        if hasLocalMonth { columns.append(FrozenColumn("local_month", .int32(100001...999912))) }
        if isRecord { columns += ["created_import", "changed_import", "seen_import"].map { FrozenColumn($0, .int64, required: true) } }
        lines += columns.map(dialect.definition(of:))
        lines += checks.map { "CHECK (\($0))" }
        if !unique.isEmpty { lines.append("UNIQUE (force_id, \(unique.joined(separator: ", ")))") }
        switch parent {
        case .none: break
        case .neighbourhood:
            lines.append("FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods(force_id, neighbourhood_id)")
        case .victim:
            lines.append("FOREIGN KEY (force_id, crime_ref, victim_ref) REFERENCES victims(force_id, crime_ref, victim_ref)")
        }
        if partitioned { lines.append("PRIMARY KEY (force_id, id)") }
        let body = lines.map { "    " + $0 }.joined(separator: ",\n")
        return "CREATE TABLE \(name) (\n\(body)\n)\(partitioned ? " PARTITION BY LIST (force_id)" : "");"
    }
}
