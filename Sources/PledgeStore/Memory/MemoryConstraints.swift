import PledgeCore

/// What the SQLite schema (migration 0001) says about one record kind's table, derived from its
/// `RecordSchema`: the columns in the table's order with their NOT NULL and CHECK constraints, the
/// table's CHECKs, its foreign keys and its unique key. The validator already guarantees nearly all of
/// them; these are what is left for a store to refuse (a day before year 1000, whose `local_month` is
/// out of range; a record built by hand), with SQLite's own words.
///
/// SQLite evaluates an INSERT's NOT NULL constraints first, then its CHECKs in the order they are
/// written (each column's, then the table's), then the unique key (ON CONFLICT DO NOTHING), and its
/// foreign keys only on a row actually written.
struct TableRules: Sendable {
    /// Where a column's value comes from.
    enum Source: Sendable {
        case field(Int)
        case derivedKey
        case placement
        case localMonth
    }

    /// A CHECK constraint and the text SQLite quotes when it fails.
    enum Check: Sendable {
        /// `length(col) BETWEEN 1 AND 64`.
        case length(Int, Int)
        /// `col = 'a' OR col = 'b' …`.
        case oneOf([StoredValue])
        /// `col BETWEEN lower AND upper`.
        case between(Double, Double)
        /// `col GLOB '[0-9]…'`: `pattern` holds `true` for a digit, `false` for a `-`.
        case digits([Bool])
    }

    struct Column: Sendable {
        let name: String
        let source: Source
        let notNull: Bool
        let check: (Check, text: String)?
    }

    /// A table-level CHECK.
    enum TableCheck: Sendable {
        /// `later >= earlier`.
        case notBefore(later: Int, earlier: Int, text: String)
        /// `hours_visible + hours_abstracted <= hours_on_duty + 0.000000001`.
        case hoursAddUp(onDuty: Int, visible: Int, abstracted: Int, text: String)
    }

    let table: String
    let columns: [Column]
    let tableChecks: [TableCheck]
    /// The field of the force (bound as `force_id`).
    let forceField: Int
    /// The key fields without the force, in the unique constraint's order; empty with a derived key.
    let keyFields: [Int]
    let hasDerivedKey: Bool
    /// The fields an update compares and replaces: every field but the force and the key fields.
    let dataFields: [Int]
    let hasPlacement: Bool
    let hasLocalMonth: Bool
    /// `FOREIGN KEY (force_id, neighbourhood_id) REFERENCES neighbourhoods`: the neighbourhood field.
    let neighbourhoodReference: Int?
    /// `FOREIGN KEY (force_id, crime_ref, victim_ref) REFERENCES victims`: the two fields.
    let victimReference: (crime: Int, victim: Int)?

    private static let all: [RecordKind: TableRules] = Dictionary(
        uniqueKeysWithValues: RecordKind.allCases.filter { $0 != .boundaries }.map { ($0, TableRules(RecordSchema.of($0))) })

    static func of(_ kind: RecordKind) -> TableRules { all[kind]! }

    private init(_ schema: RecordSchema) {
        let forceField = schema.fields.firstIndex { $0.type == .force || $0.type == .forceName }!
        let keyFields = schema.derivedKey != nil ? [] : schema.keyIndices.filter { $0 != forceField }
        table = schema.table
        self.forceField = forceField
        hasDerivedKey = schema.derivedKey != nil
        hasPlacement = schema.placementColumn != nil
        hasLocalMonth = schema.monthField != nil
        self.keyFields = keyFields
        dataFields = schema.fields.indices.filter { $0 != forceField && !keyFields.contains($0) }
        var columns: [Column] = []
        // The derived key comes right after force_id (crimes: `crime_key`), then the fields in contract
        // order, then the placement and the local month.
        if let derived = schema.derivedKey { columns.append(Column(name: derived, source: .derivedKey, notNull: true, check: nil)) }
        for (index, field) in schema.fields.enumerated() where index != forceField {
            columns.append(Column(name: field.column, source: .field(index), notNull: field.required, check: Self.check(field.type, field.column)))
        }
        if let placement = schema.placementColumn {
            columns.append(Column(name: placement, source: .placement, notNull: false, check: Self.check(.id, placement)))
        }
        if hasLocalMonth {
            columns.append(
                Column(name: "local_month", source: .localMonth, notNull: false, check: (.between(100001, 999912), "local_month BETWEEN 100001 AND 999912")))
        }
        self.columns = columns
        var tableChecks: [TableCheck] = []
        var neighbourhoodReference: Int?
        var victimReference: (crime: Int, victim: Int)?
        for rule in schema.rules {
            switch rule {
            case .notBefore(let later, let earlier):
                let (a, b) = (schema.index(of: later)!, schema.index(of: earlier)!)
                tableChecks.append(.notBefore(later: a, earlier: b, text: "\(schema.fields[a].column) >= \(schema.fields[b].column)"))
            case .dutyHoursAddUp:
                tableChecks.append(
                    .hoursAddUp(
                        onDuty: schema.index(of: "hours_on_duty")!, visible: schema.index(of: "hours_visible")!,
                        abstracted: schema.index(of: "hours_abstracted")!, text: "hours_visible + hours_abstracted <= hours_on_duty + 0.000000001"))
            case .neighbourhoodKnown: neighbourhoodReference = schema.index(of: "neighbourhood_id")
            case .victimExists: victimReference = (schema.index(of: "crime_ref")!, schema.index(of: "victim_ref")!)
            }
        }
        self.tableChecks = tableChecks
        self.neighbourhoodReference = neighbourhoodReference
        self.victimReference = victimReference
    }

