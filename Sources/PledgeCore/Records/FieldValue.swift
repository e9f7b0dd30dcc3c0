/// A field's value once read and checked against its type.
public enum FieldValue: Hashable, Sendable {
    /// Not recorded: the field was blank or absent.
    case null
    case text(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    case instant(Instant)
    case date(LocalDate)
    case month(YearMonth)

    /// The instant, when this is one.
    public var instant: Instant? { if case .instant(let value) = self { value } else { nil } }
    /// The date, when this is one.
    public var date: LocalDate? { if case .date(let value) = self { value } else { nil } }
    /// The number, for integers and numbers.
    public var number: Double? {
        switch self {
        case .number(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }
    /// The text, when this is text.
    public var text: String? { if case .text(let value) = self { value } else { nil } }
    public var isNull: Bool { self == .null }
}

/// A row that passed every check of its kind, ready to be stored.
public struct ValidatedRecord: Sendable {
    public let kind: RecordKind
    /// The force the record belongs to.
    public let force: Force
    /// Values aligned with `RecordSchema.of(kind).fields`.
    public let values: [FieldValue]
    /// The force-local month of the record's month field as `YYYYMM`, when the kind has one and it is set.
    public let localMonth: Int?
    /// The derived key, for kinds whose key is not in the file (see `RecordSchema.derivedKey`).
    public let derivedKey: String?
    /// For kinds placed by their point (police.uk crimes), the neighbourhood whose boundary holds it.
    public var placement: String?

    public init(kind: RecordKind, force: Force, values: [FieldValue], localMonth: Int?, derivedKey: String? = nil) {
        self.kind = kind
        self.force = force
        self.values = values
        self.localMonth = localMonth
        self.derivedKey = derivedKey
    }
}

/// Why a row was rejected: the field (when one is to blame) and the reason, in words a data team can act on.
public struct RowProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The column to blame, or nil when the row as a whole is at fault.
    public let field: String?
    public let reason: String

    public init(field: String?, _ reason: String) {
        self.field = field
        self.reason = reason
    }

    /// `received_at: …` or just the reason.
    public var description: String { field.map { "\($0): \(reason)" } ?? reason }
}
