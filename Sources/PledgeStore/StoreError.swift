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
