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

    /// `INSERT … ON CONFLICT … DO UPDATE … RETURNING`: one statement that inserts a new key, replaces a
    /// changed record, leaves an identical one alone, and tells the three (and a key repeated within the
    /// same import) apart through the import ids it returns.
    var sql: String {
        func q(_ name: String) -> String { "\"\(name)\"" }
        let all = columns + ["created_import", "changed_import", "seen_import"]
        let data = columns.filter { !conflict.contains($0) }
        let changed = data.map { "\(q(table)).\(q($0)) IS NOT excluded.\(q($0))" }.joined(separator: " OR ")
        let assignments = data.map { "\(q($0)) = excluded.\(q($0))" } + [
            "\"seen_import\" = excluded.\"seen_import\"",
            "\"changed_import\" = CASE WHEN \(changed.isEmpty ? "0" : changed) THEN excluded.\"seen_import\" ELSE \(q(table)).\"changed_import\" END",
        ]
        return """
            INSERT INTO \(q(table)) (\(all.map(q).joined(separator: ", "))) \
            VALUES (\(Array(repeating: "?", count: all.count).joined(separator: ", "))) \
            ON CONFLICT (\(conflict.map(q).joined(separator: ", "))) DO UPDATE SET \(assignments.joined(separator: ", ")) \
            WHERE \(q(table)).\"seen_import\" <> excluded.\"seen_import\" \
            RETURNING \"created_import\", \"changed_import\"
            """
    }
}
