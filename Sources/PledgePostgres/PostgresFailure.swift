import Foundation
import NIOCore
import NIOPosix
import PledgeStore
import PostgresNIO

/// Turns PostgresNIO's and the server's errors into messages a person can act on.
enum PostgresFailure {
    /// A `StoreError` saying what could not be done at `location` and why; store errors pass through.
    static func storeError(_ error: any Error, doing: String, at location: PostgresLocation) -> StoreError {
        let error = underlying(error)
        if let error = error as? StoreError { return error }
        let code: StoreError.Code = doing == "connect" ? .cannotOpen : .readFailed
        return StoreError(code, "could not \(doing) at \(location): \(reason(error, location))")
    }

    /// The error behind a failed transaction: what its body threw, else what BEGIN, COMMIT or ROLLBACK met.
    /// PostgresNIO's `withTransaction` wraps every failure in a `PostgresTransactionError`, which would hide
    /// a store error thrown on purpose and the server's message.
    static func underlying(_ error: any Error) -> any Error {
        guard let failure = error as? PostgresTransactionError else { return error }
        return failure.closureError ?? failure.beginError ?? failure.commitError ?? failure.rollbackError ?? error
    }

    /// The SQLSTATE of a server error, if the error is one.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// Why, in words: the server's message with a hint for the common cases.
    static func reason(_ error: any Error, _ location: PostgresLocation) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let info = error.serverInfo {
            let message = info[.message] ?? "the server refused"
            switch info[.sqlState] ?? "" {
            case "42501":
                return "\(message) (the user \(location.user) lacks a privilege: grant it, or run `pledgewatch migrate` as the database's owner)"
            case "28P01", "28000": return "\(message) (check the user and password in the URL)"
            case "3D000": return "\(message) (create it first: createdb \(location.database))"
            default:
                let detail = info[.detail].map { "; \($0)" } ?? ""
                return message + detail
            }
        }
        switch error.code {
        case .connectionError:
            let underlying = error.underlying.map { "\($0)" } ?? "no answer"
            if underlying.localizedCaseInsensitiveContains("refused") {
                return "the connection was refused (is PostgreSQL running and listening on \(location.host):\(location.port)?)"
            }
            return "cannot reach the server (\(underlying))"
        case .serverClosedConnection, .clientClosedConnection: return "the connection closed (\(error.code))"
        default: return "\(error.code)" + (error.underlying.map { ": \($0)" } ?? "")
        }
    }
}
