/// The type of a field in the record contract, and so how its text is read.
public enum FieldType: Hashable, Sendable {
    /// 1–64 characters of `A-Z a-z 0-9 . _ : / -`, case-sensitive.
    case id
    /// A police.uk force id that exists in the built-in catalogue.
    case force
    /// ISO 8601 with an offset, or a local wall time read in the force's zone.
    case instant
    /// A force's police.uk display name (`Leicestershire Police`) or id, as the crime CSV's `Falls within`.
    case forceName
    /// `YYYY-MM-DD`, a calendar day in the force's zone.
    case date
    /// `YYYY-MM`.
    case month
    /// `true/false`, `yes/no`, `y/n`, `1/0`, any case.
    case bool
    /// A decimal integer in a range.
    case integer(ClosedRange<Int64>)
    /// A decimal number in a range.
    case number(ClosedRange<Double>)
    /// Free text.
    case text
    /// One of the listed words, any case, stored lower case.
    case choice([String])
    /// A survey answer: `yes`/`no`, or a whole number 1–5.
    case surveyAnswer
}

/// One column of a record kind.
public struct FieldSpec: Hashable, Sendable {
    /// The column name in files (`received_at`, or `Crime ID` for the police.uk crime CSV).
    public let name: String
    /// The column name in the store (`received_at`, `crime_id`).
    public let column: String
    public let type: FieldType
    /// A required field may not be blank.
    public let required: Bool

    public init(_ name: String, _ type: FieldType, required: Bool = false, column: String? = nil) {
        self.name = name
        self.type = type
        self.required = required
        self.column = column ?? name
    }
}
