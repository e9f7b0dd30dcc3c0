import PledgeCore

/// The columns an upsert writes, in binding order, and the key it replaces on.
struct UpsertColumns {
    let table: String
    /// Bound in this order: `force_id`, then the kind's fields except the force, then the derived key,
    /// placement and `local_month` when the kind has them.
    let columns: [String]
    /// The unique key that makes a row "the same record".
    let conflict: [String]
    /// The index in the schema's fields of the force field (bound as `force_id`), or -1.
    let forceFieldIndex: Int
    let hasDerivedKey: Bool
    let hasPlacement: Bool
    let hasLocalMonth: Bool

    init(schema: RecordSchema) {
        let forceIndex = schema.fields.firstIndex { $0.type == .force || $0.type == .forceName }!
        var columns = ["force_id"]
        columns += schema.fields.enumerated().filter { $0.offset != forceIndex }.map(\.element.column)
        if let derived = schema.derivedKey { columns.append(derived) }
        if let placement = schema.placementColumn { columns.append(placement) }
        if schema.monthField != nil { columns.append("local_month") }
        self.table = schema.table
        self.columns = columns
        self.conflict =
            if let derived = schema.derivedKey { ["force_id", derived] } else {
                schema.key.map { name in name == schema.fields[forceIndex].name ? "force_id" : schema.fields[schema.index(of: name)!].column }
            }
        self.forceFieldIndex = forceIndex
        self.hasDerivedKey = schema.derivedKey != nil
        self.hasPlacement = schema.placementColumn != nil
        self.hasLocalMonth = schema.monthField != nil
    }

    private init(table: String, columns: [String], conflict: [String]) {
        self.table = table
        self.columns = columns
        self.conflict = conflict
        self.forceFieldIndex = -1
        self.hasDerivedKey = false
        self.hasPlacement = false
        self.hasLocalMonth = false
    }

    /// Boundaries come from GeoJSON, not from a field table.
    static let boundaries = UpsertColumns(
        table: "boundaries",
        columns: [
            "force_id", "neighbourhood_id", "geometry", "min_latitude", "max_latitude", "min_longitude", "max_longitude",
        ],
        conflict: ["force_id", "neighbourhood_id"])

    /// One `INSERT … ON CONFLICT DO NOTHING` for `rows` records at once: the import id is `?1`, then
    /// each row's columns in order.
    func insertMany(rows: Int) -> String {
        insert((0..<rows).map { row in (0..<columns.count).map { "?\(2 + row * columns.count + $0)" } + ["?1", "?1", "?1"] })
    }

    /// `INSERT … VALUES tuples ON CONFLICT (key) DO NOTHING`, each tuple the columns then the three
    /// import ids.
    private func insert(_ tuples: [[String]]) -> String {
        let all = columns + ["created_import", "changed_import", "seen_import"]
        let values = tuples.map { "(" + $0.joined(separator: ", ") + ")" }.joined(separator: ", ")
        return """
            INSERT INTO \(Self.quoted(table)) (\(all.map(Self.quoted).joined(separator: ", "))) VALUES \(values) \
            ON CONFLICT (\(conflict.map(Self.quoted).joined(separator: ", "))) DO NOTHING
            """
    }

    private static func quoted(_ name: String) -> String { "\"\(name)\"" }

    /// The three statements of an upsert, tried in turn (see `UpsertStatement`).
    var statements: (insert: String, update: String, touch: String) {
        let q = Self.quoted
        let data = columns.filter { !conflict.contains($0) }
        let keyMatch = conflict.map { "\(q($0)) = ?\(columns.firstIndex(of: $0)! + 1)" }.joined(separator: " AND ")
        let importParameter = "?\(columns.count + 1)"
        let differs = data.map { "\(q($0)) IS NOT ?\(columns.firstIndex(of: $0)! + 1)" }.joined(separator: " OR ")
        let assignments = data.map { "\(q($0)) = ?\(columns.firstIndex(of: $0)! + 1)" }
        let insert = insert([(1...columns.count).map { "?\($0)" } + [importParameter, importParameter, importParameter]])
        let update = """
            UPDATE \(q(table)) SET \((assignments + ["changed_import = \(importParameter)", "seen_import = \(importParameter)"]).joined(separator: ", ")) \
            WHERE \(keyMatch) AND seen_import <> \(importParameter) AND (\(differs.isEmpty ? "0" : differs))
            """
        let touch = """
            UPDATE \(q(table)) SET seen_import = \(importParameter) WHERE \(keyMatch) AND seen_import <> \(importParameter)
            """
        return (insert, update, touch)
    }
}