    /// The CHECK migration 0001 writes for a column of this type.
    private static func check(_ type: FieldType, _ column: String) -> (Check, text: String)? {
        func range(_ lower: Double, _ upper: Double) -> String { "\(column) BETWEEN \(Int64(lower)) AND \(Int64(upper))" }
        func words(_ words: [String]) -> (Check, text: String) {
            (.oneOf(words.map { .text(StoredText($0)) }), words.map { "\(column) = '\($0)'" }.joined(separator: " OR "))
        }
        switch type {
        case .id: return (.length(1, 64), "length(\(column)) BETWEEN 1 AND 64")
        case .choice(let list): return words(list)
        case .surveyAnswer: return words(["yes", "no", "1", "2", "3", "4", "5"])
        case .bool: return (.oneOf([.integer(0), .integer(1)]), "\(column) = 0 OR \(column) = 1")
        case .integer(let bounds): return (.between(Double(bounds.lowerBound), Double(bounds.upperBound)), range(Double(bounds.lowerBound), Double(bounds.upperBound)))
        case .number(let bounds): return (.between(bounds.lowerBound, bounds.upperBound), range(bounds.lowerBound, bounds.upperBound))
        case .date: return (.digits([true, true, true, true, false, true, true, false, true, true]), "\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'")
        case .month: return (.digits([true, true, true, true, false, true, true]), "\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'")
        case .text, .instant, .force, .forceName: return nil
        }
    }

    // MARK: Reading a record as its row

    /// The stored value of a column of `record`.
    func value(_ source: Source, of record: ValidatedRecord) -> StoredValue {
        switch source {
        case .field(let index): StoredValue(record.values[index])
        case .derivedKey: StoredValue(record.derivedKey)
        case .placement: StoredValue(record.placement)
        case .localMonth: record.localMonth.map { .integer(Int64($0)) } ?? .null
        }
    }

    /// The record's unique key.
    func key(of record: ValidatedRecord) -> RowKey {
        RowKey(
            force: record.force.number,
            parts: hasDerivedKey ? [StoredValue(record.derivedKey)] : keyFields.map { StoredValue(record.values[$0]) })
    }

    /// Whether an update would change nothing (SQLite's `IS NOT` on every column it sets).
    func sameData(_ stored: ValidatedRecord, _ new: ValidatedRecord) -> Bool {
        dataFields.allSatisfy { stored.values[$0].isStoredSame(as: new.values[$0]) }
            && (!hasPlacement || StoredValue(stored.placement).isSame(as: StoredValue(new.placement)))
            && (!hasLocalMonth || stored.localMonth == new.localMonth)
    }

    // MARK: Constraints

    /// The NOT NULL or CHECK constraint an INSERT of `record` breaks first, as the SQLite store reports it.
    func violation(_ record: ValidatedRecord) -> RowProblem? {
        for column in columns where column.notNull && value(column.source, of: record).isNull {
            return Self.refused("NOT NULL constraint failed: \(table).\(column.name)")
        }
        for column in columns {
            guard let (check, text) = column.check else { continue }
            if !Self.passes(check, value(column.source, of: record)) { return Self.refused("CHECK constraint failed: \(text)") }
        }
        for check in tableChecks {
            switch check {
            case .notBefore(let later, let earlier, let text):
                let (a, b) = (StoredValue(record.values[later]), StoredValue(record.values[earlier]))
                if !a.isNull, !b.isNull, StoredValue.compare(a, b) < 0 { return Self.refused("CHECK constraint failed: \(text)") }
            case .hoursAddUp(let onDuty, let visible, let abstracted, let text):
                guard let d = StoredValue(record.values[onDuty]).number, let v = StoredValue(record.values[visible]).number,
                    let a = StoredValue(record.values[abstracted]).number
                else { continue }
                if !(v + a <= d + 0.000000001) { return Self.refused("CHECK constraint failed: \(text)") }
            }
        }
        return nil
    }

    /// Whether a CHECK holds; like SQLite's, a CHECK on NULL holds.
    static func passes(_ check: Check, _ value: StoredValue) -> Bool {
        if value.isNull { return true }
        switch check {
        case .length(let lower, let upper):
            let count = length(value)
            return count >= lower && count <= upper
        case .oneOf(let allowed): return allowed.contains { $0.isSame(as: value) }
        case .between(let lower, let upper):
            guard let number = value.number else { return false }  // Text sorts after every number.
            return number >= lower && number <= upper
        case .digits(let pattern):
            let scalars = Array((value.text ?? textOfNumber(value)).unicodeScalars)
            guard scalars.count == pattern.count else { return false }
            return zip(scalars, pattern).allSatisfy { scalar, digit in digit ? ("0"..."9").contains(scalar) : scalar == "-" }
        }
    }

    /// SQLite's `length()`: characters (code points) before the first NUL.
    static func length(_ value: StoredValue) -> Int {
        (value.text ?? textOfNumber(value)).unicodeScalars.prefix { $0 != "\0" }.count
    }

    private static func textOfNumber(_ value: StoredValue) -> String {
        switch value {
        case .integer(let number): "\(number)"
        case .real(let number): "\(number)"
        default: ""
        }
    }

    /// A row the store refuses, worded as the SQLite store words it.
    static func refused(_ message: String) -> RowProblem { RowProblem(field: nil, "the store refused it: \(message)") }

    static let foreignKeyFailed = "FOREIGN KEY constraint failed"
}
