/// The contract for one record kind: its fields, its key, the field that places it in time, and the
/// consistency rules that reject a row.
public struct RecordSchema: Sendable {
    public let kind: RecordKind
    /// Fields in contract order.
    public let fields: [FieldSpec]
    /// Names of the fields that, with the kind, identify a record (the force is always one of them).
    public let key: [String]
    /// The field whose local month places the record in a month (`received_at`, `date`, `month`, …),
    /// stored beside the record as `local_month`; nil for kinds with no time of their own.
    public let monthField: String?
    public let rules: [ConsistencyRule]
    /// For kinds whose key is not a field of the file (police.uk crimes: anti-social behaviour has no
    /// Crime ID), the store column that holds the key the importer derives.
    public let derivedKey: String?
    /// For kinds placed in a neighbourhood by their map point rather than by a field (police.uk crimes),
    /// the store column that holds the placement.
    public var placementColumn: String? { kind == .crimes ? "neighbourhood_id" : nil }
    /// Instants that may lie more than a day in the future (an appointment agreed for next week).
    public let futureAllowed: Set<String>
    /// Fields that may lie more than `PlausibleRange.yearsAfterStart` years after the record's start, with
    /// how many years they may (a team posting can last a career).
    public let laterYears: [String: Int]

    init(
        _ kind: RecordKind, fields: [FieldSpec], key: [String], monthField: String?,
        rules: [ConsistencyRule] = [], futureAllowed: Set<String> = [], laterYears: [String: Int] = [:], derivedKey: String? = nil
    ) {
        self.laterYears = laterYears
        self.derivedKey = derivedKey
        self.kind = kind
        self.fields = fields
        self.key = key
        self.monthField = monthField
        self.rules = rules
        self.futureAllowed = futureAllowed
        self.fieldIndex = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($0.element.name, $0.offset) })
    }

    private let fieldIndex: [String: Int]

    /// The position of a field in `fields`.
    public func index(of name: String) -> Int? { fieldIndex[name] }

    /// Names of the required fields.
    public var requiredNames: Set<String> { Set(fields.filter(\.required).map(\.name)) }

    /// Positions of the key fields in `fields`.
    public var keyIndices: [Int] { key.map { fieldIndex[$0]! } }

    /// The store table that holds this kind.
    public var table: String { kind.rawValue }

    /// The schema of a kind. Boundaries are GeoJSON and have a schema for their properties only.
    public static func of(_ kind: RecordKind) -> RecordSchema { RecordSchemas.byKind[kind]! }
}
