import Foundation
import PledgeCore

/// Text as SQLite compares it (the BINARY collation): equal when the UTF-8 bytes are equal, ordered byte
/// by byte. Swift's own `String` equality and order follow Unicode canonical equivalence, which SQLite's
/// keys, `=`, `DISTINCT` and `ORDER BY` do not.
struct StoredText: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (lhs: StoredText, rhs: StoredText) -> Bool { compareBytes(lhs.string, rhs.string) == 0 }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(copy.utf8.count)
    }

    /// Byte order, as SQLite's `ORDER BY` on text.
    static func < (lhs: StoredText, rhs: StoredText) -> Bool { compareBytes(lhs.string, rhs.string) < 0 }
}

/// Whether `lhs` sorts before `rhs` byte by byte (SQLite's text order), not in Swift's Unicode order.
func bytesPrecede(_ lhs: String, _ rhs: String) -> Bool { compareBytes(lhs, rhs) < 0 }

/// -1, 0 or 1 as `lhs` sorts before, with or after `rhs` byte by byte, as SQLite's `memcmp` does.
func compareBytes(_ lhs: String, _ rhs: String) -> Int {
    var (lhs, rhs) = (lhs, rhs)
    return lhs.withUTF8 { a in
        rhs.withUTF8 { b in
            let common = min(a.count, b.count)
            let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
            if order != 0 { return order < 0 ? -1 : 1 }
            return a.count == b.count ? 0 : a.count < b.count ? -1 : 1
        }
    }
}

/// A value as the SQLite store keeps it in a column: instants as microseconds, booleans as 0/1, dates and
/// months as their text (how `UpsertStatement.Binder` binds them). Used to compare, order and check
/// records exactly as the SQLite store does.
///
/// Values are taken as the validator makes them: a value of another type than its field's is compared as
/// given, without SQLite's column affinity (which would turn `.integer(999)` into the text `'999'` in a
/// text column).
enum StoredValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(StoredText)

    init(_ value: FieldValue) {
        switch value {
        case .null: self = .null
        case .text(let text): self = .text(StoredText(text))
        case .integer(let number): self = .integer(number)
        // SQLite stores a NaN bound as a double as NULL.
        case .number(let number): self = number.isNaN ? .null : .real(number)
        case .bool(let flag): self = .integer(flag ? 1 : 0)
        case .instant(let instant): self = .integer(instant.microseconds)
        case .date(let date): self = .text(StoredText(date.description))
        case .month(let month): self = .text(StoredText(month.description))
        }
    }

    init(_ text: String?) { self = text.map { .text(StoredText($0)) } ?? .null }

    var isNull: Bool { if case .null = self { true } else { false } }

    var text: String? { if case .text(let text) = self { text.string } else { nil } }

    /// The value as a number, for integers and reals.
    var number: Double? {
        switch self {
        case .integer(let number): Double(number)
        case .real(let number): number
        default: nil
        }
    }

    /// SQLite's `IS`: NULL is NULL, numbers compare by value whatever their storage class, text by bytes.
    func isSame(as other: StoredValue) -> Bool { Self.compare(self, other) == 0 }

    /// SQLite's order of values: NULL, then numbers by value, then text by bytes. Returns -1, 0 or 1.
    static func compare(_ lhs: StoredValue, _ rhs: StoredValue) -> Int {
        switch (lhs, rhs) {
        case (.null, .null): return 0
        case (.null, _): return -1
        case (_, .null): return 1
        case (.integer(let a), .integer(let b)): return a < b ? -1 : a == b ? 0 : 1
        case (.text(let a), .text(let b)): return compareBytes(a.string, b.string)
        case (.text, _): return 1
        case (_, .text): return -1
        default:
            let (a, b) = (lhs.number!, rhs.number!)
            return a < b ? -1 : a == b ? 0 : 1
        }
    }
}

extension FieldValue {
    /// Whether two values would be stored as the same column value (SQLite's `IS`), comparing text by bytes.
    func isStoredSame(as other: FieldValue) -> Bool {
        switch (self, other) {
        case (.text(let a), .text(let b)): compareBytes(a, b) == 0
        case (.instant(let a), .instant(let b)): a == b
        case (.date(let a), .date(let b)): a == b
        case (.month(let a), .month(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        default: StoredValue(self).isSame(as: StoredValue(other))
        }
    }
}
