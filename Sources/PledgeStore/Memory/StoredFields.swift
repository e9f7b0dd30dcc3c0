import PledgeCore

/// A stored record's fields by name, read as the SQLite store reads its columns back: text as text,
/// instants as microseconds, booleans from 0/1, dates and months from their text.
struct StoredFields {
    let record: ValidatedRecord
    private let schema: RecordSchema

    init(_ record: ValidatedRecord) {
        self.record = record
        self.schema = RecordSchema.of(record.kind)
    }

    func value(_ name: String) -> FieldValue { record.values[schema.index(of: name)!] }

    func text(_ name: String) -> String? {
        switch value(name) {
        case .text(let text): text
        case .date(let date): date.description
        case .month(let month): month.description
        case .null: nil
        case let other: StoredValue(other).number.map { "\($0)" }
        }
    }

    /// Text read through SQLite's C interface as a C string (`RawRow.text`): cut at the first NUL.
    func cString(_ name: String) -> String? {
        text(name).map { text in text.contains("\0") ? String(text.unicodeScalars.prefix { $0 != "\0" }) : text }
    }

    func instant(_ name: String) -> Instant? {
        switch value(name) {
        case .instant(let instant): instant
        case .integer(let micros): Instant(microseconds: micros)
        default: nil
        }
    }

    func flag(_ name: String) -> Bool? {
        switch value(name) {
        case .bool(let flag): flag
        case .integer(let number): number != 0
        case .number(let number): number != 0
        default: nil
        }
    }

    func int(_ name: String) -> Int? {
        switch value(name) {
        case .integer(let number): Int(number)
        case .bool(let flag): flag ? 1 : 0
        case .number(let number): Int(number)
        default: nil
        }
    }

    func number(_ name: String) -> Double? {
        switch value(name) {
        case .bool(let flag): flag ? 1 : 0
        case let other: other.number
        }
    }

    func date(_ name: String) -> LocalDate? {
        switch value(name) {
        case .date(let date): date
        case .text(let text): LocalDate(text)
        default: nil
        }
    }

    func month(_ name: String) -> YearMonth? {
        switch value(name) {
        case .month(let month): month
        case .text(let text): YearMonth(text)
        default: nil
        }
    }
}
