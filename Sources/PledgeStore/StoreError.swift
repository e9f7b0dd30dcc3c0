import PledgeCore

/// A failure of the store itself, with a message a person can act on.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public enum Code: Sendable { case cannotOpen, migrationFailed, writeFailed, readFailed }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

extension StoreError {
    /// A value the schema requires (NOT NULL, or of a checked form) that a read found missing or unreadable:
    /// the store was changed outside Pledgewatch. Thrown, not trapped, so that one report fails, not the process.
    public static func unreadable(_ table: String, _ column: String) -> StoreError {
        StoreError(
            .readFailed,
            "the store holds a row of \(table) whose \(column) is missing or cannot be read; it was changed outside Pledgewatch. Re-import the file that holds the row."
        )
    }
}

/// `value`, or `StoreError.unreadable(table, column)` when it is nil.
public func stored<Value>(_ value: Value?, _ table: String, _ column: String) throws -> Value {
    guard let value else { throw StoreError.unreadable(table, column) }
    return value
}
