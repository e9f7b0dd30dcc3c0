import PledgeCore

/// The columns a record kind is stored in, in order, and the key that makes two rows "the same record":
/// one definition for every store with tables (SQLite, PostgreSQL).
package struct StoredColumns: Sendable {
    package let table: String
    /// In this order: `force_id`, then the kind's fields except the force, then the derived key, placement
    /// and `local_month` when the kind has them.
    package let columns: [String]
    /// The unique key: `force_id` and the key fields (or the derived key).
    package let key: [String]
    /// The index in the schema's fields of the force field (stored as `force_id`).
    package let forceFieldIndex: Int
    package let hasDerivedKey: Bool
    package let hasPlacement: Bool
    package let hasLocalMonth: Bool

    package init(schema: RecordSchema) {
        let forceIndex = schema.fields.firstIndex { $0.type == .force || $0.type == .forceName }!
        var columns = ["force_id"]
        columns += schema.fields.enumerated().filter { $0.offset != forceIndex }.map(\.element.column)
        if let derived = schema.derivedKey { columns.append(derived) }
        if let placement = schema.placementColumn { columns.append(placement) }
        if schema.monthField != nil { columns.append("local_month") }
        self.table = schema.table
        self.columns = columns
        self.key =
            if let derived = schema.derivedKey { ["force_id", derived] } else {
                schema.key.map { name in name == schema.fields[forceIndex].name ? "force_id" : schema.fields[schema.index(of: name)!].column }
            }
        self.forceFieldIndex = forceIndex
        self.hasDerivedKey = schema.derivedKey != nil
        self.hasPlacement = schema.placementColumn != nil
        self.hasLocalMonth = schema.monthField != nil
    }

    package init(table: String, columns: [String], key: [String]) {
        self.table = table
        self.columns = columns
        self.key = key
        self.forceFieldIndex = -1
        self.hasDerivedKey = false
        self.hasPlacement = false
        self.hasLocalMonth = false
    }

    /// Boundaries come from GeoJSON, not from a field table.
    package static let boundaries = StoredColumns(
        table: "boundaries",
        columns: ["force_id", "neighbourhood_id", "geometry", "min_latitude", "max_latitude", "min_longitude", "max_longitude"],
        key: ["force_id", "neighbourhood_id"])

    /// The record's values in `columns` order.
    package func values(of record: ValidatedRecord) -> [FieldValue] {
        var values: [FieldValue] = [.integer(Int64(record.force.number))]
        values.reserveCapacity(columns.count)
        for (index, value) in record.values.enumerated() where index != forceFieldIndex { values.append(value) }
        if hasDerivedKey { values.append(record.derivedKey.map(FieldValue.text) ?? .null) }
        if hasPlacement { values.append(record.placement.map(FieldValue.text) ?? .null) }
        if hasLocalMonth { values.append(record.localMonth.map { .integer(Int64($0)) } ?? .null) }
        return values
    }

    /// A boundary's values in `StoredColumns.boundaries` order.
    package static func values(of boundary: Boundary) -> [FieldValue] {
        [
            .integer(Int64(boundary.force.number)), .text(boundary.neighbourhoodID), .text(boundary.geometryJSON), .number(boundary.minLatitude),
            .number(boundary.maxLatitude), .number(boundary.minLongitude), .number(boundary.maxLongitude),
        ]
    }
}
